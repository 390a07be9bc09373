/**
 * Every message between the extension's parts, in one table: who may send it, what it carries and
 * what comes back. Both ends parse with these schemas; the background also checks the sender.
 * Messages are named by what they ask for; direction is always "to the background". The part a
 * content script may send is content-protocol.ts.
 */
import { z } from 'zod';
import { Settings, SettingsPatch, Category, DutyRate, Marketplace } from '../domain/schemas';
import { contentProtocol, Empty, message } from './content-protocol';
import { catalogueMessages } from './catalogue-protocol';
import { rulesMessages } from './rules-protocol';
import { complianceMessages } from './compliance-protocol';
import { suppliersMessages } from './suppliers-protocol';
import { retroMessages } from './retro-protocol';
import { ReplyTemplate } from '../domain/templates/schema';
import { LookupRequest, LookupResult } from '../domain/lookup';

export {
  CatalogueDraft,
  describeZodError,
  Envelope,
  Reply,
  type SenderKind,
} from './content-protocol';

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


const PAGES = ['extension-page'] as const;

export const protocol = {
  ...contentProtocol,
  ...catalogueMessages,
  ...rulesMessages,
  ...complianceMessages,
  ...suppliersMessages,
  ...retroMessages,
  getOverview: message({ from: PAGES, request: Empty, response: WorkspaceOverview }),
  saveSettings: message({ from: PAGES, request: SettingsPatch, response: Settings }),
  exportBackup: message({ from: PAGES, request: Empty, response: z.object({ fileName: z.string(), json: z.string() }) }),
  restoreBackup: message({
    from: PAGES,
    request: z.object({ fileName: z.string().max(500), text: z.string() }),
    response: RestoreResult,
  }),
  loadDemoWorkspace: message({ from: PAGES, request: Empty, response: RestoreResult }),
  clearWorkspace: message({ from: PAGES, request: Empty, response: z.object({ cleared: z.boolean() }) }),
  saveSku: message({ from: PAGES, request: z.object({ sku: z.unknown() }), response: SaveResult }),
  deleteSku: message({ from: PAGES, request: z.object({ sku: z.string() }), response: z.object({ deleted: z.boolean() }) }),
  listDutyRates: message({ from: PAGES, request: Empty, response: z.object({ dutyRates: z.array(DutyRate) }) }),
  saveDutyRate: message({ from: PAGES, request: z.object({ dutyRate: z.unknown() }), response: SaveResult }),
  listReplyTemplates: message({ from: PAGES, request: Empty, response: z.object({ templates: z.array(ReplyTemplate) }) }),
  /** A seller template, or the seller's edit of a built-in one (same id). */
  saveReplyTemplate: message({ from: PAGES, request: z.object({ template: z.unknown() }), response: SaveResult }),
  /** Deletes a seller template; for a built-in id, drops the seller's edit (back to the shipped text). */
  deleteReplyTemplate: message({ from: PAGES, request: z.object({ id: z.string() }), response: z.object({ deleted: z.boolean() }) }),
  mapPlatformCategory: message({
    from: PAGES,
    request: z.object({
      marketplace: Marketplace,
      kind: z.enum(['product-type', 'browse-node', 'category-id']),
      value: z.string().trim().min(1).max(300),
      categoryId: z.string().nullable(),
    }),
    response: z.object({ category: Category.nullable() }),
  }),
  deleteDutyRate: message({ from: PAGES, request: z.object({ id: z.string() }), response: z.object({ deleted: z.boolean() }) }),
  // ── Popup look-up (F20) ──────────────────────────────────────────────────────────────────
  /** A SKU or an order id typed in the popup: the SKUs it finds, or the order's cases. */
  lookup: message({ from: PAGES, request: LookupRequest, response: LookupResult }),
  // ── end popup look-up ───────────────────────────────────────────────────────────────────
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
