// Unit tests run in happy-dom with an in-memory IndexedDB and WXT's fake browser, whose i18n is
// given the real English messages (merged from locales/*.json as at build time), so UI code under
// test shows the text a seller would see.
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildMessagesJson, readLocaleFragments } from '../../lib/i18n/locales';

const messages = buildMessagesJson(readLocaleFragments(resolve(import.meta.dirname, '../../locales')), 'en');

/** chrome.i18n.getMessage: "$name$" → its placeholder's "$n" → the n-th substitution. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name];
  if (!message) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, placeholder: string) => {
    const content = message.placeholders?.[placeholder]?.content ?? message.placeholders?.[placeholder.toLowerCase()]?.content;
    const index = content ? Number(/^\$(\d)$/.exec(content)?.[1]) : NaN;
    return Number.isNaN(index) ? whole : (subs[index - 1] ?? '');
  });
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
