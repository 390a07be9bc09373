/**
 * The full-workspace JSON backup (F15): its schema, and reading a file a seller picked. Pure, so the
 * options page and the JSON-Schema generator use it without IndexedDB.
 */
import { z } from 'zod';
import {
  CaseRecord,
  Category,
  Certificate,
  ComplianceRule,
  DutyRate,
  IsoDateTime,
  ReturnRule,
  RoleTag,
  Settings,
  Sku,
  VatRate,
  Warehouse,
} from './schemas';
import { ReplyTemplate } from './templates/schema';
import { PurchaseOrder, Supplier } from './suppliers';
import { OrderLine } from '../import/orders';
import { describeIssues, problemText } from './issues';
import { findJsonSyntaxError, lineOfJsonPath } from './json-locate';

export const BACKUP_FORMAT = 'helloword-backup';
export const BACKUP_VERSION = 1;
export const DEFAULT_APP_INFO = { name: 'HelloWord', version: '0.1.0' } as const;

/** Two records with the same key would silently collapse into one on restore: refuse the file instead. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string, field: string, ctx: z.RefinementCtx, list: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else ctx.addIssue({ code: 'custom', path: [list, index, field], message: `repeats the key of ${list}[${first}]` });
  });
}

export const BackupData = z
  .object({
    settings: Settings,
    categories: z.array(Category),
    tags: z.array(RoleTag),
    skus: z.array(Sku),
    certificates: z.array(Certificate),
    complianceRules: z.array(ComplianceRule),
    returnRules: z.array(ReturnRule),
    warehouses: z.array(Warehouse),
    vatRates: z.array(VatRate),
    dutyRates: z.array(DutyRate),
    cases: z.array(CaseRecord),
    /** Added with the reply assistant; backups written before it have none. */
    replyTemplates: z.array(ReplyTemplate).default([]),
    /** Added with the importer (F15): imported order lines and suppliers; older backups have none. */
    orders: z.array(OrderLine).default([]),
    suppliers: z.array(Supplier).default([]),
    /** Added with purchasing (F10/F11); older backups have none. */
    purchaseOrders: z.array(PurchaseOrder).default([]),
  })
  .superRefine((data, ctx) => {
    uniqueBy(data.categories, (c) => c.id, 'id', ctx, 'categories');
    uniqueBy(data.tags, (t) => t.id, 'id', ctx, 'tags');
    uniqueBy(data.skus, (s) => s.sku, 'sku', ctx, 'skus');
    uniqueBy(data.certificates, (c) => c.id, 'id', ctx, 'certificates');
    uniqueBy(data.complianceRules, (r) => r.id, 'id', ctx, 'complianceRules');
    uniqueBy(data.returnRules, (r) => r.id, 'id', ctx, 'returnRules');
    uniqueBy(data.warehouses, (w) => w.id, 'id', ctx, 'warehouses');
    uniqueBy(data.vatRates, (v) => `${v.country}:${v.effectiveFrom}`, 'effectiveFrom', ctx, 'vatRates');
    uniqueBy(data.dutyRates, (d) => d.id, 'id', ctx, 'dutyRates');
    uniqueBy(data.cases, (c) => c.id, 'id', ctx, 'cases');
    uniqueBy(data.replyTemplates, (t) => t.id, 'id', ctx, 'replyTemplates');
    uniqueBy(data.orders, (o) => o.id, 'id', ctx, 'orders');
    uniqueBy(data.suppliers, (s) => s.id, 'id', ctx, 'suppliers');
    uniqueBy(data.purchaseOrders, (o) => o.id, 'id', ctx, 'purchaseOrders');
  });
export type BackupData = z.infer<typeof BackupData>;

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTime,
  app: z.object({ name: z.string().min(1), version: z.string().min(1) }),
  data: BackupData,
});
export type BackupFile = z.infer<typeof BackupFile>;
export type BackupFileInput = z.input<typeof BackupFile>;

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; errors: string[] };

const MAX_REPORTED_ERRORS = 50;

/**
 * Reads a backup file's text. Every error is a sentence naming the file, the line and the field,
 * e.g. `backup.json, line 57: data.skus[1].hsCode must be a 6-digit HS code (found "62A4")`.
 */
export function parseBackup(text: string, fileName: string): ParseBackupResult {
  const fail = (line: number | undefined, message: string): ParseBackupResult => ({
    ok: false,
    errors: [`${fileName}${line !== undefined ? `, line ${line}` : ''}: ${message}`],
  });
  // Editors on Windows save a byte-order mark, which JSON.parse rejects; it is not the seller's fault.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(undefined, 'the file is empty; it is not a HelloWord backup.');

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxError(body);
    return fail(problem?.line, `this is not valid JSON (${problem ? `column ${problem.column}: ${problem.message}` : 'unreadable'}).`);
  }

  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail(1, `this is not a HelloWord backup: expected an object with "format": "${BACKUP_FORMAT}".`);
  }
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    const hint = head.format === 'helloword-demo' ? ' It is the demo workspace: use "Load demo" instead.' : '';
    return fail(
      lineOfJsonPath(body, ['format']),
      `this is not a HelloWord backup: "format" is ${JSON.stringify(head.format) ?? 'missing'}, expected "${BACKUP_FORMAT}".${hint}`,
    );
  }
  if (head.version !== BACKUP_VERSION) {
    const newer = typeof head.version === 'number' && head.version > BACKUP_VERSION;
    return fail(
      lineOfJsonPath(body, ['version']),
      newer
        ? `the backup was written by a newer HelloWord (backup version ${head.version}); this version reads version ${BACKUP_VERSION}. Update the extension, then restore again.`
        : `backup version ${JSON.stringify(head.version) ?? 'missing'} is not supported; expected ${BACKUP_VERSION}.`,
    );
  }

  const parsed = BackupFile.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const problems = describeIssues(parsed.error, json);
  const errors = problems.slice(0, MAX_REPORTED_ERRORS).map((problem) => {
    const line = lineOfJsonPath(body, problem.pathSegments);
    return `${fileName}${line !== undefined ? `, line ${line}` : ''}: ${problemText(problem)}.`;
  });
  if (problems.length > MAX_REPORTED_ERRORS) errors.push(`${fileName}: …and ${problems.length - MAX_REPORTED_ERRORS} more problems.`);
  return { ok: false, errors };
}

/** A URN, not a URL: the extension serves the file from chrome-extension://<id>/, which differs per install. */
export const BACKUP_SCHEMA_ID = 'urn:helloword:schema:backup:v1';

/**
 * JSON Schema of a backup file as a seller may write it (io: 'input': fields with defaults may be
 * left out). Written to public/schemas by scripts/generate-schemas.ts; a test keeps it current.
 */
export function backupJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BackupFile, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: BACKUP_SCHEMA_ID,
    title: 'HelloWord workspace backup, version 1',
    description:
      'A full export of a HelloWord workspace: settings, category tree, role tags, SKUs, certificates, compliance rules, return rules, warehouses, VAT and duty rates, and cases. Restoring replaces the workspace.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
