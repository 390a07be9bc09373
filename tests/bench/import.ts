/**
 * Bench (F15): a 100,000-row Amazon FBA customer returns TSV, generated in memory, parsed by
 * papaparse alone (the raw speed of the CSV library on the decoded text) and imported by
 * importFile (decode + detect + chunked parse + mapping to cases). Best of 5 each, in Node.
 * The target: importFile at ≥ 40 % of the raw parse speed.
 *   node --import tsx tests/bench/import.ts
 */
import Papa from 'papaparse';
import { importFile } from '../../lib/import/run';
import { amazonReturnsTsv } from '../fixtures/reports/build';

const ROWS = 100_000;

export interface ImportBench {
  rows: number;
  megabytes: number;
  rawParseMs: number;
  importMs: number;
  rawRowsPerSecond: number;
  importRowsPerSecond: number;
  /** importFile speed ÷ raw papaparse speed (target ≥ 0.4). */
  ratio: number;
  imported: number;
}

export async function benchImport(rows = ROWS, print = true): Promise<ImportBench> {
  const text = amazonReturnsTsv(rows);
  const bytes = new TextEncoder().encode(text);

  // Interleaved, best of 5 each: the machine is shared, and a burst of noise then hits both alike.
  let rawParseMs = Infinity;
  let importMs = Infinity;
  let imported = 0;
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    const raw = Papa.parse<string[]>(text, { delimiter: '\t', newline: '\r\n' });
    rawParseMs = Math.min(rawParseMs, performance.now() - t);
    if (raw.data.length < rows) throw new Error('raw parse lost rows');

    t = performance.now();
    let count = 0;
    for await (const event of importFile({ name: 'returns.tsv', bytes })) {
      if (event.type === 'batch') count += event.batch.cases.length;
    }
    importMs = Math.min(importMs, performance.now() - t);
    imported = count;
  }

  const result: ImportBench = {
    rows,
    megabytes: bytes.length / 1e6,
    rawParseMs,
    importMs,
    rawRowsPerSecond: rows / (rawParseMs / 1000),
    importRowsPerSecond: rows / (importMs / 1000),
    ratio: rawParseMs / importMs,
    imported,
  };
  if (print) {
    const rate = (n: number) => `${Math.round(n).toLocaleString('en')} rows/s`;
    console.log(`(f) import a ${rows.toLocaleString('en')}-row Amazon returns TSV (${result.megabytes.toFixed(1)} MB) in Node`);
    console.log(`    raw papaparse parse of the text        ${rawParseMs.toFixed(0)} ms  ${rate(result.rawRowsPerSecond)}`);
    console.log(`    importFile (decode, detect, map)        ${importMs.toFixed(0)} ms  ${rate(result.importRowsPerSecond)}  ${imported.toLocaleString('en')} cases`);
    console.log(`    ratio ${(result.ratio * 100).toFixed(0)} % of raw parse speed  target ≥ 40 %`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
