import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; unlimitedStorage keeps large imported histories from being evicted.
    permissions: ['unlimitedStorage'],
    browser_specific_settings: {
      gecko: { id: 'helloword@helloword.app', strict_min_version: '128.0' },
    },
  },
});
