/**
 * Messages of the dashboard's Compliance view (F9, F27): the data the matrix is computed from, the
 * certificate registry and rule edits (each answered with the bad fields in plain words), and the
 * daily check on demand. Extension pages only.
 */
import { z } from 'zod';
import { Category, Certificate, ComplianceRule, IsoDate, Sku } from '../domain/schemas';
import { Empty, message } from './content-protocol';

const PAGES = ['extension-page'] as const;

/** One bad field: `path` names it ("expiresOn", "markets[1]", "requires[0].kind"). */
export const FieldProblemWire = z.object({ path: z.string(), message: z.string(), found: z.string().optional() });
export type FieldProblemWire = z.infer<typeof FieldProblemWire>;

export const ComplianceSaveResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), id: z.string() }),
  z.object({ ok: z.literal(false), problems: z.array(FieldProblemWire) }),
]);

/** The part of a SKU the matrix reads (MatrixSku). */
export const ComplianceSku = Sku.pick({ sku: true, title: true, model: true, categoryId: true, certificateIds: true });

export const ComplianceWorkspace = z.object({
  skus: z.array(ComplianceSku),
  categories: z.array(Category),
  rules: z.array(ComplianceRule),
  certificates: z.array(Certificate),
  expiringWithinDays: z.number().int(),
  /** The seller's calendar date, as the background sees it. */
  today: IsoDate,
});
export type ComplianceWorkspace = z.infer<typeof ComplianceWorkspace>;

export const ComplianceCheckAnswer = z.object({
  today: IsoDate,
  attention: z.array(z.object({ id: z.string(), kind: z.string(), number: z.string(), expiresOn: z.string(), daysLeft: z.number(), expired: z.boolean() })),
  badgeText: z.string(),
  notified: z.number().int(),
});
export type ComplianceCheckAnswer = z.infer<typeof ComplianceCheckAnswer>;

export const complianceMessages = {
  getComplianceWorkspace: message({ from: PAGES, request: Empty, response: ComplianceWorkspace }),
  /** `previousId`: the id being edited (the certificate is replaced); absent for a new one, which must not reuse an id. */
  saveCertificate: message({
    from: PAGES,
    request: z.object({ certificate: z.unknown(), previousId: z.string().max(200).optional() }),
    response: ComplianceSaveResult,
  }),
  deleteCertificate: message({ from: PAGES, request: z.object({ id: z.string().max(200) }), response: z.object({ deleted: z.boolean() }) }),
  saveComplianceRule: message({
    from: PAGES,
    request: z.object({ rule: z.unknown(), previousId: z.string().max(200).optional() }),
    response: ComplianceSaveResult,
  }),
  deleteComplianceRule: message({ from: PAGES, request: z.object({ id: z.string().max(200) }), response: z.object({ deleted: z.boolean() }) }),
  /**
   * Runs the daily check now. `today` (tests, and a seller asking "what will need attention on…")
   * replaces the clock for this one run; only extension pages may send it.
   */
  runComplianceCheck: message({ from: PAGES, request: z.object({ today: z.optional(IsoDate) }), response: ComplianceCheckAnswer }),
} as const;
