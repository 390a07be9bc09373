/**
 * The options page's Compliance view (F9, F27) in the production build, on the demo workspace: the
 * SKU × market matrix with its missing, expiring and mismatched cells and their reasons; filters;
 * editing a certificate from a cell (a bad field named beside it, then the cell turning "in order");
 * and the daily check: its notification and toolbar badge read from the extension's own service
 * worker.
 *
 * Fixed clock: the check's `today` can be given in the runComplianceCheck message, which only the
 * extension's own pages may send (the background's sender policy refuses it from content scripts
 * and other extensions); it replaces the clock for that one run. The test adds a certificate that
 * expires 18 days after its fixed date 2020-01-01 — a date on which every demo certificate (moved
 * to the real "today" on load) is still years from expiry — so exactly one certificate is due.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';

let harness: Harness;

before(async () => {
  harness = await launchExtension();
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

async function openCompliance(): Promise<Page> {
  const page = await harness.openExtensionPage('options.html#compliance');
  await page.locator('[data-testid="compliance-matrix"]').waitFor({ timeout: 15_000 });
  return page;
}

const cell = (page: Page, sku: string, market: string) => page.locator(`[data-testid="compliance-matrix"] tr[data-sku="${sku}"] td[data-market="${market}"]`);

/** What the service worker itself reports: the notifications it shows and the toolbar badge. */
async function workerState(): Promise<{ notifications: string[]; badge: string }> {
  const worker = harness.context.serviceWorkers()[0] ?? harness.worker;
  type Chrome = {
    chrome: { notifications: { getAll: () => Promise<Record<string, boolean>> }; action: { getBadgeText: (d: object) => Promise<string> } };
  };
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    return { notifications: Object.keys(await chrome.notifications.getAll()), badge: await chrome.action.getBadgeText({}) };
  });
}

async function waitForWorker(predicate: (state: { notifications: string[]; badge: string }) => boolean): Promise<{ notifications: string[]; badge: string }> {
  let state = await workerState();
  for (let i = 0; i < 50 && !predicate(state); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await workerState();
  }
  return state;
}

