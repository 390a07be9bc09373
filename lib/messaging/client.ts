/** Sends a protocol message to the background and parses the answer at this end too. */
import { browser } from 'wxt/browser';
import { safeParse, type z } from 'zod/mini';
import { describeZodError, Reply, type MessageDef } from './content-protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

type Table = Record<string, MessageDef>;

/** A typed `send(name, payload)` for one protocol table (content scripts get the small one). */
export function createClient<T extends Table>(table: T) {
  return async function send<N extends keyof T & string>(name: N, payload: z.input<T[N]['request']>): Promise<z.output<T[N]['response']>> {
    const def = table[name]!;
    const request = safeParse(def.request, payload);
    if (!request.success) throw new MessagingError(`${name}: bad request — ${describeZodError(request.error)}`);
    const raw: unknown = await browser.runtime.sendMessage({ hw: 1, name, payload: request.data });
    const reply = Reply.safeParse(raw);
    if (!reply.success) throw new MessagingError(`${name}: the background sent no valid reply`);
    if (!reply.data.ok) throw new MessagingError(reply.data.error);
    const response = safeParse(def.response, reply.data.data);
    if (!response.success) throw new MessagingError(`${name}: bad response — ${describeZodError(response.error)}`);
    return response.data as z.output<T[N]['response']>;
  };
}
