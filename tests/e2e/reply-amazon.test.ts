/**
 * The reply assistant (F6, F23, F24) on Amazon Buyer-Seller Messages: the production build in
 * Chromium, on messaging fixture pages served at Seller Central addresses and generated for the
 * moment each is loaded (tests/fixtures/amazon/messaging/generate.ts), with the demo workspace
 * loaded through the options page. The pages define minimal Katal components and a page "app" that
 * records what its own input handlers saw (`window.__pageSaw`, main world).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';
import {
  CONTACT,
  DE_THREAD,
  EN_THREAD,
  INBOX_QUEUE_ORDER,
  INBOX_ROWS,
  MESSAGING_FIXTURES,
  MESSAGING_URLS,
} from '../fixtures/amazon/messaging/generate';

let harness: Harness;
const dialogs: string[] = [];
/** When each fixture was last generated: the clock is checked against that moment. */
const servedAt = new Map<string, number>();

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;
const SUGGESTIONS = '[data-helloword="reply-suggestions"]';
const BUTTONS = `${SUGGESTIONS} button[data-template-id]`;
const GUARDRAIL = '[data-helloword="policy-guardrail"]';
const CLOCK = '[data-helloword="reply-clock"]:not([data-view])';
const QUEUE = '[data-helloword="reply-clock"][data-view="queue"]';

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
  for (const fixture of MESSAGING_FIXTURES) {
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

/** Opens a thread or contact page and waits for the classified suggestions. */
async function openThread(url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.locator(`${SUGGESTIONS}[data-intent]`).waitFor({ state: 'attached', timeout: 20_000 });
  return page;
}

/** The reply box's real field: the textarea in a kat-textarea's shadow root, or a plain textarea. */
async function replyField(page: Page): Promise<{ value: string; selected: string; focused: boolean }> {
  return page.evaluate(() => {
    const box = document.querySelector('.bsm-reply kat-textarea, .contact-buyer-text-area kat-textarea, #reply-body')!;
    const field = (box.localName === 'kat-textarea' ? box.shadowRoot!.querySelector('textarea') : box) as HTMLTextAreaElement;
    const active = box.localName === 'kat-textarea' ? box.shadowRoot!.activeElement : document.activeElement;
    return { value: field.value, selected: field.value.slice(field.selectionStart, field.selectionEnd), focused: active === field };
  });
}

interface PageState {
  saw: string;
  inputs: number;
  resets: number;
  last: { inputType: string; trusted: boolean } | undefined;
}

async function pageSaw(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const w = window as unknown as { __pageSaw: string; __pageInputEvents: number; __pageResets: number; __pageLastInput?: PageState['last'] };
    return { saw: w.__pageSaw, inputs: w.__pageInputEvents, resets: w.__pageResets, last: w.__pageLastInput };
  });
}

/** Minutes the clock must show for a message `minutesAgo` before the page was generated (printed to the minute). */
function expectedMinutes(url: string, minutesAgo: number): number {
  const served = servedAt.get(url)!;
  const received = Math.floor((served - minutesAgo * MINUTE) / MINUTE) * MINUTE;
  return Math.trunc((received + DAY_MS - Date.now()) / MINUTE);
}

async function assertClock(page: Page, url: string, minutesAgo: number, state: string): Promise<void> {
  const clock = page.locator(`${CLOCK}[data-due-at]`);
  await clock.waitFor({ timeout: 10_000 });
  const shown = Number(await clock.getAttribute('data-remaining-minutes'));
  const expected = expectedMinutes(url, minutesAgo);
  assert.ok(Math.abs(shown - expected) <= 1, `clock shows ${shown} min, expected ${expected} ± 1`);
  assert.equal(await clock.getAttribute('data-state'), state);
  const hours = Math.floor(shown / 60);
  const text = await clock.evaluate((el) => el.shadowRoot!.textContent ?? '');
  assert.match(text, new RegExp(`${hours} h \\d+ min left to reply`));
}

async function assertSuggestionButtons(page: Page): Promise<string[]> {
  const buttons = page.locator(BUTTONS);
  const count = await buttons.count();
  assert.ok(count >= 2, `expected at least 2 suggestions, got ${count}`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    assert.equal(await button.evaluate((el) => el.localName), 'button');
    assert.equal(await button.getAttribute('type'), 'button');
    const id = await button.getAttribute('data-template-id');
    assert.ok(id, 'each suggestion names its template');
    ids.push(id);
  }
  return ids;
}

