/**
 * The options page's reply templates (F6, F13) and reply settings in the production build: the
 * list, search, editing a built-in with its live preview, reset, an own template refused for a bad
 * variable, and the seller's classifier keywords and signature saved in settings.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

let harness: Harness;

before(async () => {
  harness = await launchExtension();
});

after(async () => {
  await harness?.close();
});

async function openTemplates(): Promise<Page> {
  const page = await harness.openExtensionPage('options.html#templates');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-testid="tpl-table"] tbody tr').first().waitFor();
  return page;
}

/** What the background has stored, asked the way the options page asks. */
async function ask<T>(page: Page, name: string): Promise<T> {
  type Runtime = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
  const reply = (await page.evaluate((message) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ hw: 1, name: message, payload: {} }), name)) as {
    ok: boolean;
    data: T;
  };
  assert.ok(reply.ok, `${name} failed`);
  return reply.data;
}

const row = (page: Page, groupId: string) => page.locator(`[data-testid="tpl-table"] tr[data-group-id="${groupId}"]`);
const rows = (page: Page) => page.locator('[data-testid="tpl-table"] tbody tr');
const groupIds = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.groupId ?? ''));

describe('Reply templates list', () => {
  it('shows HelloWord’s templates, the main ones in all 7 languages', async () => {
    const page = await openTemplates();
    assert.equal(await page.title(), 'HelloWord — Reply templates');
    const count = await rows(page).count();
    assert.ok(count >= 16, `${count} groups`);
    assert.match(await page.locator('[data-testid="tpl-count"]').innerText(), new RegExp(`${count} of ${count} templates`));
    const languages = await row(page, 'builtin.damaged.1')
      .locator('.tpl-badge')
      .evaluateAll((badges) => badges.map((b) => (b as HTMLElement).dataset.language));
    assert.deepEqual(languages, ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']);
    assert.equal(await row(page, 'builtin.damaged.1').locator('td').nth(3).innerText(), 'HelloWord');
    await page.close();
  });

  it('search narrows the list by text in any language; the filters narrow it further', async () => {
    const page = await openTemplates();
    const total = await rows(page).count();
    await page.locator('[data-testid="tpl-search"]').fill('widerrufsrecht');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="tpl-table"] tbody tr').length < n, total);
    const found = await groupIds(page);
    assert.ok(found.includes('builtin.return_request.1'), found.join());
    assert.ok(!found.includes('builtin.not_received.1'), found.join());
    await page.locator('[data-testid="tpl-search"]').fill('延迟发货');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tpl-table"] tbody tr').length === 1);
    assert.deepEqual(await groupIds(page), ['builtin.late_shipment.1']);
    await page.locator('[data-testid="tpl-search"]').fill('');
    await page.locator('[data-testid="tpl-filter-intent"]').selectOption('damaged');
    await page.locator('[data-testid="tpl-filter-language"]').selectOption('de');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tpl-table"] tbody tr').length === 1);
    assert.deepEqual(await groupIds(page), ['builtin.damaged.1']);
    await page.close();
  });
});

