/**
 * What a dropped file is, from its name and first bytes: the encoding (BOM, UTF-16, Shift_JIS…),
 * the delimiter, the header row (eBay puts a row of commas above it) and so the report kind.
 * Anything that stops an import is said in plain words, with what to do.
 */
import Papa from 'papaparse';
import { encodingNote, sniffEncoding, type TextEncodingName } from './decode';
import { headerKey } from './headers';
import { KINDS, NOT_SUPPORTED, type KindInfo, type ReportKind } from './kinds';
import { hasAmbiguousDates, inferDateOrder, type NumericDateOrder } from './values';

export type Delimiter = '\t' | ',' | ';' | '|';
export type Newline = '\r\n' | '\n' | '\r';

export interface DetectOptions {
  /** How numeric dates (03/11/2026) are read; by default inferred from the file. */
  dateOrder?: NumericDateOrder;
}

export interface Detection {
  ok: true;
  kind: ReportKind;
  label: string;
  container: 'text' | 'xlsx';
  encoding: TextEncodingName;
  delimiter: Delimiter;
  newline: Newline;
  /** Index of the header among the parsed rows (0 unless framing rows or "sep=" come first). */
  headerRow: number;
  header: string[];
  dateOrder: NumericDateOrder;
  notes: string[];
}

export interface DetectionFailure {
  ok: false;
  problem: string;
  notes: string[];
}

const SAMPLE_BYTES = 256 * 1024;
const HEADER_SEARCH_ROWS = 10;
const DATE_SAMPLE_ROWS = 500;
const DELIMITER_NAMES: Record<Delimiter, string> = { '\t': 'tabs', ',': 'commas', ';': 'semicolons', '|': 'vertical bars' };

const KIND_LIST = 'Amazon returns (FBA or seller-fulfilled) and All Orders reports, the eBay Seller Hub orders report, the Shopify orders export, and your own catalogue and supplier sheets (download a template from the Import page)';

/** A zip (XLSX) starts with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Problems visible in the first bytes alone, before any decoding. */
export function containerProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'This is an old Excel (.xls) workbook. Open it in Excel and save it as .xlsx or "CSV UTF-8", then import that.';
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'The file is compressed (.gz). Unpack it first, then import the .txt or .csv inside.';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'This is a PDF. Download the report as a text (TSV) or CSV file instead.';
  if (isZip(bytes) && !/\.xlsx$/i.test(name)) return undefined; // an .xlsx renamed: still tried as a workbook
  return undefined;
}

/** Detects a text (CSV/TSV) file. */
export function detectReport(input: { name: string; bytes: Uint8Array }, options: DetectOptions = {}): Detection | DetectionFailure {
  const problem = containerProblem(input.name, input.bytes);
  if (problem) return { ok: false, problem, notes: [] };
  const sniffed = sniffEncoding(input.bytes);
  const notes: string[] = [];
  const note = encodingNote(sniffed);
  if (note) notes.push(note);
  const sampleBytes = input.bytes.subarray(0, Math.min(input.bytes.length, SAMPLE_BYTES));
  const whole = sampleBytes.length === input.bytes.length;
  const text = new TextDecoder(sniffed.encoding).decode(sampleBytes, { stream: !whole });
  if (text.trim() === '') return { ok: false, problem: 'The file is empty.', notes };

  const newline = guessNewline(text);
  const sep = /^sep=(.)\s*$/im.exec(text.slice(0, text.search(/\r|\n/) + 1 || text.length));
  const candidates = sep ? [sep[1] as Delimiter] : delimitersByFrequency(text, newline);
  for (const delimiter of candidates) {
    const rows = parseRows(text, delimiter, newline, whole, HEADER_SEARCH_ROWS + DATE_SAMPLE_ROWS);
    const found = detectFromRows(rows, options);
    if (!found) continue;
    if ('problem' in found) return { ok: false, problem: found.problem, notes };
    const { info, headerRow, dateOrder, notes: rowNotes } = found;
    if (info.delimiter && delimiter !== info.delimiter) {
      notes.push(`This ${info.label} file has ${DELIMITER_NAMES[delimiter]} between its columns instead of ${DELIMITER_NAMES[info.delimiter]} (it was probably re-saved in a spreadsheet program); it was read with ${DELIMITER_NAMES[delimiter]}.`);
    }
    return {
      ok: true,
      kind: info.kind,
      label: info.label,
      container: 'text',
      encoding: sniffed.encoding,
      delimiter,
      newline,
      headerRow,
      header: rows[headerRow] ?? [],
      dateOrder,
      notes: [...notes, ...rowNotes],
    };
  }
  return { ok: false, problem: unknownFileProblem(text, newline), notes };
}

