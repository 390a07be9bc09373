/**
 * The reply assistant (F6, F23, F24) in Shopify admin's contact-customer dialog: the production build
 * in Chromium, on order pages served at admin.shopify.com and generated for the moment each is loaded
 * (tests/fixtures/shopify/messaging/generate.ts), with the demo workspace loaded through the options
 * page. The pages' own "app" opens the Polaris Modal when "Contact customer" is clicked, keeps the
 * message body controlled (a textarea on the English page, a contenteditable rich-text editor on the
 * Chinese one) and records what its own input handler saw (`window.__pageSaw`, main world).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';
import { EN_ORDER, SHOPIFY_MESSAGING_FIXTURES, SHOPIFY_MESSAGING_URLS, ZH_ORDER } from '../fixtures/shopify/messaging/generate';

let harness: Harness;
const dialogs: string[] = [];
const servedAt = new Map<string, number>();

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;
const DIALOG = '#PolarisPortalsContainer [role="dialog"]';
const SUGGESTIONS = '[data-helloword="reply-suggestions"]';
const BUTTONS = `${SUGGESTIONS} button[data-template-id]`;
const GUARDRAIL = '[data-helloword="policy-guardrail"]';
const CLOCK = '[data-helloword="reply-clock"]';
const FIELD = `${DIALOG} textarea[data-app-body], ${DIALOG} [contenteditable][data-app-body]`;

before(async () => {
  harness = await launchExtension();
  // A dialog on a seller page would mean hostile page text ran as code.
  harness.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      if (page.url().startsWith('chrome-extension://')) return;
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  for (const fixture of SHOPIFY_MESSAGING_FIXTURES) {
    await harness.serve(fixture.url, () => {
      const now = new Date();
      servedAt.set(fixture.url, now.getTime());
      return fixture.html(now);
    });
  }
  await loadDemoWorkspace(harness);
});

after(async () => {
  await harness?.close();
});

async function openOrder(url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.locator('h1').waitFor();
  return page;
}

/** Clicks the page's own opener and waits for the classified suggestions inside the dialog. */
async function openContact(page: Page, opener: string): Promise<void> {
  await page.getByRole('button', { name: opener, exact: true }).click();
  await page.locator(`${DIALOG} ${SUGGESTIONS}[data-intent]`).waitFor({ state: 'attached', timeout: 20_000 });
}

interface FieldState {
  text: string;
  selected: string;
  focused: boolean;
  elements: number;
}

/** The dialog body's text as the page reads it (value / innerText), the selection, focus, and elements inside it. */
async function bodyField(page: Page): Promise<FieldState> {
  return page.evaluate((selector) => {
    const field = document.querySelector<HTMLElement>(selector)!;
    if (field instanceof HTMLTextAreaElement) {
      return { text: field.value, selected: field.value.slice(field.selectionStart, field.selectionEnd), focused: document.activeElement === field, elements: 0 };
    }
    return {
      text: field.innerText,
      selected: document.getSelection()?.toString() ?? '',
      focused: field.contains(document.activeElement) || document.activeElement === field,
      elements: field.querySelectorAll('img, script, iframe, object, embed, svg').length,
    };
  }, FIELD);
}

interface PageState {
  saw: string;
  resets: number;
  last: { inputType: string; trusted: boolean } | undefined;
}

async function pageSaw(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const w = window as unknown as { __pageSaw: string; __pageResets: number; __pageLastInput?: PageState['last'] };
    return { saw: w.__pageSaw, resets: w.__pageResets, last: w.__pageLastInput };
  });
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Clicks suggestion `index`; checks the body, the page's own state and the selected mark. */
async function insertAndCheck(page: Page, index: number, orderId: string): Promise<string> {
  const button = page.locator(BUTTONS).nth(index);
  const template = (await button.getAttribute('title')) ?? '';
  assert.ok(template.includes(orderId), 'the order name is filled');
  assert.ok(!/undefined|null|\{\{|\}\}/.test(template), template);
  await button.click();
  await page.waitForFunction(() => (window as unknown as { __pageSaw: string }).__pageSaw !== '', null, { timeout: 5_000 });
  const field = await bodyField(page);
  assert.equal(norm(field.text), norm(template), 'the body holds the template');
  assert.ok(field.focused, 'the caret stays in the body');
  assert.match(field.selected, /^\[✎ [^\]]+\]$/, 'the first part to personalise is selected');
  const saw = await pageSaw(page);
  assert.equal(saw.saw, field.text, 'the page’s own input handler saw the insertion');
  assert.deepEqual(saw.last, { inputType: 'insertText', trusted: true });
  // The controlled body keeps it (a value set without an input event would be put back).
  await page.waitForTimeout(350);
  assert.equal((await bodyField(page)).text, field.text);
  assert.equal((await pageSaw(page)).resets, saw.resets);
  assert.equal(await page.locator(`${DIALOG} [data-app-action="review"]`).getAttribute('disabled'), null, '“Review email” is enabled');
  return template;
}

