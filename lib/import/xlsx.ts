/**
 * The first sheet of an .xlsx workbook as rows of text, so a seller's own sheet saved from Excel
 * goes through the same mapping as its CSV. read-excel-file's universal build (fflate + a small
 * XML parser) runs in a Web Worker and in Node; dates come back as Date and are written ISO.
 */
import { readSheet } from 'read-excel-file/universal';

export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const data = await readSheet(buffer);
  return data.map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
