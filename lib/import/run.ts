/**
 * importFile: a dropped file → batches of order lines, cases, SKUs and suppliers, then a summary.
 * Made to run in a Web Worker (no DOM; TextDecoder and papaparse only): the bytes are decoded and
 * parsed a chunk at a time with papaparse's Parser, each chunk's rows are mapped and yielded as one
 * batch, so the caller can store a batch and post progress before the next is parsed. Every id
 * is stable, so importing the same file twice yields the same records.
 */
import Papa from 'papaparse';
import type { CaseRecord, Sku } from '../domain/schemas';
import { containerProblem, detectFromRows, detectReport, isZip, type DetectOptions } from './detect';
import { KINDS, type ReportKind } from './kinds';
import type { RowMapper, Skip } from './map/types';
import type { OrderLine } from './orders';
import type { SupplierRow } from './sheets';
import { readXlsxRows } from './xlsx';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions extends DetectOptions {
  /** Called after each chunk with bytes (text) or rows (xlsx) done and the total. */
  onProgress?(done: number, total: number): void;
  /** Bytes decoded and parsed per step (default 1 MiB). */
  chunkSize?: number;
  signal?: AbortSignal;
}

export interface ImportBatch {
  orders: OrderLine[];
  cases: CaseRecord[];
  skus: Sku[];
  suppliers: SupplierRow[];
  skipped: Skip[];
}

export interface ImportSummary {
  kind: ReportKind | null;
  /** "Amazon FBA customer returns", or '' when the file was not recognised. */
  label: string;
  /** Data rows read (header, padding, footers and order summary rows not counted). */
  rows: number;
  imported: number;
  skipped: number;
  /** The first 200 skipped rows, each with its line, column, value and reason. */
  skippedRows: Skip[];
  /** Why nothing could be imported, in plain words. */
  problem?: string;
  /** Things the seller should know (encoding, delimiter, date order, refunds…). */
  notes: string[];
  encoding?: string;
  delimiter?: string;
  durationMs: number;
}

export type ImportEvent =
  | { type: 'batch'; batch: ImportBatch; done: number; total: number }
  | { type: 'summary'; summary: ImportSummary };

const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const XLSX_BATCH_ROWS = 5000;
const SKIPPED_KEPT = 200;

const newBatch = (): ImportBatch => ({ orders: [], cases: [], skus: [], suppliers: [], skipped: [] });

/** Counts, the first skipped rows, and the row checks every container shares. */
class RowSink {
  rows = 0;
  imported = 0;
  skipped = 0;
  readonly skippedRows: Skip[] = [];
  private readonly width: number;

  constructor(
    private readonly header: readonly string[],
    private readonly mapper: RowMapper,
    private readonly delimiterName: string,
  ) {
    this.width = header.length;
  }

  row(cells: readonly string[], line: number, batch: ImportBatch, truncated: boolean): void {
    if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
    if (truncated) {
      const at = Math.max(0, cells.length - 1);
      return this.skip(batch, {
        line,
        column: this.header[at] ?? `column ${at + 1}`,
        value: shorten(cells[at] ?? ''),
        reason: `the file ends in the middle of this row (${cells.length} of ${this.width} columns; it was probably cut off while downloading or copying). Download the report again to import this row.`,
      });
    }
    if (cells.length > this.width && cells.slice(this.width).some((c) => c.trim() !== '')) {
      return this.skip(batch, {
        line,
        reason: `has ${cells.length} values where the header has ${this.width} columns; a value probably contains ${this.delimiterName} without quotes around it.`,
      });
    }
    let result;
    try {
      result = this.mapper.map(cells, line);
    } catch (error) {
      return this.skip(batch, { line, reason: `could not be read (${error instanceof Error ? error.message : String(error)})` });
    }
    if (result === null) return;
    if ('skip' in result) return this.skip(batch, result.skip);
    this.rows++;
    this.imported++;
    if (result.order) batch.orders.push(result.order);
    if (result.case) batch.cases.push(result.case);
    if (result.sku) batch.skus.push(result.sku);
    if (result.supplier) batch.suppliers.push(result.supplier);
  }

  private skip(batch: ImportBatch, skip: Skip): void {
    this.rows++;
    this.skipped++;
    batch.skipped.push(skip);
    if (this.skippedRows.length < SKIPPED_KEPT) this.skippedRows.push(skip);
  }
}

function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

const DELIMITER_WORDS: Record<string, string> = { '\t': 'a tab', ',': 'a comma', ';': 'a semicolon', '|': 'a vertical bar' };