describe('Editing a built-in template', () => {
  it('the German body updates the live preview, saves as the seller’s edit, and reset restores HelloWord’s text', async () => {
    const page = await openTemplates();
    const shipped = (await ask<{ templates: Array<{ id: string; body: string }> }>(page, 'listReplyTemplates')).templates.find((t) => t.id === 'builtin.damaged.de.1')!;
    await row(page, 'builtin.damaged.1').getByRole('button', { name: 'Edit' }).click();
    const editor = page.locator('[data-testid="tpl-editor"]');
    await editor.waitFor();
    // The language tabs work from the keyboard.
    await editor.locator('[role="tab"][data-language="en"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await editor.locator('[role="tab"][data-language="de"]').getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.language), 'de');

    const body = editor.locator('[data-testid="tpl-body"]');
    assert.equal(await body.inputValue(), shipped.body);
    await body.fill('Guten Tag,\n\nIhre Bestellung {{orderId}} ist unterwegs.\n[[Persönlicher Satz]]\n\n{{sellerName}}');
    const preview = editor.locator('[data-testid="tpl-preview"]');
    await preview.getByText('Ihre Bestellung 114-3941689-8772232 ist unterwegs.').waitFor();
    assert.equal(await preview.locator('[data-kind="personalise"]').innerText(), '[✎ Persönlicher Satz]');
    assert.equal(await preview.locator('[data-kind="value"]').first().innerText(), '114-3941689-8772232');
    assert.match(await editor.locator('[data-testid="tpl-status"]').innerText(), /Unsaved changes: German/);

    await editor.locator('[data-action="save-template"]').click();
    await editor.locator('[data-testid="tpl-status"]', { hasText: 'Saved at' }).waitFor();
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid), 'tpl-status');
    await row(page, 'builtin.damaged.1').locator('.tpl-badge-edited[data-language="de"]').waitFor();
    assert.match(await row(page, 'builtin.damaged.1').locator('td').nth(3).innerText(), /edited/);
    const stored = (await ask<{ templates: Array<{ id: string; body: string; builtIn: boolean }> }>(page, 'listReplyTemplates')).templates;
    const edited = stored.find((t) => t.id === 'builtin.damaged.de.1')!;
    assert.equal(edited.builtIn, true);
    assert.match(edited.body, /ist unterwegs/);
    assert.equal(stored.filter((t) => t.id.startsWith('own.')).length, 0, 'an edit is not a copy');

    await editor.locator('[data-action="reset-template"]').click();
    await editor.locator('[data-testid="tpl-status"]', { hasText: 'HelloWord’s text again' }).waitFor();
    assert.equal(await body.inputValue(), shipped.body);
    await page.waitForFunction(() => !document.querySelector('tr[data-group-id="builtin.damaged.1"] .tpl-badge-edited'));
    const after = (await ask<{ templates: Array<{ id: string; body: string }> }>(page, 'listReplyTemplates')).templates.find((t) => t.id === 'builtin.damaged.de.1')!;
    assert.equal(after.body, shipped.body);
    await page.close();
  });
});

describe('An own template', () => {
  it('with a bad variable shows the problem with its position and saves nothing; fixed, it saves as the seller’s own', async () => {
    const page = await openTemplates();
    const before = await rows(page).count();
    await page.locator('[data-action="new-template"]').click();
    const form = page.locator('[data-testid="tpl-new-form"]');
    await form.locator('input[name="name"]').fill('Customs fee');
    await form.locator('select[name="intent"]').selectOption('not_received');
    await form.locator('select[name="language"]').selectOption('en');
    await form.locator('input[name="startFromShipped"]').uncheck();
    await form.locator('[data-action="create-template"]').click();

    const editor = page.locator('[data-testid="tpl-editor"]');
    const body = editor.locator('[data-testid="tpl-body"]');
    await body.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'tpl-body', 'focus goes to the new text');
    await body.fill('Hello,\nyour order {{ordrId}} waits for the customs fee.');
    const problem = 'Line 2, column 12: {{ordrId}} is not a variable templates can use. Did you mean {{orderId}}?';
    assert.equal(await editor.locator('[data-testid="tpl-problems"]').innerText(), problem);
    await editor.locator('[data-action="save-template"]').click();
    const errors = editor.locator('[data-testid="tpl-errors"]');
    await errors.waitFor();
    assert.match(await errors.innerText(), /English · Text: Line 2, column 12: \{\{ordrId\}\}/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'tpl-errors');
    type Stored = { templates: Array<{ id: string; groupId: string; builtIn: boolean; name: string }> };
    let stored = (await ask<Stored>(page, 'listReplyTemplates')).templates;
    assert.equal(stored.filter((t) => t.id.startsWith('own.')).length, 0, 'nothing saved');
    assert.equal(await rows(page).count(), before);

    await body.fill('Hello,\nyour order {{orderId}} waits for the customs fee.\n[[Amount and how to pay]]');
    await editor.locator('[data-action="save-template"]').click();
    await editor.locator('[data-testid="tpl-status"]', { hasText: 'Saved at' }).waitFor();
    stored = (await ask<Stored>(page, 'listReplyTemplates')).templates;
    const own = stored.filter((t) => t.id.startsWith('own.'));
    assert.equal(own.length, 1);
    assert.match(own[0]!.id, /^own\.[0-9a-z]{12}$/);
    assert.match(own[0]!.groupId, /^own\./);
    assert.equal(own[0]!.builtIn, false);
    const ownRow = row(page, own[0]!.groupId);
    await ownRow.waitFor();
    assert.equal(await ownRow.locator('td').nth(3).innerText(), 'Yours');

    await ownRow.getByRole('button', { name: 'Delete' }).click();
    await page.locator('[data-testid="tpl-count"]', { hasText: '“Customs fee” was deleted.' }).waitFor();
    assert.equal(await rows(page).count(), before);
    await page.close();
  });
});

