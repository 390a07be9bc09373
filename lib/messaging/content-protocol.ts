/**
 * The messages a content script may send, with their zod schemas. Kept apart from the page-only
 * messages (protocol.ts) so a content script builds only the schemas it can use.
 */
import { z } from 'zod';
import { AnnotateRequest, PageKind, PageRow } from '../domain/annotations';
import { Marketplace, Settings } from '../domain/vocabulary';
import { AnnotationsWire } from './annotations-wire';

/** Extension pages (popup, options) may ask for anything; content scripts only for what a page needs. */
export type SenderKind = 'extension-page' | 'content-script';

export const Empty = z.object({}).strict();

export const CatalogueDraft = z.object({
  sku: z.string().max(200),
  title: z.string().max(2000).optional(),
  asin: z.string().max(20).optional(),
  marketplace: Marketplace,
});
export type CatalogueDraft = z.infer<typeof CatalogueDraft>;

export interface MessageDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  from: readonly SenderKind[];
  request: Req;
  response: Res;
}

export function message<Req extends z.ZodType, Res extends z.ZodType>(def: MessageDef<Req, Res>): MessageDef<Req, Res> {
  return def;
}

const BOTH = ['extension-page', 'content-script'] as const;

export const contentProtocol = {
  getSettings: message({ from: BOTH, request: Empty, response: Settings }),
  annotateRows: message({ from: BOTH, request: AnnotateRequest, response: AnnotationsWire }),
  /** Return rows seen on a page become cases (F14); seeing them again changes nothing. */
  recordReturnCases: message({
    from: BOTH,
    request: z.object({ marketplace: Marketplace, page: PageKind, rows: z.array(PageRow).max(5000) }),
    response: z.object({ recorded: z.number() }),
  }),
  openCatalogueDraft: message({ from: BOTH, request: CatalogueDraft, response: z.object({ opened: z.boolean() }) }),
} as const;

/** The wire format: `{ hw: 1, name, payload }` so unrelated messages are ignored. */
export const Envelope = z.object({ hw: z.literal(1), name: z.string(), payload: z.unknown() });
export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

/** Readable one-line summary of a zod error: "rows[3].sku: must not be empty". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`)
    .join('; ');
}
