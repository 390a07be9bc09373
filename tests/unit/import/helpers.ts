import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAll, type ImportOptions } from '../../../lib/import/run';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/reports');

export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) };
}

export function importFixture(name: string, options?: ImportOptions) {
  return importAll(fixture(name), options);
}