describe('Settings for the reply assistant', () => {
  it('a keyword added for an intent is saved in settings.classifierKeywords', async () => {
    const page = await openTemplates();
    const input = page.locator('[data-testid="kw-input-not_received"]');
    await input.fill('Zollgebühr, paket fehlt');
    await input.press('Enter');
    await page.locator('[data-intent="not_received"] [data-keyword="paket fehlt"]').waitFor();
    await page.locator('[data-testid="keyword-status"][data-saving="false"]', { hasText: 'All changes saved.' }).waitFor();
    const settings = await ask<{ classifierKeywords: Record<string, string[]> }>(page, 'getSettings');
    assert.deepEqual(settings.classifierKeywords, { not_received: ['Zollgebühr', 'paket fehlt'] });

    await input.fill('ZOLLGEBUHR');
    await input.press('Enter');
    await page.getByText('“ZOLLGEBUHR” is already in the list.').waitFor();
    await page.getByRole('button', { name: 'Remove “Zollgebühr”' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-keyword="Zollgebühr"]'));
    await page.locator('[data-testid="keyword-status"][data-saving="false"]').waitFor();
    await page.waitForTimeout(100);
    assert.deepEqual((await ask<{ classifierKeywords: Record<string, string[]> }>(page, 'getSettings')).classifierKeywords, { not_received: ['paket fehlt'] });
    await page.close();
  });

  it('the shop name and a reply deadline are saved; the preview signs with the shop name', async () => {
    const features = await harness.openExtensionPage('options.html#features');
    const section = features.locator('[data-testid="reply-settings"]');
    await section.waitFor();
    assert.equal(await section.locator('input[data-marketplace="amazon"]').getAttribute('placeholder'), '24');
    await section.locator('input[name="sellerName"]').fill('Acme Test Shop');
    await section.locator('input[data-marketplace="ebay"]').fill('48');
    await section.locator('input[data-marketplace="ebay"]').blur();
    await features.waitForFunction(() => document.querySelector('[data-testid="reply-settings-status"]')?.textContent === 'All changes saved.');
    await features.waitForTimeout(700);
    const settings = await ask<{ sellerName: string; replyDeadlineHours: Record<string, number> }>(features, 'getSettings');
    assert.equal(settings.sellerName, 'Acme Test Shop');
    assert.deepEqual(settings.replyDeadlineHours, { ebay: 48 });
    await features.close();

    const page = await openTemplates();
    await row(page, 'builtin.cancel.1').getByRole('button', { name: 'Edit' }).click();
    await page.locator('[data-testid="tpl-preview"]').getByText('Acme Test Shop').waitFor();
    await page.close();
  });
});