/** Clicks suggestion `index` and checks the field, the page's own state and the selection. */
async function insertAndCheck(page: Page, index: number, orderId: string): Promise<string> {
  const button = page.locator(BUTTONS).nth(index);
  const template = (await button.getAttribute('title')) ?? '';
  await button.click();
  await page.waitForFunction(() => (window as unknown as { __pageSaw: string }).__pageSaw !== '', null, { timeout: 5_000 });
  const field = await replyField(page);
  assert.equal(field.value, template, 'the box holds the template, exactly');
  assert.ok(field.value.includes(orderId), 'the order id is filled');
  assert.ok(!/undefined|null|\{\{|\}\}/.test(field.value), field.value);
  assert.ok(field.focused, 'the caret stays in the reply box');
  assert.match(field.selected, /^\[✎ [^\]]+\]$/, 'the first part to personalise is selected');
  const saw = await pageSaw(page);
  assert.equal(saw.saw, field.value, 'the page’s own input handler saw the insertion');
  // The browser's own editing command inserted it (trusted event): it is on the undo stack.
  assert.deepEqual(saw.last, { inputType: 'insertText', trusted: true });
  // The page's controlled field keeps it (a value set without an input event would be put back).
  await page.waitForTimeout(350);
  assert.equal((await replyField(page)).value, template);
  assert.equal((await pageSaw(page)).resets, saw.resets);
  return template;
}

async function assertNoMarkupFromPageText(page: Page): Promise<void> {
  assert.deepEqual(dialogs, []);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('[data-helloword]')].some((el) => el.shadowRoot?.querySelector('script, img, iframe, object, embed')),
  );
  assert.equal(injected, false, 'nothing executable or loadable in HelloWord’s UI');
}

describe('Thread, English (kat-textarea)', () => {
  let page: Page;
  before(async () => {
    page = await openThread(MESSAGING_URLS.threadEn);
  });
  after(() => page.close());

  it('classifies the buyer’s latest messages and offers templates as real buttons', async () => {
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), EN_THREAD.intent);
    assert.equal(await panel.getAttribute('data-language'), EN_THREAD.language);
    assert.equal(await panel.getAttribute('data-order-id'), EN_THREAD.orderId);
    assert.equal(await panel.getAttribute('data-thread-id'), EN_THREAD.threadId);
    assert.equal(await panel.getAttribute('data-sku'), EN_THREAD.sku);
    assert.ok(await panel.isVisible());
    await assertSuggestionButtons(page);
    // The panel sits above the reply box, the guardrail below it.
    const order = await page.evaluate(() => {
      const box = document.querySelector('.bsm-reply kat-textarea')!;
      return [box.previousElementSibling?.getAttribute('data-helloword'), box.nextElementSibling?.getAttribute('data-helloword')];
    });
    assert.deepEqual(order, ['reply-suggestions', 'policy-guardrail']);
  });

  it('shows the reply clock: 24 h from the first unanswered message, 3 h 30 min left', async () => {
    await assertClock(page, MESSAGING_URLS.threadEn, EN_THREAD.receivedMinutesAgo, 'soon');
  });

  it('a click puts the template into the kat-textarea so that the page’s app registers it', async () => {
    await insertAndCheck(page, 0, EN_THREAD.orderId);
    assert.equal(await page.locator('kat-button.bsm-send-button').getAttribute('disabled'), null, 'the page enabled its Send button');
    assert.match(await page.locator(SUGGESTIONS).evaluate((el) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!), /Inserted/);
  });

  it('Ctrl+Z takes the template out again; Alt+2 inserts the second suggestion', async () => {
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => (window as unknown as { __pageSaw: string }).__pageSaw === '', null, { timeout: 5_000 });
    assert.equal((await replyField(page)).value, '');
    const second = (await page.locator(BUTTONS).nth(1).getAttribute('title')) ?? '';
    await page.keyboard.press('Alt+Digit2');
    await page.waitForFunction((text) => (window as unknown as { __pageSaw: string }).__pageSaw === text, second, { timeout: 5_000 });
    assert.equal((await replyField(page)).value, second);
  });

  it('the guardrail flags a link and an e-mail address typed into the box', async () => {
    const guardrail = page.locator(GUARDRAIL);
    await page.locator('.bsm-reply kat-textarea textarea').fill('Hi Jane, see https://sunrise-goods.example/deal or write to help@sunrise-goods.example for a faster answer.');
    await page.waitForFunction(
      (selector) => /external_link/.test(document.querySelector(selector)?.getAttribute('data-rules') ?? '') && /email_address/.test(document.querySelector(selector)?.getAttribute('data-rules') ?? ''),
      GUARDRAIL,
      { timeout: 5_000 },
    );
    assert.ok(await guardrail.isVisible());
    const text = await guardrail.evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(text, /https:\/\/sunrise-goods\.example\/deal/);
    assert.match(text, /help@sunrise-goods\.example/);
  });

  it('records the answered thread as a case (seen in the backup export)', async () => {
    const options = await harness.openExtensionPage('options.html#backup');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-backup"]').click()]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { data: { cases: Array<Record<string, unknown>> } };
    const recorded = backup.data.cases.find((c) => c['id'] === `amazon:message:${EN_THREAD.threadId}`);
    assert.ok(recorded, 'a message case for the thread');
    assert.equal(recorded['kind'], 'message');
    assert.equal(recorded['orderId'], EN_THREAD.orderId);
    assert.equal(recorded['sku'], EN_THREAD.sku);
    await options.close();
  });

  it('hostile buyer text stays text: no dialog, no markup created', async () => {
    await assertNoMarkupFromPageText(page);
    const bodies = await page.evaluate(() => ({
      elements: document.querySelectorAll('.bsm-message__body script, .bsm-message__body img').length,
      text: document.querySelector('.bsm-message-list')!.textContent!,
    }));
    assert.equal(bodies.elements, 0);
    assert.match(bodies.text, /<script>alert\("xss-en"\)<\/script>/);
    const evidence = await page.locator(SUGGESTIONS).evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.ok(!evidence.includes('<img'), 'the panel does not echo the hostile text');
  });
});