/** Finds the header among the first rows and the kind it belongs to; rows are already split. */
export function detectFromRows(
  rows: readonly (readonly string[])[],
  options: DetectOptions = {},
): { info: KindInfo; headerRow: number; dateOrder: NumericDateOrder; notes: string[] } | { problem: string } | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r]!;
    if (row.length < 2) continue;
    const keys = new Set(row.map(headerKey));
    const matches = (signature: readonly (readonly string[])[]) => signature.every((group) => group.some((alias) => keys.has(alias)));
    const info = KINDS.find((k) => matches(k.signature));
    if (!info) {
      const unsupported = NOT_SUPPORTED.find((u) => matches(u.signature));
      if (unsupported) return { problem: unsupported.message };
      continue;
    }
    const { dateOrder, notes } = chooseDateOrder(row, rows.slice(r + 1), info, options);
    return { info, headerRow: r, dateOrder, notes };
  }
  return undefined;
}

function chooseDateOrder(
  header: readonly string[],
  data: readonly (readonly string[])[],
  info: KindInfo,
  options: DetectOptions,
): { dateOrder: NumericDateOrder; notes: string[] } {
  if (options.dateOrder) return { dateOrder: options.dateOrder, notes: [] };
  const dateColumns = header.map((h, i) => (/date|created-at|-at$/.test(headerKey(h)) ? i : -1)).filter((i) => i >= 0);
  const values = data.flatMap((row) => dateColumns.map((i) => row[i] ?? ''));
  const inferred = inferDateOrder(values);
  if (inferred) return { dateOrder: inferred, notes: [] };
  if (!hasAmbiguousDates(values)) return { dateOrder: info.dateOrder, notes: [] };
  const dateOrder = data.some((row) => row.some((c) => /^\s*(USD|US\s*\$)/.test(c) || c.trim() === 'USD')) ? 'MDY' : info.dateOrder;
  return {
    dateOrder,
    notes: [
      `Dates such as 03/11/2026 could be read either way; they were read ${dateOrder === 'MDY' ? 'month first (March 11, US style)' : 'day first (3 November)'}. If that is wrong, import the file again choosing the other order.`,
    ],
  };
}

export function guessNewline(text: string): Newline {
  const probe = text.slice(0, 64 * 1024);
  const crlf = probe.indexOf('\r\n');
  const lf = probe.indexOf('\n');
  const cr = probe.indexOf('\r');
  if (crlf >= 0 && crlf <= lf) return '\r\n';
  if (lf >= 0) return '\n';
  return cr >= 0 ? '\r' : '\n';
}

function delimitersByFrequency(text: string, newline: Newline): Delimiter[] {
  const lines = text.split(newline, HEADER_SEARCH_ROWS).join('\n');
  const all: Delimiter[] = ['\t', ',', ';', '|'];
  const count = (d: string) => lines.split(d).length - 1;
  return all.filter((d) => count(d) > 0).sort((a, b) => count(b) - count(a));
}

export function parseRows(text: string, delimiter: Delimiter, newline: Newline, whole: boolean, maxRows: number): string[][] {
  const head = text.length > 512 * 1024 ? text.slice(0, 512 * 1024) : text;
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const result = parser.parse(head, 0, !(whole && head === text)) as { data: string[][] };
  return result.data.slice(0, maxRows);
}

/** The file was not recognised: say what its first line looks like and what is accepted. */
function unknownFileProblem(text: string, newline: Newline): string {
  const first = text.split(newline).find((l) => l.trim() !== '') ?? '';
  const words = first.trim().split(/\s+/).map(headerKey);
  const known = new Set(KINDS.flatMap((k) => k.signature.flat()));
  if (!/[\t,;|]/.test(first) && words.filter((w) => known.has(w)).length >= 3) {
    return 'The columns in this file are separated by spaces, not by tabs or commas, so HelloWord cannot tell where one value ends and the next begins (this happens when a report is copied from a web page or an editor). Download the report again and import the downloaded file as it is.';
  }
  const shown = first.length > 120 ? `${first.slice(0, 117)}…` : first;
  return `HelloWord does not recognise this file. Its first line is "${shown.replace(/\t/g, ' ⇥ ')}". It imports ${KIND_LIST}.`;
}
