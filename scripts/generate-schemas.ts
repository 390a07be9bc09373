/**
 * Writes the JSON Schemas of the files sellers exchange with HelloWord, generated from the zod
 * schemas so they cannot drift (tests/unit/db/json-schema.test.ts fails when the committed file
 * differs). Run: npm run gen:schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backupJsonSchema } from '../lib/domain/backup';

export const SCHEMA_FILES: Record<string, () => Record<string, unknown>> = {
  'public/schemas/helloword-backup.v1.schema.json': backupJsonSchema,
};

export function schemaText(build: () => Record<string, unknown>): string {
  return `${JSON.stringify(build(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, build] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(path, schemaText(build));
    console.log(`wrote ${path}`);
  }
}
