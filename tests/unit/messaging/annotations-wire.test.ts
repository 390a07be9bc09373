import { describe, expect, it } from 'vitest';
import type { RowAnnotation } from '@/lib/domain/annotations';
import { AnnotationsWire, packAnnotations, unpackAnnotations } from '@/lib/messaging/annotations-wire';

const dress = { known: true, sku: 'HW-DRESS-COT-M', categoryPath: [{ id: 'apparel', name: 'Apparel' }], attributes: {}, tags: [] };
const unknown = { known: false, sku: 'ZZ-1', categoryPath: [], attributes: {}, tags: [] };
const okUs = { destination: 'US', status: 'ok' as const, warnings: [] };

describe('annotations on the wire', () => {
  const rows: RowAnnotation[] = [
    { key: 'a', sku: dress, compliance: okUs },
    { key: 'b', sku: dress, compliance: okUs },
    { key: 'c', sku: unknown },
  ];

  it('sends each shared result once and restores every row', () => {
    const wire = packAnnotations(rows);
    expect(wire.skus).toHaveLength(2);
    expect(wire.compliance).toHaveLength(1);
    const parsed = AnnotationsWire.parse(JSON.parse(JSON.stringify(wire)));
    expect(unpackAnnotations(parsed)).toEqual(rows);
  });

  it('refuses a row that points at a result that was not sent', () => {
    const wire = packAnnotations(rows);
    wire.rows[2]!.compliance = 5;
    const result = AnnotationsWire.safeParse(wire);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rows', 2]);
  });
});
