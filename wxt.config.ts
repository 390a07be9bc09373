import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { UI_LOCALES, buildMessagesJson, readLocaleFragments } from './lib/i18n/locales';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: auto-imported names made module order depend on identifier names.
  imports: false,
  // HW_OUT_DIR lets two builds (e.g. two engineers' e2e runs) live side by side; tests read the same variable.
  outDir: process.env.HW_OUT_DIR || '.output',
  // HW_UNMINIFIED=1 keeps function names for profiling (tests/bench/profile-content-script.ts).
  vite: () => (process.env.HW_UNMINIFIED ? { build: { minify: false } } : {}),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; unlimitedStorage keeps large imported histories from being evicted.
    permissions: ['unlimitedStorage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: { id: 'helloword@helloword.app', strict_min_version: '128.0' },
    },
  },
  hooks: {
    // UI strings are kept as per-area fragments (locales/*.json) and merged into _locales here.
    'build:publicAssets': (_wxt, files) => {
      const fragments = readLocaleFragments(resolve(import.meta.dirname, 'locales'));
      for (const locale of UI_LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(buildMessagesJson(fragments, locale), null, 1),
        });
      }
    },
  },
});