export async function* importFile(input: ImportInput, options: ImportOptions = {}): AsyncGenerator<ImportEvent, void, undefined> {
  const started = performance.now();
  const failed = (problem: string, notes: string[] = []): ImportEvent => ({
    type: 'summary',
    summary: { kind: null, label: '', rows: 0, imported: 0, skipped: 0, skippedRows: [], problem, notes, durationMs: performance.now() - started },
  });
  const early = containerProblem(input.name, input.bytes);
  if (early) return yield failed(early);
  if (isZip(input.bytes)) return yield* importWorkbook(input, options, started, failed);

  const detection = detectReport(input, options);
  if (!detection.ok) return yield failed(detection.problem, detection.notes);
  const kindInfo = KINDS.find((k) => k.kind === detection.kind)!;
  const mapper = kindInfo.createMapper(detection.header, { dateOrder: detection.dateOrder });
  if ('problem' in mapper) return yield failed(mapper.problem, detection.notes);
  const sink = new RowSink(detection.header, mapper, DELIMITER_WORDS[detection.delimiter] ?? 'a separator');

  const { bytes } = input;
  const total = bytes.length;
  const chunkSize = Math.max(64, options.chunkSize ?? DEFAULT_CHUNK_BYTES);
  const decoder = new TextDecoder(detection.encoding);
  const parser = new Papa.Parser({ delimiter: detection.delimiter, newline: detection.newline, quoteChar: '"' });
  const newlineChar = detection.newline === '\r' ? '\r' : '\n';
  let partial = '';
  let rowIndex = 0;
  let line = 1;
  let replaced = false;

  for (let offset = 0; offset < total; offset += chunkSize) {
    if (options.signal?.aborted) return yield failed('The import was stopped; the rows already imported are kept.', detection.notes);
    const end = Math.min(total, offset + chunkSize);
    const final = end >= total;
    const text = partial + decoder.decode(bytes.subarray(offset, end), { stream: !final });
    const result = parser.parse(text, 0, !final) as { data: string[][]; errors: { code: string }[]; meta: { cursor: number } };
    partial = final ? '' : text.slice(result.meta.cursor);
    if (!replaced && text.includes('\uFFFD')) replaced = true;
    // Rows may span lines only where a quote opens a cell.
    const multiline = text.includes('"');
    const endsClean = text.endsWith(newlineChar);
    const unterminated = final && result.errors.some((e) => e.code === 'MissingQuotes');
    const rows = result.data;
    const batch = newBatch();
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      const startLine = line;
      line += multiline ? 1 + newlinesIn(cells, newlineChar) : 1;
      const index = rowIndex++;
      if (index <= detection.headerRow) continue;
      const last = final && i === rows.length - 1;
      const truncated = last && !endsClean && (unterminated || cells.length < detection.header.length);
      sink.row(cells, startLine, batch, truncated);
    }
    options.onProgress?.(end, total);
    yield { type: 'batch', batch, done: end, total };
  }

  const notes = [...detection.notes, ...(mapper.notes?.() ?? [])];
  if (replaced) notes.push('Some characters could not be read in this file\'s encoding and show as "�". Save the file as "CSV UTF-8" and import it again to fix them.');
  yield {
    type: 'summary',
    summary: {
      kind: detection.kind,
      label: detection.label,
      rows: sink.rows,
      imported: sink.imported,
      skipped: sink.skipped,
      skippedRows: sink.skippedRows,
      notes,
      encoding: detection.encoding,
      delimiter: detection.delimiter,
      durationMs: performance.now() - started,
    },
  };
}

async function* importWorkbook(
  input: ImportInput,
  options: ImportOptions,
  started: number,
  failed: (problem: string, notes?: string[]) => ImportEvent,
): AsyncGenerator<ImportEvent, void, undefined> {
  let rows: string[][];
  try {
    rows = await readXlsxRows(input.bytes);
  } catch {
    return yield failed('This file could not be opened as an Excel workbook (.xlsx). Save it from Excel again, or as "CSV UTF-8", and import that.');
  }
  const found = detectFromRows(rows, options);
  if (!found) return yield failed('HelloWord does not recognise the first sheet of this workbook. Use the catalogue or supplier template (download it from the Import page), or import the marketplace report as the text/CSV file it was downloaded as.');
  if ('problem' in found) return yield failed(found.problem);
  const header = rows[found.headerRow]!;
  const mapper = found.info.createMapper(header, { dateOrder: found.dateOrder });
  if ('problem' in mapper) return yield failed(mapper.problem, found.notes);
  const sink = new RowSink(header, mapper, 'a separator');
  const total = rows.length;
  for (let start = found.headerRow + 1; start < total; start += XLSX_BATCH_ROWS) {
    if (options.signal?.aborted) return yield failed('The import was stopped; the rows already imported are kept.');
    const batch = newBatch();
    const end = Math.min(total, start + XLSX_BATCH_ROWS);
    for (let r = start; r < end; r++) sink.row(rows[r]!, r + 1, batch, false);
    options.onProgress?.(end, total);
    yield { type: 'batch', batch, done: end, total };
  }
  yield {
    type: 'summary',
    summary: {
      kind: found.info.kind,
      label: found.info.label,
      rows: sink.rows,
      imported: sink.imported,
      skipped: sink.skipped,
      skippedRows: sink.skippedRows,
      notes: [...found.notes, ...(mapper.notes?.() ?? [])],
      encoding: 'xlsx',
      durationMs: performance.now() - started,
    },
  };
}

function newlinesIn(cells: readonly string[], newline: string): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.length < 2 || !cell.includes(newline)) continue;
    for (let i = cell.indexOf(newline); i >= 0; i = cell.indexOf(newline, i + 1)) n++;
  }
  return n;
}

/** Runs importFile to the end and gathers everything: for tests, small files and one-shot use. */
export async function importAll(input: ImportInput, options: ImportOptions = {}): Promise<ImportBatch & { summary: ImportSummary }> {
  const all = newBatch();
  let summary: ImportSummary | undefined;
  for await (const event of importFile(input, options)) {
    if (event.type === 'summary') summary = event.summary;
    else {
      for (const key of ['orders', 'cases', 'skus', 'suppliers', 'skipped'] as const) {
        const target = all[key] as unknown[];
        for (const item of event.batch[key]) target.push(item);
      }
    }
  }
  return { ...all, summary: summary! };
}
