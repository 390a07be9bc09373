import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../lib/db/backup';
import type { WorkspaceStore } from '../../../lib/db/store';
import { parseBackup, type BackupFile } from '../../../lib/domain/backup';
import { findJsonSyntaxError } from '../../../lib/domain/json-locate';
import { FIXED_NOW, openTestWorkspace } from './helpers';
import demoJson from '../../../public/demo/workspace.json';

const demoBackup = (demoJson as unknown as { backup: BackupFile }).backup;
const text = (value: unknown) => JSON.stringify(value, null, 2);
/** 1-based line of the first line containing `needle` at or after line `from`. */
const lineOf = (source: string, needle: string, from = 1) => source.split('\n').findIndex((l, i) => i + 1 >= from && l.includes(needle)) + 1;

let open: WorkspaceStore[] = [];
async function workspace(label: string) {
  const { store } = await openTestWorkspace(label);
  open.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

describe('backup round trip', () => {
  it('restores a file and exports exactly its data again; restoring twice changes nothing', async () => {
    const store = await workspace('roundtrip');
    const parsed = parseBackup(text(demoBackup), 'demo.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    // Replaces, not merges: what the workspace held before is gone.
    await store.putSku({ sku: 'OLD-1', title: 'Not in the file' });
    await store.putTag({ id: 'clearance', label: 'Clearance' });
    await store.saveSettings({ expiringWithinDays: 5 });
    await restoreBackup(store, parsed.backup);
    const once = await exportBackup(store, FIXED_NOW);
    expect(once.data).toEqual(parsed.backup.data);

    await restoreBackup(store, parsed.backup);
    const twice = await exportBackup(store, FIXED_NOW);
    expect(twice).toEqual(once);
    expect(await store.getMeta('lastBackupAt')).toBe(FIXED_NOW.toISOString());
  });

  it('an exported file parses back to itself', async () => {
    const store = await workspace('export-parse');
    await store.putSku({ sku: 'A-1', title: 'Thing', hsCode: '950300' });
    await store.putCases([{ id: 'c1', marketplace: 'ebay', kind: 'return', orderId: '1', source: 'page', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }]);
    const backup = await exportBackup(store, FIXED_NOW, { name: 'HelloWord', version: '9.9.9' });
    expect(backup).toMatchObject({ format: 'helloword-backup', version: 1, exportedAt: '2026-11-21T08:00:00.000Z', app: { version: '9.9.9' } });
    expect(parseBackup(text(backup), 'b.json')).toEqual({ ok: true, backup });
  });
});

describe('bad backup files store nothing and say why, with the line', () => {
  async function expectUntouched(store: WorkspaceStore, before: Awaited<ReturnType<WorkspaceStore['readWorkspace']>>) {
    expect(await store.readWorkspace()).toEqual(before);
  }

  it('not JSON at all', () => {
    const result = parseBackup('{\n  "format": "helloword-backup",\n  "version": 1,\n  oops\n}', 'backup.json');
    expect(result).toEqual({ ok: false, errors: ['backup.json, line 4: this is not valid JSON (column 3: expected a property name in double quotes but found "o").'] });
    expect(parseBackup('', 'empty.json')).toEqual({ ok: false, errors: ['empty.json: the file is empty; it is not a HelloWord backup.'] });
    expect(parseBackup('name,sku\nx,y', 'export.csv')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^export\.csv, line 1: this is not valid JSON/)] });
  });

  it('a truncated file', () => {
    const full = text(demoBackup);
    const cut = full.slice(0, Math.floor(full.length / 2));
    const result = parseBackup(cut, 'backup.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(new RegExp(`^backup\\.json, line ${cut.split('\n').length}: this is not valid JSON \\(.*the file ends too early.*looks truncated\\)\\.$`));
  });

  it('the wrong format or a newer version', () => {
    expect(parseBackup(text({ format: 'something-else', version: 1 }), 'x.json')).toEqual({
      ok: false,
      errors: ['x.json, line 2: this is not a HelloWord backup: "format" is "something-else", expected "helloword-backup".'],
    });
    expect(parseBackup(text([1, 2]), 'x.json')).toMatchObject({ ok: false, errors: [expect.stringContaining('this is not a HelloWord backup')] });
    expect(parseBackup(text(demoJson), 'workspace.json')).toMatchObject({ ok: false, errors: [expect.stringContaining('use "Load demo" instead')] });
    expect(parseBackup(text({ ...demoBackup, version: 2 }), 'x.json')).toEqual({
      ok: false,
      errors: ['x.json, line 3: the backup was written by a newer HelloWord (backup version 2); this version reads version 1. Update the extension, then restore again.'],
    });
    expect(parseBackup(text({ ...demoBackup, version: '1' }), 'x.json')).toMatchObject({ ok: false, errors: ['x.json, line 3: backup version "1" is not supported; expected 1.'] });
  });

  it('one invalid SKU: the error names data.skus[1].hsCode and its line, and nothing is stored', async () => {
    const store = await workspace('bad-sku');
    const before = await store.readWorkspace();
    const broken = structuredClone(demoBackup);
    broken.data.skus[1] = { ...broken.data.skus[1]!, hsCode: '62A4' };
    const source = text(broken);
    const result = parseBackup(source, 'backup.json');
    const line = lineOf(source, '"hsCode": "62A4"');
    expect(line).toBeGreaterThan(1);
    expect(result).toEqual({ ok: false, errors: [`backup.json, line ${line}: data.skus[1].hsCode must be a 6-digit HS code (found "62A4").`] });

    // Even handed to restore directly (skipping the parser), the invalid data stores nothing.
    await expect(restoreBackup(store, broken)).rejects.toThrow(/data\.skus\[1\]\.hsCode must be a 6-digit HS code/);
    await expectUntouched(store, before);
  });

  it('a missing field is reported at the object that lacks it', () => {
    const broken = structuredClone(demoBackup) as unknown as { data: { warehouses: Record<string, unknown>[] } };
    expect(broken.data.warehouses[2]?.id).toBe('wh-jp-chiba');
    delete broken.data.warehouses[2]!.address;
    const source = text(broken);
    // The object's opening brace is the line above its first field.
    const objectLine = lineOf(source, '"id": "wh-jp-chiba"') - 1;
    expect(parseBackup(source, 'b.json')).toEqual({ ok: false, errors: [`b.json, line ${objectLine}: data.warehouses[2].address is missing.`] });
  });

  it('two records with the same key are refused rather than collapsed', () => {
    const broken = structuredClone(demoBackup);
    broken.data.skus[3]!.sku = broken.data.skus[0]!.sku;
    const source = text(broken);
    const line = lineOf(source, '"sku": "HW-DRESS-COT-M"', lineOf(source, '"sku": "HW-GADGET-PEELER"', lineOf(source, '"skus": [')));
    expect(parseBackup(source, 'b.json')).toEqual({
      ok: false,
      errors: [`b.json, line ${line}: data.skus[3].sku repeats the key of skus[0] (found "HW-DRESS-COT-M").`],
    });
  });

  it('a byte-order mark is not an error', () => {
    expect(parseBackup(`\uFEFF${text(demoBackup)}`, 'b.json').ok).toBe(true);
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is JSON', () => {
    const samples = ['{}', '[1, 2.5e3, -0, "a\\u00e9\\n", true, null]', '{"a": {"b": []}}', '{"a": 1,}', '[01]', '"\t"', '{"a" 1}', '[1 2]', 'nul', '"abc', '{"a": "\\x"}'];
    for (const sample of samples) {
      let valid = true;
      try {
        JSON.parse(sample);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(sample) === null, sample).toBe(valid);
    }
  });
});