const isoDaysFromNow = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('Compliance view', () => {
  it('shows the matrix with missing, expiring, expired and mismatched cells and why', async () => {
    const page = await openCompliance();
    assert.equal(await page.title(), 'HelloWord — Compliance');
    // The bear has CE and EN 71 for the EU but no CPC for the US.
    assert.equal(await cell(page, 'HW-PLUSH-BEAR', 'US').getAttribute('data-status'), 'missing');
    assert.match(await cell(page, 'HW-PLUSH-BEAR', 'US').innerText(), /CPC missing for US/);
    assert.equal(await cell(page, 'HW-PLUSH-BEAR', 'EU').getAttribute('data-status'), 'ok');
    // The speaker's CE expires in 12 days (accepted in GB); its RoHS expired 20 days ago (EU).
    assert.equal(await cell(page, 'HW-SPK-BT10', 'GB').getAttribute('data-status'), 'expiring');
    assert.match(await cell(page, 'HW-SPK-BT10', 'GB').innerText(), /CE certificate expires in 12 days/);
    assert.equal(await cell(page, 'HW-SPK-BT10', 'EU').getAttribute('data-status'), 'expired');
    // The lamp's CE names model DK1, not DK2 (F27): a mismatch in GB (CE accepted there), and in the
    // EU beside its missing RoHS, which decides the cell.
    assert.equal(await cell(page, 'HW-LAMP-DK2', 'GB').getAttribute('data-status'), 'mismatch');
    assert.match(await cell(page, 'HW-LAMP-DK2', 'GB').innerText(), /names neither this SKU nor model DK2/);
    assert.equal(await cell(page, 'HW-LAMP-DK2', 'EU').getAttribute('data-status'), 'missing');
    assert.match(await cell(page, 'HW-LAMP-DK2', 'EU').innerText(), /RoHS missing for EU[\s\S]*names neither this SKU nor model DK2/);
    // The registry shows the states as chips.
    assert.equal(await page.locator('[data-testid="compliance-certificates"] tr[data-certificate-id="cert-spk-rohs"]').getAttribute('data-state'), 'expired');
    assert.equal(await page.locator('[data-testid="compliance-certificates"] tr[data-certificate-id="cert-spk-ce"]').getAttribute('data-state'), 'expiring');
    // The rules show where each comes from.
    assert.match(await page.locator('[data-testid="compliance-rules"] tr[data-rule-id="eu-toys"]').innerText(), /requirements-matrix\.md/);
    await page.close();
  });

  it('the warning window is a setting: at 10 days the CE due in 12 is no longer "expiring", and the badge follows', async () => {
    const page = await openCompliance();
    const window = page.getByLabel('Warn this many days before a certificate expires');
    await window.fill('10');
    await page.locator('.compliance-window button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('tr[data-sku="HW-SPK-BT10"] td[data-market="GB"]')?.getAttribute('data-status') === 'ok');
    assert.equal((await waitForWorker((s) => s.badge === '1')).badge, '1');
    await window.fill('400');
    await page.locator('.compliance-window button[type="submit"]').click();
    assert.match(await page.locator('#compliance-window-error').innerText(), /whole number of days from 1 to 365/);
    await window.fill('30');
    await page.locator('.compliance-window button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('tr[data-sku="HW-SPK-BT10"] td[data-market="GB"]')?.getAttribute('data-status') === 'expiring');
    assert.equal((await waitForWorker((s) => s.badge === '2')).badge, '2');
    await page.close();
  });

  it('filters by status, market and text', async () => {
    const page = await openCompliance();
    await page.locator('.compliance-filters select[name="status"]').selectOption('expiring');
    assert.deepEqual(await page.locator('[data-testid="compliance-matrix"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sku'))), ['HW-SPK-BT10']);
    await page.locator('.compliance-filters select[name="market"]').selectOption('US');
    assert.equal(await page.locator('[data-testid="compliance-matrix"]').count(), 0);
    assert.match(await page.locator('.compliance .empty').first().innerText(), /No SKU matches/);
    await page.locator('.compliance-filters select[name="status"]').selectOption('missing');
    assert.deepEqual(await page.locator('[data-testid="compliance-matrix"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sku'))), ['HW-PLUSH-BEAR']);
    assert.equal(await page.locator('[data-testid="compliance-matrix"] thead th').count(), 2);
    await page.locator('.compliance-filters select[name="status"]').selectOption('');
    await page.locator('.compliance-filters select[name="market"]').selectOption('');
    await page.locator('.compliance-filters input[type="search"]').fill('lamp');
    assert.deepEqual(await page.locator('[data-testid="compliance-matrix"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sku'))), ['HW-LAMP-DK2']);
    await page.close();
  });

  it('edits a certificate from its cell: a bad field is named beside it, the fix turns the cell "in order"', async () => {
    const page = await openCompliance();
    await cell(page, 'HW-SPK-BT10', 'GB').locator('[data-action="edit-certificate"][data-certificate-id="cert-spk-ce"]').click();
    const form = page.locator('[data-testid="compliance-cert-form"]');
    await form.waitFor();
    await form.getByLabel('Markets').fill('Europe, GB');
    await form.getByLabel('Valid until').fill(isoDaysFromNow(400));
    await form.getByRole('button', { name: 'Save' }).click();
    const error = form.locator('[data-field="markets"] .compliance-field-error');
    await error.waitFor();
    assert.match(await error.innerText(), /must be EU or a two-letter country code/);
    assert.equal(await form.getByLabel('Markets').getAttribute('aria-invalid'), 'true');

    await form.getByLabel('Markets').fill('EU, GB');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-testid="compliance-saved"]').waitFor();
    assert.match(await page.locator('[data-testid="compliance-saved"]').innerText(), /cert-spk-ce saved/);
    await page.waitForFunction(() => document.querySelector('tr[data-sku="HW-SPK-BT10"] td[data-market="GB"]')?.getAttribute('data-status') === 'ok');
    // The re-check after the edit: only the expired RoHS is left for the badge.
    assert.equal((await waitForWorker((s) => s.badge === '1')).badge, '1');
    await page.close();
  });

  it('"Check now" notifies and sets the badge; a fixed clock shows the certificate due in 18 days', async () => {
    const page = await openCompliance();
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.locator('[data-testid="compliance-check-result"]').waitFor();
    assert.match(await page.locator('[data-testid="compliance-check-result"]').innerText(), /1 certificate\(s\) expired or expiring/);
    const real = await waitForWorker((s) => s.notifications.includes('helloword-compliance'));
    assert.deepEqual(real, { notifications: ['helloword-compliance'], badge: '1' });

    // A certificate added through the form, due 18 days after the fixed date.
    await page.locator('.compliance [data-action="add-certificate"]').last().click();
    const form = page.locator('[data-testid="compliance-cert-form"]');
    await form.getByLabel('Kind').fill('UKCA');
    await form.getByLabel('Markets').fill('GB');
    await form.getByLabel('Number').fill('UKCA-E2E-18');
    await form.getByLabel('Models covered (one per line)').fill('BT10');
    await form.getByLabel('Valid until').fill('2020-01-19');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-testid="compliance-saved"]').waitFor();

    // Clear what the real-clock runs showed, so what follows can only come from the fixed-clock run.
    const worker = harness.context.serviceWorkers()[0] ?? harness.worker;
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { notifications: { clear: (id: string) => Promise<boolean> } } };
      await chrome.notifications.clear('helloword-compliance');
    });
    assert.deepEqual((await workerState()).notifications, []);

    type Runtime = { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };
    const reply = (await page.evaluate(
      () => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: 'runComplianceCheck', payload: { today: '2020-01-01' } }),
    )) as { ok: boolean; data: { attention: { number: string; daysLeft: number }[]; badgeText: string; notified: number } };
    assert.ok(reply.ok);
    assert.deepEqual(reply.data.attention.map((c) => [c.number, c.daysLeft]), [['UKCA-E2E-18', 18]]);
    assert.equal(reply.data.notified, 1);
    const fixed = await waitForWorker((s) => s.notifications.includes('helloword-compliance'));
    assert.deepEqual(fixed, { notifications: ['helloword-compliance'], badge: '1' });

    // Asked again for the same day: the badge stays, no second notification.
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { notifications: { clear: (id: string) => Promise<boolean> } } };
      await chrome.notifications.clear('helloword-compliance');
    });
    const again = (await page.evaluate(
      () => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: 'runComplianceCheck', payload: { today: '2020-01-01' } }),
    )) as { ok: boolean; data: { notified: number; badgeText: string } };
    assert.deepEqual([again.data.notified, again.data.badgeText], [0, '1']);
    assert.deepEqual((await workerState()).notifications, []);
    await page.close();
  });
});
