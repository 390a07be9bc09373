/**
 * UI strings live in `locales/*.json` fragments, one per area, with every language side by side:
 *   { "key": { "en": "Expires in $days$ days", "zh_CN": "$days$ 天后到期",
 *              "placeholders": { "days": { "content": "$1" } } } }
 * so a string cannot be added in one language and forgotten in the other. At build time they are
 * merged into the browser's `_locales/<lang>/messages.json` format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const UI_LOCALES = ['en', 'zh_CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

interface FragmentEntry {
  en: string;
  zh_CN: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function readLocaleFragments(dir: string): Map<string, FragmentEntry> {
  const merged = new Map<string, FragmentEntry>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, FragmentEntry>;
    for (const [key, entry] of Object.entries(entries)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`${file}: message key "${key}" may only use A-Z, a-z, 0-9 and _`);
      if (merged.has(key)) throw new Error(`${file}: message key "${key}" is defined twice`);
      for (const locale of UI_LOCALES) {
        if (typeof entry[locale] !== 'string' || entry[locale] === '') {
          throw new Error(`${file}: message "${key}" has no ${locale} text`);
        }
      }
      merged.set(key, entry);
    }
  }
  return merged;
}

export function buildMessagesJson(fragments: Map<string, FragmentEntry>, locale: UiLocale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, entry] of fragments) {
    out[key] = {
      message: entry[locale],
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.placeholders ? { placeholders: entry.placeholders } : {}),
    };
  }
  return out;
}