/** Minutes left for a message `minutesAgo` before the page was generated (printed to the minute). */
function expectedMinutes(url: string, minutesAgo: number): number {
  const received = Math.floor((servedAt.get(url)! - minutesAgo * MINUTE) / MINUTE) * MINUTE;
  return Math.trunc((received + DAY_MS - Date.now()) / MINUTE);
}

async function assertNoMarkupFromPageText(page: Page): Promise<void> {
  assert.deepEqual(dialogs, []);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('[data-helloword]')].some((el) => el.shadowRoot?.querySelector('script, img, iframe, object, embed')),
  );
  assert.equal(injected, false, 'nothing executable or loadable in HelloWord’s UI');
}

describe('Contact customer, English admin (controlled textarea, German checkout note)', () => {
  let page: Page;
  before(async () => {
    page = await openOrder(SHOPIFY_MESSAGING_URLS.en);
  });
  after(() => page.close());

  it('nothing before the dialog opens; the note editor is not a contact dialog', async () => {
    await page.waitForTimeout(800);
    assert.equal(await page.locator(SUGGESTIONS).count(), 0);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator(`${DIALOG} textarea`).waitFor();
    await page.waitForTimeout(800);
    assert.equal(await page.locator(SUGGESTIONS).count(), 0, 'no panel in “Edit note”');
    assert.equal(await page.locator(GUARDRAIL).count(), 0);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator(DIALOG).waitFor({ state: 'detached' });
  });

  it('“Contact customer” opens the dialog; the panel sits above its body, the guardrail below', async () => {
    await openContact(page, 'Contact customer');
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), EN_ORDER.intent);
    assert.equal(await panel.getAttribute('data-language'), EN_ORDER.language);
    assert.equal(await panel.getAttribute('data-order-id'), EN_ORDER.orderId);
    assert.equal(await panel.getAttribute('data-sku'), EN_ORDER.sku);
    assert.equal(await panel.getAttribute('data-thread-id'), EN_ORDER.numericId);
    assert.ok(await panel.isVisible());
    const buttons = page.locator(BUTTONS);
    assert.ok((await buttons.count()) >= 1);
    assert.equal(await buttons.first().evaluate((el) => el.localName), 'button');
    assert.equal(await buttons.first().getAttribute('data-language'), 'de');
    const layout = await page.evaluate(
      ({ dialog, field }) => {
        const panelHost = document.querySelector('[data-helloword="reply-suggestions"]')!;
        const box = panelHost.nextElementSibling!;
        const body = document.querySelector(field)!;
        return {
          inDialog: document.querySelector(dialog)!.contains(panelHost),
          boxHoldsBody: box.contains(body),
          before: panelHost.previousElementSibling?.getAttribute('data-helloword'),
          after: box.nextElementSibling?.getAttribute('data-helloword'),
          above: panelHost.getBoundingClientRect().bottom <= body.getBoundingClientRect().top + 1,
          fullWidth: panelHost.getBoundingClientRect().width >= body.getBoundingClientRect().width - 40,
        };
      },
      { dialog: DIALOG, field: FIELD },
    );
    assert.deepEqual(layout, { inDialog: true, boxHoldsBody: true, before: 'reply-clock', after: 'policy-guardrail', above: true, fullWidth: true });
  });

  it('shows the reply clock: 24 h from the note (written with the order), 3 h 30 min left', async () => {
    const clock = page.locator(`${CLOCK}[data-due-at]`);
    await clock.waitFor({ timeout: 10_000 });
    const shown = Number(await clock.getAttribute('data-remaining-minutes'));
    const expected = expectedMinutes(SHOPIFY_MESSAGING_URLS.en, EN_ORDER.placedMinutesAgo);
    assert.ok(Math.abs(shown - expected) <= 1, `clock shows ${shown} min, expected ${expected} ± 1`);
    assert.equal(await clock.getAttribute('data-state'), 'soon');
  });

  it('a click puts the template into the controlled textarea so that the page registers it', async () => {
    const text = await insertAndCheck(page, 0, EN_ORDER.orderId);
    assert.match(text, new RegExp(EN_ORDER.customer));
    assert.match(text, new RegExp(EN_ORDER.trackingNumber));
  });

  it('the guardrail flags what Shopify’s policy flags (review incentive, off-checkout payment), not the store’s own link or e-mail', async () => {
    await page
      .locator(FIELD)
      .fill('Thanks! Leave us a 5-star review and get 10% back. You can also pay us directly by bank transfer. FAQ: https://helloword-demo.myshopify.com/pages/faq or support@helloword-demo.example');
    const guardrail = page.locator(GUARDRAIL);
    await page.waitForFunction(
      (selector) => {
        const rules = document.querySelector(selector)?.getAttribute('data-rules') ?? '';
        return rules.includes('review_incentive') && rules.includes('off_platform_payment');
      },
      GUARDRAIL,
      { timeout: 5_000 },
    );
    const rules = ((await guardrail.getAttribute('data-rules')) ?? '').split(' ');
    assert.ok(!rules.includes('external_link') && !rules.includes('email_address'), rules.join(' '));
    assert.ok(await guardrail.isVisible());
    const text = await guardrail.evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(text, /5-star review/);
    assert.match(text, /bank transfer/);
    assert.equal((await pageSaw(page)).saw, (await bodyField(page)).text);
  });

  it('closing the dialog takes the panel with it; reopening (by the e-mail address) shows one panel again', async () => {
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator(DIALOG).waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    assert.equal(await page.locator(SUGGESTIONS).count(), 0);
    assert.equal(await page.locator(GUARDRAIL).count(), 0);
    await openContact(page, EN_ORDER.email);
    await page.waitForTimeout(500);
    assert.equal(await page.locator(SUGGESTIONS).count(), 1);
    assert.equal(await page.locator(GUARDRAIL).count(), 1);
    // Alt+1 inserts into the new dialog's body.
    await page.locator(FIELD).focus();
    await page.keyboard.press('Alt+Digit1');
    await page.waitForFunction((id) => (window as unknown as { __pageSaw: string }).__pageSaw.includes(id), EN_ORDER.orderId, { timeout: 5_000 });
    assert.match((await bodyField(page)).text, new RegExp(EN_ORDER.orderId));
  });

  it('hostile note text stays text: no dialog, no markup created', async () => {
    await assertNoMarkupFromPageText(page);
    const note = await page.evaluate(() => {
      const notes = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Notes')!.closest('[class^="Polaris-ShadowBevel"]')!;
      return { elements: notes.querySelectorAll('script, img').length, text: notes.textContent ?? '' };
    });
    assert.equal(note.elements, 0);
    assert.match(note.text, /<script>alert\("note-en"\)<\/script>/);
    const panelText = await page.locator(SUGGESTIONS).evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.ok(!panelText.includes('undefined'));
  });
});

