/**
 * The daily certificate check with fakes for the extension API and a real (fake-indexeddb) store:
 * badge, one notification per certificate per day, the memory in the meta store, the alarm and
 * notification-click wiring, and the re-check after a certificate edit.
 */
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_ALARM,
  COMPLIANCE_NOTIFICATION_ID,
  createComplianceChecker,
  registerComplianceCheck,
  type ComplianceCheckApi,
  type ComplianceCheckDeps,
} from '../../../lib/background/compliance-check';
import { complianceHandlers } from '../../../lib/background/compliance-handlers';
import { createHandlers, type BackgroundDeps } from '../../../lib/background/handlers';
import type { WorkspaceStore } from '../../../lib/db/store';
import { t } from '../../../lib/i18n/t';
import { openTestWorkspace } from '../db/helpers';

/** The local calendar date is what counts: noon keeps it the same day in every time zone the tests run in. */
const NOON = (date: string) => new Date(`${date}T12:00:00`);

async function setup(today = '2026-11-21') {
  const { store } = await openTestWorkspace('compliance-check');
  const notifications: { id: string; title: string; message: string }[] = [];
  const badges: string[] = [];
  let now = NOON(today);
  const deps: ComplianceCheckDeps = {
    store: async () => store,
    now: () => now,
    message: (key, subs) => t(key, subs ?? []),
    notify: async (id, content) => void notifications.push({ id, ...content }),
    setBadge: async (text) => void badges.push(text),
  };
  return { store, notifications, badges, deps, checker: createComplianceChecker(deps), setToday: (d: string) => (now = NOON(d)) };
}

const certificate = (id: string, expiresOn: string | undefined, extra: object = {}) => ({
  id,
  kind: 'CE',
  number: `DOC-${id}`,
  markets: ['EU'],
  covers: { models: ['BT10'] },
  ...(expiresOn && { expiresOn }),
  ...extra,
});

async function seed(store: WorkspaceStore, ...certs: object[]) {
  for (const c of certs) await store.putCertificate(c);
}

describe('createComplianceChecker', () => {
  it('sets the badge and raises one localised notification for certificates expiring within 30 days or expired', async () => {
    const { store, checker, notifications, badges } = await setup();
    await seed(store, certificate('soon', '2026-12-21'), certificate('gone', '2026-11-01', { kind: 'RoHS' }), certificate('later', '2026-12-22'), certificate('forever', undefined));
    const result = await checker.run();
    expect(result).toMatchObject({ today: '2026-11-21', badgeText: '2', notified: 2 });
    expect(badges).toEqual(['2']);
    expect(notifications).toEqual([
      {
        id: COMPLIANCE_NOTIFICATION_ID,
        title: 'HelloWord: 2 certificate(s) need attention',
        message: 'RoHS DOC-gone expired 20 days ago (2026-11-01)\nCE DOC-soon expires in 30 days (2026-12-21)',
      },
    ]);
    expect(await store.getMeta('complianceNotified')).toEqual({ date: '2026-11-21', ids: ['gone', 'soon'] });
  });

  it('does not notify twice on the same day, but keeps the badge right; notifies again the next day', async () => {
    const { store, checker, notifications, badges, setToday } = await setup();
    await seed(store, certificate('soon', '2026-12-01'));
    await checker.run();
    await checker.run();
    expect(notifications).toHaveLength(1);
    expect(badges).toEqual(['1', '1']);
    setToday('2026-11-22');
    await checker.run();
    expect(notifications).toHaveLength(2);
  });

  it('runs started together do not both notify', async () => {
    const { store, checker, notifications } = await setup();
    await seed(store, certificate('soon', '2026-12-01'));
    await Promise.all([checker.run(), checker.run(), checker.run()]);
    expect(notifications).toHaveLength(1);
  });

  it('clears the badge and stays silent when nothing expires within the window', async () => {
    const { store, checker, notifications, badges } = await setup();
    await seed(store, certificate('later', '2027-06-01'));
    expect(await checker.run()).toMatchObject({ badgeText: '', notified: 0, attention: [] });
    expect(badges).toEqual(['']);
    expect(notifications).toEqual([]);
  });

  it('a fixed date replaces the clock for one run (the e2e test and "as of" checks)', async () => {
    const { store, checker, notifications } = await setup('2026-01-01');
    await seed(store, certificate('c', '2031-03-10'));
    expect((await checker.run()).notified).toBe(0);
    const result = await checker.run({ today: '2031-02-20' });
    expect(result).toMatchObject({ today: '2031-02-20', badgeText: '1', notified: 1 });
    expect(notifications[0]!.message).toBe('CE DOC-c expires in 18 days (2031-03-10)');
  });

  it('follows the seller\'s window setting; a damaged memory means "nothing notified yet"', async () => {
    const { store, checker } = await setup();
    await store.saveSettings({ expiringWithinDays: 60 });
    await seed(store, certificate('c', '2027-01-10'));
    await store.setMeta('complianceNotified', { date: 'yesterday', ids: 'all' } as never);
    expect(await checker.run()).toMatchObject({ badgeText: '1', notified: 1 });
  });
});

