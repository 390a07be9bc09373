/**
 * How annotations travel from the background to a content script. Rows of one page share a few
 * SKU views, compliance results and return hints (the same SKU to the same country), so each is
 * sent once and rows point at it by index: a 400-row batch stays a few kilobytes and is parsed in
 * well under a millisecond instead of re-validating the same objects hundreds of times.
 */
import { z } from 'zod/mini';
import { CategoryMappingView, ComplianceView, ReturnHint, ShippingNotice, SkuView, type RowAnnotation } from '../domain/annotations';

const Index = z.int().check(z.nonnegative());

export const AnnotationsWire = z
  .object({
    skus: z.array(SkuView),
    compliance: z.array(ComplianceView),
    returnHints: z.array(ReturnHint),
    rows: z.array(
      z.object({
        key: z.string(),
        sku: Index,
        compliance: z.optional(Index),
        returnHint: z.optional(Index),
        // Per order or per listing, rarely shared: sent inline.
        shippingNotice: z.optional(ShippingNotice),
        categoryMapping: z.optional(CategoryMappingView),
      }),
    ),
  })
  .check(
    z.superRefine((wire, ctx) => {
    wire.rows.forEach((row, i) => {
      const bad =
        row.sku >= wire.skus.length ||
        (row.compliance !== undefined && row.compliance >= wire.compliance.length) ||
        (row.returnHint !== undefined && row.returnHint >= wire.returnHints.length);
        if (bad) ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'points at an annotation that was not sent' });
      });
    }),
  );
export type AnnotationsWire = z.infer<typeof AnnotationsWire>;

function indexer<T>(list: T[]): (item: T) => number {
  const seen = new Map<T, number>();
  return (item) => {
    let index = seen.get(item);
    if (index === undefined) {
      index = list.push(item) - 1;
      seen.set(item, index);
    }
    return index;
  };
}

/** Shares identical objects (by identity, as the annotator returns them) across rows. */
export function packAnnotations(annotations: readonly RowAnnotation[]): AnnotationsWire {
  const wire: AnnotationsWire = { skus: [], compliance: [], returnHints: [], rows: [] };
  const sku = indexer(wire.skus);
  const compliance = indexer(wire.compliance);
  const hint = indexer(wire.returnHints);
  for (const a of annotations) {
    wire.rows.push({
      key: a.key,
      sku: sku(a.sku),
      ...(a.compliance && { compliance: compliance(a.compliance) }),
      ...(a.returnHint && { returnHint: hint(a.returnHint) }),
      ...(a.shippingNotice && { shippingNotice: a.shippingNotice }),
      ...(a.categoryMapping && { categoryMapping: a.categoryMapping }),
    });
  }
  return wire;
}

export function unpackAnnotations(wire: AnnotationsWire): RowAnnotation[] {
  return wire.rows.map((row) => ({
    key: row.key,
    sku: wire.skus[row.sku]!,
    ...(row.compliance !== undefined && { compliance: wire.compliance[row.compliance]! }),
    ...(row.returnHint !== undefined && { returnHint: wire.returnHints[row.returnHint]! }),
    ...(row.shippingNotice && { shippingNotice: row.shippingNotice }),
    ...(row.categoryMapping && { categoryMapping: row.categoryMapping }),
  }));
}
