import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMessagesJson, readLocaleFragments } from '@/lib/i18n/locales';
import { FEATURE_IDS, Marketplace, ReturnActionKind, ReturnReason } from '@/lib/domain/schemas';
import { PageKind } from '@/lib/domain/annotations';

const root = resolve(import.meta.dirname, '../../..');
const fragments = readLocaleFragments(join(root, 'locales'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has every literal t("key") used in the code, in English and Chinese', () => {
    const missing: string[] = [];
    for (const file of ['lib', 'components', 'entrypoints'].flatMap((d) => sourceFiles(join(root, d)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!fragments.has(match[1]!)) missing.push(`${match[1]} (${file.slice(root.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the keys built from enums (pages, features, reasons, actions, approvals)', () => {
    const keys = [
      ...PageKind.options.map((p) => `page_${p}`),
      ...FEATURE_IDS.map((f) => `feature_${f.replaceAll('-', '_')}`),
      ...ReturnReason.options.map((r) => `reason_${r}`),
      ...ReturnActionKind.options.map((a) => `action_${a}`),
      ...['automatic', 'agent', 'supervisor'].map((a) => `approval_${a}`),
      ...['catalogue', 'duties', 'features', 'backup'].map((v) => `view_${v}`),
      ...Marketplace.options.map((m) => `marketplace_${m}`),
    ];
    expect(keys.filter((key) => !fragments.has(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, entry] of fragments) {
      for (const locale of ['en', 'zh_CN'] as const) {
        const used = new Set([...entry[locale].matchAll(/\$([a-z_]+)\$/gi)].map((m) => m[1]!.toLowerCase()));
        const declared = new Set(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()));
        expect([...used].sort(), `${key} (${locale})`).toEqual([...declared].sort());
      }
    }
  });

  it('builds chrome.i18n messages.json for both locales', () => {
    const zh = buildMessagesJson(fragments, 'zh_CN');
    expect(zh.extName?.message).toContain('HelloWord');
    expect(Object.keys(zh).length).toBe(fragments.size);
  });
});