describe('Contact customer, Chinese admin (rich-text contenteditable, no note)', () => {
  let page: Page;
  before(async () => {
    page = await openOrder(SHOPIFY_MESSAGING_URLS.zh);
  });
  after(() => page.close());

  it('no message: the agent-chosen intent (other) in the customer’s language; no clock', async () => {
    await openContact(page, '联系客户');
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), ZH_ORDER.intent);
    assert.equal(await panel.getAttribute('data-language'), ZH_ORDER.language);
    assert.equal(await panel.getAttribute('data-order-id'), ZH_ORDER.orderId);
    assert.equal(await page.locator(BUTTONS).first().getAttribute('data-language'), 'fr');
    assert.equal(await page.locator(`${CLOCK}[data-due-at]`).count(), 0, 'no message time, no clock');
    // The agent picks another intent: the panel follows.
    await panel.locator('select[data-role="intent"]').selectOption('not_received');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-intent') === 'not_received', SUGGESTIONS, { timeout: 5_000 });
    await panel.locator('select[data-role="intent"]').selectOption('other');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-intent') === 'other', SUGGESTIONS, { timeout: 5_000 });
  });

  it('a click puts the template into the contenteditable; the page registers it; the hostile name stays text', async () => {
    const text = await insertAndCheck(page, 0, ZH_ORDER.orderId);
    assert.ok(text.includes(ZH_ORDER.customer), 'the customer’s name as written');
    const field = await bodyField(page);
    assert.ok(field.text.includes("<img src=x onerror=alert('zh-name')>"), 'shown as text');
    assert.equal(field.elements, 0, 'no element made from the name');
  });

  it('the guardrail watches the editor too', async () => {
    await page.locator(FIELD).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('好评返现 5 欧元，谢谢！');
    await page.waitForFunction((selector) => (document.querySelector(selector)?.getAttribute('data-rules') ?? '').includes('review_incentive'), GUARDRAIL, {
      timeout: 5_000,
    });
    assert.equal((await pageSaw(page)).saw, (await bodyField(page)).text);
    await assertNoMarkupFromPageText(page);
  });
});