describe('Thread, German (hashed classes, plain controlled textarea)', () => {
  it('German damaged-item message → intent damaged, language de; insertion registered by the page', async () => {
    const page = await openThread(MESSAGING_URLS.threadDe);
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), DE_THREAD.intent);
    assert.equal(await panel.getAttribute('data-language'), DE_THREAD.language);
    assert.equal(await panel.getAttribute('data-order-id'), DE_THREAD.orderId);
    const ids = await assertSuggestionButtons(page);
    assert.equal(await page.locator(BUTTONS).first().getAttribute('data-language'), 'de');
    assert.ok(ids.length >= 1);
    const text = await insertAndCheck(page, 0, DE_THREAD.orderId);
    assert.match(text, new RegExp(DE_THREAD.buyerName));
    assert.equal(await page.locator('._s0Jv').getAttribute('disabled'), null);
    await assertClock(page, MESSAGING_URLS.threadDe, DE_THREAD.receivedMinutesAgo, 'ok');
    await assertNoMarkupFromPageText(page);
    await page.close();
  });
});

describe('Contact buyer (Katal page with evidence)', () => {
  it('French cancel request on amazon.fr → cancel / fr; the template lands in the kat-textarea', async () => {
    const page = await openThread(MESSAGING_URLS.contact);
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), CONTACT.intent);
    assert.equal(await panel.getAttribute('data-language'), CONTACT.language);
    assert.equal(await panel.getAttribute('data-order-id'), CONTACT.orderId);
    await assertSuggestionButtons(page);
    const text = await insertAndCheck(page, 0, CONTACT.orderId);
    assert.match(text, new RegExp(CONTACT.buyerName));
    assert.equal(await page.locator('kat-button.ayb-contact-form-send-button').getAttribute('disabled'), null);
    await assertClock(page, MESSAGING_URLS.contact, CONTACT.receivedMinutesAgo, 'ok');
    await page.close();
  });
});

