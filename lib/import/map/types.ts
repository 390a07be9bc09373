/**
 * What a report row becomes: an order line, a case, a catalogue SKU, a supplier — or a skip that
 * names the line, the column and the value, in plain words.
 */
import type { CaseRecord, Sku } from '../../domain/schemas';
import type { OrderLine } from '../orders';
import type { SupplierRow } from '../sheets';
import type { NumericDateOrder } from '../values';

export interface Skip {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** The column as the file names it; absent when the whole row is at fault. */
  column?: string;
  /** The offending value as found (shortened when long). */
  value?: string;
  reason: string;
}

export interface Mapped {
  order?: OrderLine;
  case?: CaseRecord;
  sku?: Sku;
  supplier?: SupplierRow;
}

/** null: not a data row (padding, a footer, an order summary row) — neither imported nor skipped. */
export type RowResult = Mapped | { skip: Skip } | null;

export interface MapContext {
  /** How all-numeric dates (03/11/2026) are read. */
  dateOrder: NumericDateOrder;
}

export interface RowMapper {
  map(cells: readonly string[], line: number): RowResult;
  /** Things to tell the seller once the file is done ("3 Shopify orders had refunds…"). */
  notes?(): string[];
}

export type MapperFactory = (header: readonly string[], context: MapContext) => RowMapper | { problem: string };

export function skip(line: number, column: string | undefined, value: string | undefined, reason: string): { skip: Skip } {
  const shown = value !== undefined && value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return {
    skip: {
      line,
      ...(column !== undefined ? { column } : {}),
      ...(shown !== undefined ? { value: shown } : {}),
      reason,
    },
  };
}

/** 'Line 7, column "return-date" ("31/02/2026"): is not a date.' */
export function skipText(s: Skip): string {
  const where = s.column !== undefined ? `, column "${s.column}"` : '';
  const what = s.value !== undefined ? ` (${s.value === '' ? 'empty' : JSON.stringify(s.value)})` : '';
  return `Line ${s.line}${where}${what}: ${s.reason}`;
}

export function isSkip(result: RowResult): result is { skip: Skip } {
  return result !== null && 'skip' in result;
}

/** A date-only value on a timeline: midnight UTC, as caseFromReturnRow does. */
export function instantOf(date: { date: string; instant?: string }): string {
  return date.instant ?? `${date.date}T00:00:00.000Z`;
}
