/**
 * The daily certificate check (F9) in the background: once a day (an alarm), at install and browser
 * start, after every certificate change and on "Check now", it counts the certificates expired or
 * expiring within the seller's window, puts that count on the toolbar badge and raises one browser
 * notification for the ones not yet notified today. Everything it touches is injected, so the unit
 * tests run it against fakes and a fixed date.
 *
 * What was notified is kept in the workspace's meta store (IndexedDB), not chrome.storage: it
 * needs no extra permission, survives the worker being stopped, and lives beside the certificates
 * it speaks of.
 */
import { localIsoDate } from '../domain/demo';
import { ComplianceNotified, planComplianceCheck, type CertificateAttention } from '../domain/compliance-registry';
import type { WorkspaceStore } from '../db/store';
import { t } from '../i18n/t';

export const COMPLIANCE_ALARM = 'helloword-compliance-daily';
export const COMPLIANCE_NOTIFICATION_ID = 'helloword-compliance';
export const COMPLIANCE_VIEW_PATH = '/options.html#compliance';
const DAY_MINUTES = 24 * 60;

export interface ComplianceCheckResult {
  today: string;
  attention: CertificateAttention[];
  badgeText: string;
  /** How many certificates this run notified (0: nothing new today). */
  notified: number;
}

export interface ComplianceCheckDeps {
  store: () => Promise<Pick<WorkspaceStore, 'listCertificates' | 'getSettings' | 'getMeta' | 'setMeta'>>;
  now: () => Date;
  /** Localised message by key (browser.i18n.getMessage in the extension). */
  message: (key: string, substitutions?: string[]) => string;
  notify: (id: string, content: { title: string; message: string }) => Promise<void>;
  setBadge: (text: string) => Promise<void>;
}

/** "CE DOC-1 — expires in 12 days (2026-12-03)" / "… — expired 20 days ago (…)". */
function line(cert: CertificateAttention, message: ComplianceCheckDeps['message']): string {
  const what = [cert.kind, cert.number].filter(Boolean).join(' ');
  return cert.expired
    ? message('compliance_notify_line_expired', [what, String(-cert.daysLeft), cert.expiresOn])
    : message('compliance_notify_line_expiring', [what, String(cert.daysLeft), cert.expiresOn]);
}

export function notificationContent(certs: readonly CertificateAttention[], message: ComplianceCheckDeps['message']): { title: string; message: string } {
  const shown = certs.slice(0, 3).map((c) => line(c, message));
  if (certs.length > shown.length) shown.push(message('compliance_notify_more', [String(certs.length - shown.length)]));
  return { title: message('compliance_notify_title', [String(certs.length)]), message: shown.join('\n') };
}

/**
 * A checker whose runs never overlap (install, start-up and a message can arrive together): a run
 * reads what the previous one stored, so one certificate is never notified twice in a day.
 */
export function createComplianceChecker(deps: ComplianceCheckDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  async function runOnce(options: { today?: string | undefined }): Promise<ComplianceCheckResult> {
    const store = await deps.store();
    const today = options.today ?? localIsoDate(deps.now());
    const [certificates, settings, stored] = await Promise.all([store.listCertificates(), store.getSettings(), store.getMeta('complianceNotified')]);
    // A memory that does not parse is treated as "nothing notified yet": at worst one extra notification.
    const previous = ComplianceNotified.safeParse(stored);
    const plan = planComplianceCheck({
      certificates,
      today,
      withinDays: settings.expiringWithinDays,
      previouslyNotified: previous.success ? previous.data : undefined,
    });
    await deps.setBadge(plan.badgeText);
    if (plan.notify.length > 0) {
      await deps.notify(COMPLIANCE_NOTIFICATION_ID, notificationContent(plan.notify, deps.message));
      await store.setMeta('complianceNotified', plan.notified);
    }
    return { today, attention: plan.attention, badgeText: plan.badgeText, notified: plan.notify.length };
  }
  return {
    run(options: { today?: string | undefined } = {}): Promise<ComplianceCheckResult> {
      const next = queue.then(() => runOnce(options));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** The slice of the extension API the check is wired to (browser.* in the worker, fakes in tests). */
export interface ComplianceCheckApi {
  alarms: {
    get: (name: string) => Promise<unknown>;
    create: (name: string, info: { delayInMinutes?: number; periodInMinutes?: number }) => unknown;
    onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => void };
  };
  notifications: { onClicked: { addListener: (listener: (id: string) => void) => void } };
  runtime: {
    onInstalled: { addListener: (listener: () => void) => void };
    onStartup: { addListener: (listener: () => void) => void };
    // Method syntax: WXT types getURL with the build's own path list.
    getURL(path: string): string;
  };
  tabs: { create: (props: { url: string }) => Promise<unknown> };
}

/**
 * Registers the listeners (synchronously, as an MV3 worker must at start) and keeps one daily
 * alarm: created when missing, never reset, so restarts do not push the check further away.
 */
export function registerComplianceCheck(api: ComplianceCheckApi, checker: ReturnType<typeof createComplianceChecker>, onError: (error: unknown) => void = console.warn): void {
  const run = () => void checker.run().catch(onError);
  const ensureAlarm = async () => {
    if (!(await api.alarms.get(COMPLIANCE_ALARM))) await api.alarms.create(COMPLIANCE_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  };
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === COMPLIANCE_ALARM) run();
  });
  api.notifications.onClicked.addListener((id) => {
    if (id === COMPLIANCE_NOTIFICATION_ID) void api.tabs.create({ url: api.runtime.getURL(COMPLIANCE_VIEW_PATH) }).catch(onError);
  });
  const onStart = () => {
    void ensureAlarm().catch(onError);
    run();
  };
  api.runtime.onInstalled.addListener(onStart);
  api.runtime.onStartup.addListener(onStart);
}

/** Everything the check needs from the extension API: `browser` in the worker. */
export interface ComplianceBrowser extends ComplianceCheckApi {
  notifications: ComplianceCheckApi['notifications'] & {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number }): Promise<string>;
  };
  action: {
    setBadgeText: (details: { text: string }) => Promise<void>;
    setBadgeBackgroundColor: (details: { color: string }) => Promise<void>;
  };
}

/** Builds the checker on the real API and registers its listeners; returns it for the message handlers. */
export function wireComplianceCheck(api: ComplianceBrowser, store: ComplianceCheckDeps['store']): ReturnType<typeof createComplianceChecker> {
  const checker = createComplianceChecker({
    store,
    now: () => new Date(),
    message: (key, substitutions) => t(key, substitutions),
    notify: async (id, { title, message }) => {
      await api.notifications.create(id, { type: 'basic', iconUrl: api.runtime.getURL('/icon/128.png'), title, message, priority: 1 });
    },
    setBadge: async (text) => {
      await api.action.setBadgeBackgroundColor({ color: '#b3261e' });
      await api.action.setBadgeText({ text });
    },
  });
  registerComplianceCheck(api, checker);
  return checker;
}
