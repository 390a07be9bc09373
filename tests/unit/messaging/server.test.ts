import { DEFAULT_PURCHASING_SETTINGS } from '@/lib/domain/purchasing-settings';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender, dispatchMessage, type Handlers, type SenderPolicy } from '@/lib/messaging/server';

const policy: SenderPolicy = {
  extensionId: 'abcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnop/',
  isMarketplaceHost: (host) => host === 'sellercentral.amazon.com',
};

const fromOptions: Runtime.MessageSender = { id: policy.extensionId, url: 'chrome-extension://abcdefghijklmnop/options.html' };
const fromContent: Runtime.MessageSender = {
  id: policy.extensionId,
  url: 'https://sellercentral.amazon.com/orders-v3',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

const settings = { features: {}, expiringWithinDays: 30, iossThresholdEur: 150, shipWithinHours: 24, stalledTrackingDays: 7, classifierKeywords: {}, sellerName: '', agentName: '', replyDeadlineHours: {}, purchasing: DEFAULT_PURCHASING_SETTINGS, profit: { listings: [], commissionRates: [] } };
const handlers = {
  getSettings: async () => settings,
  clearWorkspace: async () => ({ cleared: true }),
  annotateRows: async () => ({ rows: [{ key: 'k', sku: { known: 'yes' } }] }),
} as unknown as Handlers;

describe('classifySender', () => {
  it('tells extension pages from content scripts on marketplace hosts', () => {
    expect(classifySender(fromOptions, policy)).toBe('extension-page');
    expect(classifySender(fromContent, policy)).toBe('content-script');
  });

  it('refuses other extensions, other hosts and plain http', () => {
    expect(classifySender({ ...fromOptions, id: 'someone-else' }, policy)).toBeNull();
    expect(classifySender({ ...fromContent, url: 'https://evil.example/orders-v3' }, policy)).toBeNull();
    expect(classifySender({ ...fromContent, url: 'http://sellercentral.amazon.com/' }, policy)).toBeNull();
    expect(classifySender({ id: policy.extensionId }, policy)).toBeNull();
  });
});

describe('dispatchMessage', () => {
  it('answers a valid request from an allowed sender', async () => {
    const reply = await dispatchMessage({ hw: 1, name: 'getSettings', payload: {} }, fromContent, policy, handlers);
    expect(reply).toEqual({ ok: true, data: settings });
  });

  it('ignores messages that are not ours', async () => {
    expect(await dispatchMessage({ type: 'other' }, fromContent, policy, handlers)).toBeUndefined();
  });

  it('keeps workspace-wide actions away from content scripts', async () => {
    const reply = await dispatchMessage({ hw: 1, name: 'clearWorkspace', payload: {} }, fromContent, policy, handlers);
    expect(reply).toEqual({ ok: false, error: '"clearWorkspace" is not allowed from content-script' });
    const allowed = await dispatchMessage({ hw: 1, name: 'clearWorkspace', payload: {} }, fromOptions, policy, handlers);
    expect(allowed).toEqual({ ok: true, data: { cleared: true } });
  });

  it('rejects a malformed request with the field that is wrong', async () => {
    const reply = await dispatchMessage(
      { hw: 1, name: 'annotateRows', payload: { marketplace: 'amazon', page: 'ordersList', rows: [{ key: '' }] } },
      fromContent,
      policy,
      handlers,
    );
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toMatch(/rows\.0\.key/);
  });

  it('refuses to pass on an invalid answer from a handler', async () => {
    const reply = await dispatchMessage({ hw: 1, name: 'annotateRows', payload: { marketplace: 'amazon', page: 'ordersList', rows: [] } }, fromContent, policy, handlers);
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toMatch(/invalid answer/);
  });

  it('names unknown messages', async () => {
    expect(await dispatchMessage({ hw: 1, name: 'dropTables', payload: {} }, fromOptions, policy, handlers)).toEqual({
      ok: false,
      error: 'Unknown message "dropTables"',
    });
  });
});
