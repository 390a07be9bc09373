/**
 * The messages a content script may send, with their zod schemas. Kept apart from the page-only
 * messages (protocol.ts) so a content script builds only the schemas it can use.
 */
import { z } from 'zod/mini';
import { AnnotateRequest, PageKind, PageRow, PlatformCategory } from '../domain/annotations';
import { Marketplace, Settings } from '../domain/vocabulary';
import { AnnotationsWire } from './annotations-wire';
import { MessageCaseRequest, SuggestRequest, SuggestResponse } from './reply-protocol';

/** Extension pages (popup, options) may ask for anything; content scripts only for what a page needs. */
export type SenderKind = 'extension-page' | 'content-script';

export const Empty = z.strictObject({});

export const CatalogueDraft = z.object({
  sku: z.string().check(z.maxLength(200)),
  title: z.optional(z.string().check(z.maxLength(2000))),
  asin: z.optional(z.string().check(z.maxLength(20))),
  marketplace: Marketplace,
});
export type CatalogueDraft = z.infer<typeof CatalogueDraft>;

/** A platform category to map onto the central tree (F8), as read from a listing. */
export const CategoryMappingDraft = z.object({
  marketplace: Marketplace,
  kind: PlatformCategory.shape.kind,
  value: PlatformCategory.shape.value,
  label: z.optional(z.string().check(z.maxLength(300))),
});
export type CategoryMappingDraft = z.infer<typeof CategoryMappingDraft>;

/** Any zod schema, classic or mini (page-only messages use classic schemas of the workspace). */
type Schema = z.core.$ZodType;

export interface MessageDef<Req extends Schema = Schema, Res extends Schema = Schema> {
  from: readonly SenderKind[];
  request: Req;
  response: Res;
}

export function message<Req extends Schema, Res extends Schema>(def: MessageDef<Req, Res>): MessageDef<Req, Res> {
  return def;
}

const BOTH = ['extension-page', 'content-script'] as const;

// Named so content-client.ts can take the schemas it checks without the whole table (whose
// getSettings answer would make every content script build the full Settings schema at start-up).
export const ReturnCasesRequest = z.object({ marketplace: Marketplace, page: PageKind, rows: /* @__PURE__ */ z.array(PageRow).check(z.maxLength(5000)) });
export const CasesRecorded = z.object({ recorded: z.number() });
export const Opened = z.object({ opened: z.boolean() });
export const MessageCaseRecorded = z.object({ recorded: z.boolean() });

export const contentProtocol = {
  getSettings: message({ from: BOTH, request: Empty, response: Settings }),
  annotateRows: message({ from: BOTH, request: AnnotateRequest, response: AnnotationsWire }),
  /** Return rows seen on a page become cases (F14); seeing them again changes nothing. */
  recordReturnCases: message({ from: BOTH, request: ReturnCasesRequest, response: CasesRecorded }),
  openCatalogueDraft: message({ from: BOTH, request: CatalogueDraft, response: Opened }),
  openCategoryMapping: message({ from: BOTH, request: CategoryMappingDraft, response: Opened }),
  /** F6/F7/F24: classify the thread, pick and fill templates, annotate its order, start its clock. */
  suggestReplies: message({ from: BOTH, request: SuggestRequest, response: SuggestResponse }),
  recordMessageCase: message({ from: BOTH, request: MessageCaseRequest, response: MessageCaseRecorded }),
} as const;

/** The wire format: `{ hw: 1, name, payload }` so unrelated messages are ignored. */
export const Envelope = z.object({ hw: z.literal(1), name: z.string(), payload: z.unknown() });
export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

/** Readable one-line summary of a zod error: "rows[3].sku: must not be empty". */
export function describeZodError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`)
    .join('; ');
}
