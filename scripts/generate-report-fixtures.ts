/**
 * Report fixtures for the importers (F15).
 *   node --import tsx scripts/generate-report-fixtures.ts --fixtures   small quirk files → tests/fixtures/reports/
 *   node --import tsx scripts/generate-report-fixtures.ts [rows]       100,000-row (or `rows`) Amazon returns
 *                                                                      and orders → tests/fixtures/generated/
 * The generated folder is git-ignored: big files are made when needed, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { amazonOrdersTsv, amazonReturnsTsv, reportFixtures } from '../tests/fixtures/reports/build';

const root = join(import.meta.dirname, '..');

if (process.argv.includes('--fixtures')) {
  const dir = join(root, 'tests/fixtures/reports');
  for (const [name, bytes] of Object.entries(reportFixtures())) writeFileSync(join(dir, name), bytes);
  console.log(`wrote ${Object.keys(reportFixtures()).length} fixtures to ${dir}`);
} else {
  const rows = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const dir = join(root, 'tests/fixtures/generated');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of [
    [`amazon-fba-returns.${rows}.tsv`, amazonReturnsTsv(rows)],
    [`amazon-orders.${rows}.tsv`, amazonOrdersTsv(rows)],
  ] as const) {
    writeFileSync(join(dir, name), text);
    console.log(`${name}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
  }
}
