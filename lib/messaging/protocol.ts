/**
 * Every message between the extension's parts, in one table: who may send it, what it carries and
 * what comes back. Both ends parse with these schemas; the background also checks the sender.
 * Messages are named by what they ask for, direction is always "to the background".
 */
import { z } from 'zod';
import { AnnotateRequest, PageKind, PageRow } from '../domain/annotations';
import { AnnotationsWire } from './annotations-wire';
import { Marketplace, Settings, Sku, Category, RoleTag, Certificate } from '../domain/schemas';

/** Extension pages (popup, options) may ask for anything; content scripts only for what a page needs. */
export type SenderKind = 'extension-page' | 'content-script';

const Empty = z.object({}).strict();

export const CatalogueDraft = z.object({
  sku: z.string().max(200),
  title: z.string().max(2000).optional(),
  asin: z.string().max(20).optional(),
  marketplace: Marketplace,
});
export type CatalogueDraft = z.infer<typeof CatalogueDraft>;

export const WorkspaceOverview = z.object({
  counts: z.record(z.string(), z.number()),
  certificatesExpiring: z.array(
    z.object({ id: z.string(), kind: z.string(), number: z.string(), expiresOn: z.string(), daysLeft: z.number() }),
  ),
  skusWithoutHsCode: z.number(),
  demoLoaded: z.boolean(),
  lastBackupAt: z.string().nullable(),
});
export type WorkspaceOverview = z.infer<typeof WorkspaceOverview>;

export const RestoreResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), counts: z.record(z.string(), z.number()) }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
]);

export const SaveResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
]);

function message<Req extends z.ZodType, Res extends z.ZodType>(def: {
  from: readonly SenderKind[];
  request: Req;
  response: Res;
}) {
  return def;
}

const BOTH = ['extension-page', 'content-script'] as const;
const PAGES = ['extension-page'] as const;

export const protocol = {
  getSettings: message({ from: BOTH, request: Empty, response: Settings }),
  annotateRows: message({
    from: BOTH,
    request: AnnotateRequest,
    response: AnnotationsWire,
  }),
  /** Return rows seen on a page become cases (F14); seeing them again changes nothing. */
  recordReturnCases: message({
    from: BOTH,
    request: z.object({ marketplace: Marketplace, page: PageKind, rows: z.array(PageRow).max(5000) }),
    response: z.object({ recorded: z.number() }),
  }),
  openCatalogueDraft: message({ from: BOTH, request: CatalogueDraft, response: z.object({ opened: z.boolean() }) }),

  getOverview: message({ from: PAGES, request: Empty, response: WorkspaceOverview }),
  saveSettings: message({ from: PAGES, request: Settings.partial(), response: Settings }),
  exportBackup: message({ from: PAGES, request: Empty, response: z.object({ fileName: z.string(), json: z.string() }) }),
  restoreBackup: message({
    from: PAGES,
    request: z.object({ fileName: z.string().max(500), text: z.string() }),
    response: RestoreResult,
  }),
  loadDemoWorkspace: message({ from: PAGES, request: Empty, response: RestoreResult }),
  clearWorkspace: message({ from: PAGES, request: Empty, response: z.object({ cleared: z.boolean() }) }),
  listCatalogue: message({
    from: PAGES,
    request: z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(500).default(100) }),
    response: z.object({ skus: z.array(Sku), total: z.number(), categories: z.array(Category), tags: z.array(RoleTag), certificates: z.array(Certificate) }),
  }),
  saveSku: message({ from: PAGES, request: z.object({ sku: z.unknown() }), response: SaveResult }),
  deleteSku: message({ from: PAGES, request: z.object({ sku: z.string() }), response: z.object({ deleted: z.boolean() }) }),
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

/** The wire format: `{ hw: 1, name, payload }` so unrelated messages are ignored. */
export const Envelope = z.object({ hw: z.literal(1), name: z.string(), payload: z.unknown() });
export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}

/** Readable one-line summary of a zod error: "rows[3].sku: must not be empty". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`)
    .join('; ');
}
