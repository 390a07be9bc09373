/**
 * The background's side of the protocol: checks who is asking, parses the request, runs the
 * handler and parses what it answers. One listener for the whole table.
 */
import type { Runtime } from 'webextension-polyfill';
import { safeParse } from 'zod/mini';
import {
  describeZodError,
  Envelope,
  isMessageName,
  protocol,
  type MessageName,
  type ParsedRequestOf,
  type Reply,
  type ResponseOf,
  type SenderKind,
} from './protocol';

export type Handlers = {
  [N in MessageName]: (request: ParsedRequestOf<N>, sender: { kind: SenderKind; url?: string; tabId?: number }) => Promise<ResponseOf<N>>;
};

export interface SenderPolicy {
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  /** Hosts our content scripts run on. */
  isMarketplaceHost: (host: string) => boolean;
}

/** Who sent this: one of our pages, one of our content scripts on a marketplace host, or nobody we talk to. */
export function classifySender(sender: Runtime.MessageSender, policy: SenderPolicy): SenderKind | null {
  if (sender.id !== policy.extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(policy.extensionOrigin)) return 'extension-page';
  if (sender.tab && url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:' && policy.isMarketplaceHost(parsed.hostname)) return 'content-script';
    } catch {
      return null;
    }
  }
  return null;
}

export async function dispatchMessage(
  raw: unknown,
  sender: Runtime.MessageSender,
  policy: SenderPolicy,
  handlers: Handlers,
): Promise<Reply | undefined> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return undefined; // not ours
  const { name, payload } = envelope.data;
  if (!isMessageName(name)) return { ok: false, error: `Unknown message "${name}"` };
  const kind = classifySender(sender, policy);
  const def = protocol[name];
  if (!kind || !(def.from as readonly SenderKind[]).includes(kind)) {
    return { ok: false, error: `"${name}" is not allowed from ${kind ?? 'this sender'}` };
  }
  const request = safeParse(def.request, payload);
  if (!request.success) return { ok: false, error: `${name}: bad request — ${describeZodError(request.error)}` };
  try {
    const handler = handlers[name] as (req: unknown, s: { kind: SenderKind; url?: string; tabId?: number }) => Promise<unknown>;
    const result = await handler(request.data, { kind, url: sender.url, tabId: sender.tab?.id });
    const response = safeParse(def.response, result);
    if (!response.success) return { ok: false, error: `${name}: the background produced an invalid answer — ${describeZodError(response.error)}` };
    return { ok: true, data: response.data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
