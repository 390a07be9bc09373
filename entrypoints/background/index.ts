import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { wireComplianceCheck } from '@/lib/background/compliance-check';
import { openWorkspace, type WorkspaceStore } from '@/lib/db/store';
import { isMarketplaceHost } from '@/lib/marketplaces/hosts';
import { dispatchMessage } from '@/lib/messaging/server';

export default defineBackground(() => {
  // Opened on first use and reopened after the worker restarts; IndexedDB is the only state.
  let store: Promise<WorkspaceStore> | undefined;
  const getStore = () => (store ??= openWorkspace().catch((error: unknown) => {
    store = undefined;
    throw error;
  }));

  // F9: daily certificate check (alarm, install, start-up) → badge + notification.
  const complianceCheck = wireComplianceCheck(browser, getStore);

  const handlers = createHandlers({
    complianceCheck,
    store: getStore,
    now: () => new Date(),
    appVersion: browser.runtime.getManifest().version,
    fetchDemo: async () => (await fetch(browser.runtime.getURL('/demo/workspace.json'))).json(),
    openOptions: async (query, hash) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?${query}#${hash}` });
    },
  });
  const policy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isMarketplaceHost,
  };

  browser.runtime.onMessage.addListener((message, sender) => dispatchMessage(message, sender, policy, handlers));
});
