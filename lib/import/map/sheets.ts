/**
 * The seller's catalogue and supplier sheets → Sku and SupplierRow records, validated by their
 * schemas; a field the schema rejects is reported with the column and value it came from.
 */
import type { z } from 'zod';
import { describeIssues } from '../../domain/issues';
import { Sku } from '../../domain/schemas';
import { cellAt, missingColumns, resolveColumns, type Columns } from '../headers';
import { CATALOGUE_COLUMNS, restoreHsDigits, splitList, SUPPLIER_COLUMNS, SupplierRow } from '../sheets';
import { parseQuantity, parseReportNumber } from '../values';
import { skip, type MapperFactory, type RowResult } from './types';

/** The first schema problem as a skip naming the sheet's column. */
function schemaSkip<K extends string>(
  error: z.core.$ZodError,
  input: unknown,
  line: number,
  col: Columns<K>,
  cells: readonly string[],
  fieldColumn: (path: readonly (string | number)[]) => K | undefined,
): RowResult {
  const problem = describeIssues(error, input)[0];
  const field = fieldColumn(problem?.pathSegments ?? []);
  const column = field ? col.names[field] : problem?.path;
  const value = field ? cellAt(cells, col[field]) : problem?.found;
  return skip(line, column, value, problem?.message ?? 'is not valid');
}

const numberCell = (cells: readonly string[], index: number): number | undefined | null => {
  const raw = cellAt(cells, index);
  return raw === '' ? undefined : parseReportNumber(raw);
};

export const mapCatalogue: MapperFactory = (header) => {
  const col = resolveColumns(header, CATALOGUE_COLUMNS);
  const missing = missingColumns(col, ['sku']);
  if (missing.length) return { problem: 'This catalogue sheet has no "SKU" column. Download the template to see the columns.' };
  const FIELD_COLUMN: Record<string, keyof typeof CATALOGUE_COLUMNS> = {
    sku: 'sku', title: 'title', model: 'model', asin: 'asin', categoryId: 'categoryId', tags: 'tags', cost: 'cost',
    weightGrams: 'weightGrams', hsCode: 'hsCode', hsCodesByCountry: 'hsCodesByCountry', supplierId: 'supplierId',
  };

  return {
    map(cells, line) {
      if (cells.every((c) => c.trim() === '')) return null;
      const text = (field: keyof typeof CATALOGUE_COLUMNS) => cellAt(cells, col[field]);
      const cost = numberCell(cells, col.cost);
      if (cost === null) return skip(line, col.names.cost, text('cost'), 'is not an amount');
      const currency = text('currency').toUpperCase();
      if (cost !== undefined && !currency) return skip(line, col.names.currency, '', 'is empty: a cost needs its currency (e.g. USD, CNY)');
      const weight = numberCell(cells, col.weightGrams);
      if (weight === null) return skip(line, col.names.weightGrams, text('weightGrams'), 'is not a number of grams');
      const byCountry: Record<string, string> = {};
      for (const pair of splitList(text('hsCodesByCountry'))) {
        const m = /^([A-Za-z]{2})\s*[:=]\s*([\d.\s]+)$/.exec(pair);
        if (!m) return skip(line, col.names.hsCodesByCountry, pair, 'must be written country:code, e.g. US:6104420010');
        byCountry[m[1]!.toUpperCase()] = restoreHsDigits(m[2]!);
      }
      const input = {
        sku: text('sku'),
        title: text('title'),
        ...(text('model') ? { model: text('model') } : {}),
        ...(text('asin') ? { asin: text('asin').toUpperCase() } : {}),
        categoryId: text('categoryId') || null,
        tags: splitList(text('tags')),
        ...(cost !== undefined ? { cost: { amount: cost, currency } } : {}),
        ...(weight !== undefined ? { weightGrams: weight } : {}),
        ...(text('hsCode') ? { hsCode: restoreHsDigits(text('hsCode')) } : {}),
        hsCodesByCountry: byCountry,
        ...(text('supplierId') ? { supplierId: text('supplierId') } : {}),
      };
      const parsed = Sku.safeParse(input);
      if (!parsed.success) return schemaSkip(parsed.error, input, line, col, cells, (path) => (path[1] === 'currency' ? 'currency' : FIELD_COLUMN[String(path[0])]));
      return { sku: parsed.data };
    },
  };
};

export const mapSuppliers: MapperFactory = (header) => {
  const col = resolveColumns(header, SUPPLIER_COLUMNS);
  const missing = missingColumns(col, ['id', 'name']);
  if (missing.length) return { problem: `This supplier sheet has no ${missing.map((m) => `"${m}"`).join(', ')} column. Download the template to see the columns.` };

  return {
    map(cells, line) {
      if (cells.every((c) => c.trim() === '')) return null;
      const text = (field: keyof typeof SUPPLIER_COLUMNS) => cellAt(cells, col[field]);
      const price = numberCell(cells, col.unitPrice);
      if (price === null) return skip(line, col.names.unitPrice, text('unitPrice'), 'is not an amount');
      const currency = text('currency').toUpperCase();
      if (price !== undefined && !currency) return skip(line, col.names.currency, '', 'is empty: a unit price needs its currency (e.g. CNY, USD)');
      for (const field of ['moq', 'leadTimeDays'] as const) {
        if (text(field) && parseQuantity(text(field)) === null) return skip(line, col.names[field], text(field), 'is not a whole number');
      }
      const input = {
        id: text('id'),
        name: text('name'),
        ...(text('contact') ? { contact: text('contact') } : {}),
        ...(text('email') ? { email: text('email') } : {}),
        ...(text('phone') ? { phone: text('phone') } : {}),
        ...(text('country') ? { country: text('country').toUpperCase() } : {}),
        categories: splitList(text('categories')),
        ...(price !== undefined ? { unitPrice: { amount: price, currency } } : {}),
        ...(text('moq') ? { moq: parseQuantity(text('moq')) } : {}),
        ...(text('leadTimeDays') ? { leadTimeDays: parseQuantity(text('leadTimeDays')) } : {}),
        skus: splitList(text('skus')),
        source: 'import' as const,
      };
      const parsed = SupplierRow.safeParse(input);
      if (!parsed.success) {
        return schemaSkip(parsed.error, input, line, col, cells, (path) => (path[1] === 'currency' ? 'currency' : String(path[0]) in SUPPLIER_COLUMNS ? (String(path[0]) as keyof typeof SUPPLIER_COLUMNS) : undefined));
      }
      return { supplier: parsed.data };
    },
  };
};