describe('Inbox', () => {
  it('a clock on every waiting thread, and the queue overdue first', async () => {
    const page = await harness.context.newPage();
    await page.goto(MESSAGING_URLS.inbox);
    const queue = page.locator(QUEUE);
    await queue.waitFor({ state: 'attached', timeout: 20_000 });
    const waiting = INBOX_ROWS.filter((r) => r.status === 'awaiting');
    await page.waitForFunction((n) => document.querySelectorAll('[data-helloword="reply-clock"]:not([data-view])').length === n, waiting.length, { timeout: 10_000 });
    const chips = await page.evaluate(() =>
      [...document.querySelectorAll('[data-helloword="reply-clock"]:not([data-view])')].map((el) => ({
        thread: el.getAttribute('data-thread-id'),
        state: el.getAttribute('data-state'),
        minutes: Number(el.getAttribute('data-remaining-minutes')),
        inRow: el.closest('li')?.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    assert.deepEqual(chips.map((c) => c.thread).sort(), waiting.map((r) => r.threadId).sort());
    for (const chip of chips) {
      assert.ok(chip.inRow.includes(chip.thread!), 'each clock sits in its own row');
      const row = waiting.find((r) => r.threadId === chip.thread)!;
      const expected = expectedMinutes(MESSAGING_URLS.inbox, row.minutesAgo);
      assert.ok(Math.abs(chip.minutes - expected) <= 1, `${row.buyerName}: ${chip.minutes} vs ${expected}`);
      assert.equal(chip.state, expected < 0 ? 'overdue' : expected < 240 ? 'soon' : 'ok', row.buyerName);
    }
    assert.equal(await queue.getAttribute('data-order'), INBOX_QUEUE_ORDER.join(' '));
    assert.equal(await queue.getAttribute('data-count'), String(waiting.length));
    const queueText = await queue.evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(queueText, /7 thread\(s\) waiting/);
    assert.ok(queueText.indexOf('Marcus Webb') < queueText.indexOf('Li Wei'));
    assert.ok(queueText.includes("<img src=x onerror=alert('inbox-name')>"), 'the hostile name is shown as text');
    // Answered threads get no clock.
    for (const row of INBOX_ROWS.filter((r) => r.status === 'answered')) {
      assert.equal(await page.locator(`${CLOCK}[data-thread-id="${row.threadId}"]`).count(), 0, row.buyerName);
    }
    await assertNoMarkupFromPageText(page);
    await page.close();
  });

  it('follows in-app navigation: another filter, a thread opened in place, and back — one clock per thread', async () => {
    const page = await harness.context.newPage();
    await page.goto(MESSAGING_URLS.inbox);
    await page.locator(QUEUE).waitFor({ state: 'attached', timeout: 20_000 });
    const waiting = INBOX_ROWS.filter((r) => r.status === 'awaiting').length;
    const counts = () =>
      page.evaluate(() => ({
        rowChips: document.querySelectorAll('li [data-helloword="reply-clock"]').length,
        queues: document.querySelectorAll('[data-helloword="reply-clock"][data-view="queue"]').length,
      }));
    await page.waitForFunction((n) => document.querySelectorAll('li [data-helloword="reply-clock"]').length === n, waiting);

    // The filter changes the URL only (the app keeps the list): the clocks are not doubled.
    await page.evaluate(() => history.pushState(null, '', '/messaging/inbox?fi=ALL'));
    await page.waitForTimeout(1_800);
    await page.locator(QUEUE).waitFor({ state: 'attached' });
    assert.deepEqual(await counts(), { rowChips: waiting, queues: 1 });

    // Opening a thread in place (pushState, the pane renders later) brings the assistant to it.
    await page.locator(`a.bsm-thread-link[href*="${EN_THREAD.threadId}"]`).click();
    await page.waitForURL(`**threadId=${EN_THREAD.threadId}`);
    const panel = page.locator(`${SUGGESTIONS}[data-intent]`);
    await panel.waitFor({ state: 'attached', timeout: 20_000 });
    assert.equal(await panel.getAttribute('data-intent'), EN_THREAD.intent);
    assert.equal(await panel.getAttribute('data-thread-id'), EN_THREAD.threadId);

    // Back to the list: the thread's panel goes, the inbox clocks come back once.
    await page.goBack();
    await page.locator(QUEUE).waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForFunction((n) => document.querySelectorAll('li [data-helloword="reply-clock"]').length === n, waiting, { timeout: 10_000 });
    await page.waitForTimeout(500);
    assert.deepEqual(await counts(), { rowChips: waiting, queues: 1 });
    assert.equal(await page.locator(SUGGESTIONS).count(), 0);
    await page.close();
  });
});

describe('Switches', () => {
  it('switching reply suggestions off removes them from pages opened afterwards; clock and guardrail stay', async () => {
    const options = await harness.openExtensionPage('options.html#features');
    const saved = options.locator('[data-testid="settings-status"][data-saving="false"]');
    await options.locator('input[data-feature="reply-suggestions"]').uncheck();
    await saved.waitFor();
    const page = await harness.context.newPage();
    await page.goto(MESSAGING_URLS.threadEn);
    await page.locator(`${CLOCK}[data-due-at]`).waitFor({ timeout: 20_000 });
    await page.locator(GUARDRAIL).waitFor({ state: 'attached' });
    const panel = page.locator(SUGGESTIONS);
    assert.ok((await panel.count()) === 0 || !(await panel.isVisible()), 'no suggestions panel to see');
    assert.equal(await page.locator(BUTTONS).filter({ visible: true }).count(), 0);
    // Alt+1 does nothing either.
    await page.locator('.bsm-reply kat-textarea textarea').focus();
    await page.keyboard.press('Alt+Digit1');
    await page.waitForTimeout(300);
    assert.equal((await replyField(page)).value, '');

    await options.locator('input[data-feature="reply-suggestions"]').check();
    await saved.waitFor();
    await page.reload();
    await page.locator(`${SUGGESTIONS}[data-intent]`).waitFor({ state: 'attached', timeout: 20_000 });
    assert.ok(await page.locator(SUGGESTIONS).isVisible());
    await Promise.all([page.close(), options.close()]);
  });
});