function fakeApi() {
  const listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  const on = (name: string) => ({ addListener: (l: (arg: never) => void) => void (listeners[name] ??= []).push(l as (arg?: unknown) => void) });
  const alarms = new Map<string, object>();
  const tabs: string[] = [];
  const api: ComplianceCheckApi = {
    alarms: {
      get: async (name) => alarms.get(name),
      create: (name, info) => void alarms.set(name, info),
      onAlarm: on('alarm'),
    },
    notifications: { onClicked: on('click') },
    runtime: { onInstalled: on('installed'), onStartup: on('startup'), getURL: (path) => `chrome-extension://id${path}` },
    tabs: { create: async ({ url }) => void tabs.push(url) },
  };
  const fire = async (name: string, arg?: unknown) => {
    for (const l of listeners[name] ?? []) l(arg);
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { api, alarms, tabs, fire };
}

describe('registerComplianceCheck', () => {
  it('install and start-up run the check and keep one daily alarm; the alarm runs it again', async () => {
    const { store, checker, badges } = await setup();
    await seed(store, certificate('soon', '2026-12-01'));
    const { api, alarms, fire } = fakeApi();
    registerComplianceCheck(api, checker);
    await fire('installed');
    expect(alarms.get(COMPLIANCE_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: 1440 });
    expect(badges).toEqual(['1']);
    alarms.set(COMPLIANCE_ALARM, { kept: true });
    await fire('startup');
    expect(alarms.get(COMPLIANCE_ALARM)).toEqual({ kept: true });
    await fire('alarm', { name: 'something-else' });
    expect(badges).toHaveLength(2);
    await fire('alarm', { name: COMPLIANCE_ALARM });
    expect(badges).toHaveLength(3);
  });

  it('clicking the notification opens the Compliance view; other notifications are left alone', async () => {
    const { checker } = await setup();
    const { api, tabs, fire } = fakeApi();
    registerComplianceCheck(api, checker);
    await fire('click', 'someone-else');
    await fire('click', COMPLIANCE_NOTIFICATION_ID);
    expect(tabs).toEqual(['chrome-extension://id/options.html#compliance']);
  });
});

describe('complianceHandlers', () => {
  async function handlers() {
    const env = await setup();
    const deps = { store: async () => env.store, now: () => NOON('2026-11-21'), complianceCheck: env.checker } as unknown as BackgroundDeps;
    return { ...env, h: complianceHandlers(deps) };
  }

  it('saving a certificate re-runs the check, so the badge is right at once; deleting clears it', async () => {
    const { h, badges } = await handlers();
    expect(await h.saveCertificate({ certificate: certificate('soon', '2026-12-01') })).toEqual({ ok: true, id: 'soon' });
    expect(badges).toEqual(['1']);
    await h.deleteCertificate({ id: 'soon' });
    expect(badges).toEqual(['1', '']);
  });

  it('answers bad fields in plain words and keeps ids unique', async () => {
    const { h } = await handlers();
    const bad = await h.saveCertificate({ certificate: { ...certificate('x', '2026-12-01'), markets: ['Europe'] } });
    expect(bad).toEqual({ ok: false, problems: [{ path: 'markets[0]', message: 'must be EU or a two-letter country code', found: '"Europe"' }] });
    await h.saveCertificate({ certificate: certificate('x', '2026-12-01') });
    expect(await h.saveCertificate({ certificate: certificate('x', '2027-12-01') })).toMatchObject({ ok: false, problems: [{ path: 'id' }] });
    expect(await h.saveCertificate({ certificate: certificate('x', '2027-12-01'), previousId: 'x' })).toEqual({ ok: true, id: 'x' });
  });

  it('rules: an unknown category is refused, a good rule is stored and listed', async () => {
    const { h } = await handlers();
    const rule = { id: 'rule-jp-toys', market: 'JP', categoryId: 'toys', requires: [{ kind: 'ST' }], source: 'Japan Toy Association ST mark' };
    expect(await h.saveComplianceRule({ rule: { ...rule, categoryId: 'nope' } })).toMatchObject({ ok: false, problems: [{ path: 'categoryId' }] });
    expect(await h.saveComplianceRule({ rule })).toEqual({ ok: true, id: 'rule-jp-toys' });
    const workspace = await h.getComplianceWorkspace();
    expect(workspace.rules.find((r) => r.id === 'rule-jp-toys')).toMatchObject({ market: 'JP', enabled: true });
    expect(workspace.today).toBe('2026-11-21');
  });
});

describe('the badge follows a replaced workspace', () => {
  it('clearing the workspace re-runs the check and clears the badge', async () => {
    const env = await setup();
    await seed(env.store, certificate('soon', '2026-12-01'));
    await env.checker.run();
    const handlers = createHandlers({
      store: async () => env.store,
      now: () => NOON('2026-11-21'),
      fetchDemo: async () => ({}),
      openOptions: async () => undefined,
      appVersion: 'test',
      complianceCheck: env.checker,
    });
    await handlers.clearWorkspace({}, { kind: 'extension-page' });
    expect(env.badges).toEqual(['1', '']);
  });
});
