/** Sends a protocol message to the background and parses the answer. Used by content scripts and pages. */
import { browser } from 'wxt/browser';
import { describeZodError, protocol, Reply, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export async function sendMessage<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const def = protocol[name];
  const request = def.request.safeParse(payload);
  if (!request.success) throw new MessagingError(`${name}: bad request — ${describeZodError(request.error)}`);
  const raw: unknown = await browser.runtime.sendMessage({ hw: 1, name, payload: request.data });
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessagingError(`${name}: the background sent no valid reply`);
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  const response = def.response.safeParse(reply.data.data);
  if (!response.success) throw new MessagingError(`${name}: bad response — ${describeZodError(response.error)}`);
  return response.data as ResponseOf<N>;
}
