import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, schemaText } from '../../../scripts/generate-schemas';

describe('committed JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s is what the zod schemas generate (run npm run gen:schema)', (path, build) => {
    const committed = readFileSync(resolve(process.cwd(), path), 'utf8');
    expect(committed).toBe(schemaText(build));
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: expect.stringMatching(/^urn:helloword:/), title: expect.any(String) });
  });

  it('describes the input form: fields with defaults are not required', () => {
    const schema = JSON.parse(readFileSync(resolve(process.cwd(), 'public/schemas/helloword-backup.v1.schema.json'), 'utf8')) as {
      required: string[];
      properties: { data: { properties: { skus: { items: { required: string[]; properties: Record<string, { pattern?: string }> } } } } };
    };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'app', 'data']);
    const sku = schema.properties.data.properties.skus.items;
    expect(sku.required).toEqual(['sku']);
    expect(sku.properties.hsCode?.pattern).toBe('^\\d{6}$');
  });
});
