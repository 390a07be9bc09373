/**
 * Every visible string goes through the browser's i18n (`_locales/en`, `_locales/zh_CN`), which
 * follows the browser's language. A missing message shows its key, never "undefined".
 */
import { browser } from 'wxt/browser';
import type { Explanation } from '../domain/annotations';
import { fractionDigitsOf } from '../domain/countries';

/**
 * getMessage crosses into the extension API on every call (≈ 0.1 ms each in a content script); the
 * health chip and thousands of rows ask for the same few strings, so answers are kept. The UI
 * language cannot change while a page is open.
 */
const cache = new Map<string, string>();
const MAX_CACHED = 2_000;

export function t(key: string, substitutions: readonly (string | number)[] = []): string {
  const id = substitutions.length === 0 ? key : `${key}\u0001${substitutions.join('\u0001')}`;
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  let message: string;
  try {
    // Keys come from locales/*.json, merged at build time, so WXT cannot type them here.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    message = getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(id, message);
  return message;
}

/** Params that hold an enum value are shown by their translated name ("size_fit" → "Size / fit"). */
const ENUM_PARAMS: Record<string, string> = {
  reason: 'reason_',
  action: 'action_',
  approval: 'approval_',
  peakEvent: 'peak_',
  profitComponent: 'profit_component_',
};

/** Params are listed in the order of the message's placeholders (checked by a unit test). */
export function explain(explanation: Explanation): string {
  const values = Object.entries(explanation.params).map(([name, value]) => {
    const prefix = ENUM_PARAMS[name];
    if (!prefix || typeof value !== 'string') return value;
    const translated = t(`${prefix}${value}`);
    return translated === `${prefix}${value}` ? value : translated;
  });
  return t(explanation.code, values);
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

export function prefersChinese(): boolean {
  return uiLanguage().toLowerCase().startsWith('zh');
}

/** Localised name: the Chinese one when the UI is Chinese and one exists. */
export function localName(item: { name: string; nameZh?: string } | { label: string; labelZh?: string }): string {
  const zh = prefersChinese();
  if ('name' in item) return (zh && item.nameZh) || item.name;
  return (zh && item.labelZh) || item.label;
}

/**
 * "1,234.50 EUR". The ISO code is unambiguous when a seller on amazon.com looks at a euro order, and
 * plain formatting spares the page the Intl start-up (≈20 ms the first time on a content script).
 */
export function formatMoney(amount: number, currency: string): string {
  const [whole = '0', fraction] = Math.abs(amount).toFixed(fractionDigitsOf(currency)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''} ${currency}`;
}
