/**
 * The reply assistant (F6, F23, F24) on eBay Messages: the production build in Chromium, on
 * messaging fixture pages served at eBay addresses and generated for the moment each is loaded
 * (tests/fixtures/ebay/messaging/generate.ts), with the demo workspace loaded through the options
 * page. The pages run a page "app" that records what its own input handlers saw (`window.__pageSaw`,
 * main world) for the two kinds of reply box eBay pages use: a contenteditable editor and a textarea.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, loadDemoWorkspace, type Harness } from './harness';
import {
  cardReceivedAt,
  DE_CONVERSATION,
  EBAY_MESSAGING_FIXTURES,
  EN_CONVERSATION,
  INBOX_CARDS,
  inboxQueueOrder,
  M2M,
  MESSAGING_URLS,
} from '../fixtures/ebay/messaging/generate';

let harness: Harness;
const dialogs: string[] = [];
/** When each fixture was last generated: clocks are checked against that moment. */
const servedAt = new Map<string, number>();

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;
const SUGGESTIONS = '[data-helloword="reply-suggestions"]';
const BUTTONS = `${SUGGESTIONS} button[data-template-id]`;
const GUARDRAIL = '[data-helloword="policy-guardrail"]';
const CLOCK = '[data-helloword="reply-clock"]:not([data-view])';
const QUEUE = '[data-helloword="reply-clock"][data-view="queue"]';
/** The reply box of each page: the English editor, the German textarea, the reply form's field. */
const REPLY_BOX = '.msg-compose__editor, #antwort, textarea[name="message"]';

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
  for (const fixture of EBAY_MESSAGING_FIXTURES) {
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

/** Opens a conversation or reply page and waits for the classified suggestions. */
async function openThread(url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.locator(`${SUGGESTIONS}[data-intent]`).waitFor({ state: 'attached', timeout: 20_000 });
  return page;
}

/** The reply box's text as the page's app reads it, what is selected in it, and whether it has the caret. */
async function replyField(page: Page): Promise<{ value: string; selected: string; focused: boolean }> {
  return page.evaluate((selector) => {
    const box = document.querySelector<HTMLElement>(selector)!;
    if (box instanceof HTMLTextAreaElement) {
      return { value: box.value, selected: box.value.slice(box.selectionStart, box.selectionEnd), focused: document.activeElement === box };
    }
    const text = (window as unknown as { __replyText: (el: HTMLElement) => string }).__replyText(box);
    return { value: text, selected: document.getSelection()?.toString() ?? '', focused: document.activeElement === box };
  }, REPLY_BOX);
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

/** Minutes the clock must show for an instant `receivedMs` (a 24-hour deadline). */
const minutesLeft = (receivedMs: number) => Math.trunc((receivedMs + DAY_MS - Date.now()) / MINUTE);

/** A message printed `minutesAgo` before the page was generated, to the minute. */
function printedAgo(url: string, minutesAgo: number): number {
  return Math.floor((servedAt.get(url)! - minutesAgo * MINUTE) / MINUTE) * MINUTE;
}

async function assertClock(page: Page, url: string, minutesAgo: number, state: string): Promise<void> {
  const clock = page.locator(`${CLOCK}[data-due-at]`);
  await clock.waitFor({ timeout: 10_000 });
  const shown = Number(await clock.getAttribute('data-remaining-minutes'));
  const expected = minutesLeft(printedAgo(url, minutesAgo));
  assert.ok(Math.abs(shown - expected) <= 1, `clock shows ${shown} min, expected ${expected} ± 1`);
  assert.equal(await clock.getAttribute('data-state'), state);
  const text = await clock.evaluate((el) => el.shadowRoot!.textContent ?? '');
  assert.match(text, new RegExp(`${Math.floor(shown / 60)} h \\d+ min left to reply`));
}

async function assertSuggestionButtons(page: Page, language: string, atLeast = 2): Promise<void> {
  const buttons = page.locator(BUTTONS);
  const count = await buttons.count();
  assert.ok(count >= atLeast, `expected at least ${atLeast} suggestion(s), got ${count}`);
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    assert.equal(await button.evaluate((el) => el.localName), 'button');
    assert.equal(await button.getAttribute('type'), 'button');
    assert.ok(await button.getAttribute('data-template-id'), 'each suggestion names its template');
  }
  assert.equal(await buttons.first().getAttribute('data-language'), language);
}

/** Clicks suggestion `index` and checks the box, the page's own state and the selection. */
async function insertAndCheck(page: Page, index: number, filled: readonly string[]): Promise<string> {
  const button = page.locator(BUTTONS).nth(index);
  const template = (await button.getAttribute('title')) ?? '';
  await button.click();
  await page.waitForFunction(() => (window as unknown as { __pageSaw: string }).__pageSaw !== '', null, { timeout: 5_000 });
  const field = await replyField(page);
  assert.equal(field.value, template, 'the box holds the template, exactly');
  for (const value of filled) assert.ok(field.value.includes(value), `${value} is filled in`);
  assert.ok(!/undefined|null|\{\{|\}\}/.test(field.value), field.value);
  assert.ok(field.focused, 'the caret stays in the reply box');
  assert.match(field.selected, /^\[✎ [^\]]+\]$/, 'the first part to personalise is selected');
  const saw = await pageSaw(page);
  assert.equal(saw.saw, field.value, 'the page’s own input handler saw the insertion');
  // The browser's own editing command inserted it (trusted event): it is on the undo stack.
  assert.deepEqual(saw.last, { inputType: 'insertText', trusted: true });
  // The page's controlled box keeps it (text set without an input event would be put back).
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

describe('Conversation, English (contenteditable editor, ebay.co.uk)', () => {
  let page: Page;
  before(async () => {
    page = await openThread(MESSAGING_URLS.conversationEn);
  });
  after(() => page.close());

  it('classifies the buyer’s latest messages and offers templates as real buttons', async () => {
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), EN_CONVERSATION.intent);
    assert.equal(await panel.getAttribute('data-language'), EN_CONVERSATION.language);
    assert.equal(await panel.getAttribute('data-order-id'), EN_CONVERSATION.orderId);
    assert.equal(await panel.getAttribute('data-thread-id'), EN_CONVERSATION.conversationId);
    assert.equal(await panel.getAttribute('data-sku'), EN_CONVERSATION.sku);
    assert.ok(await panel.isVisible());
    await assertSuggestionButtons(page, 'en');
    // The panel sits above the reply box, the guardrail below it.
    const order = await page.evaluate((selector) => {
      const box = document.querySelector(selector)!;
      return [box.previousElementSibling?.getAttribute('data-helloword'), box.nextElementSibling?.getAttribute('data-helloword')];
    }, REPLY_BOX);
    assert.deepEqual(order, ['reply-suggestions', 'policy-guardrail']);
  });

  it('shows the reply clock: 24 h from the first unanswered message, 3 h 30 min left', async () => {
    await assertClock(page, MESSAGING_URLS.conversationEn, EN_CONVERSATION.receivedMinutesAgo, 'soon');
  });

  it('a click puts the template into the editor so that the page’s app registers it', async () => {
    await insertAndCheck(page, 0, [EN_CONVERSATION.orderId]);
    assert.equal(await page.locator('.msg-compose__send').isDisabled(), false, 'the page enabled its Send button');
    assert.match(await page.locator(SUGGESTIONS).evaluate((el) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!), /Inserted/);
  });

  it('Ctrl+Z takes the template out of the editor again; Alt+2 inserts the second suggestion', async () => {
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => (window as unknown as { __pageSaw: string }).__pageSaw === '', null, { timeout: 5_000 });
    assert.equal((await replyField(page)).value, '');
    const second = (await page.locator(BUTTONS).nth(1).getAttribute('title')) ?? '';
    await page.keyboard.press('Alt+Digit2');
    await page.waitForFunction((text) => (window as unknown as { __pageSaw: string }).__pageSaw === text, second, { timeout: 5_000 });
    assert.equal((await replyField(page)).value, second);
  });

  it('the guardrail flags a link and an e-mail address typed into the box (eBay: off-eBay contact)', async () => {
    const guardrail = page.locator(GUARDRAIL);
    const editor = page.locator('.msg-compose__editor');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await editor.pressSequentially('Hi Jane, see https://sunrise-goods.example/deal or write to help@sunrise-goods.example for a faster answer.');
    await page.waitForFunction(
      (selector) => {
        const rules = document.querySelector(selector)?.getAttribute('data-rules') ?? '';
        return /external_link/.test(rules) && /email_address/.test(rules);
      },
      GUARDRAIL,
      { timeout: 5_000 },
    );
    assert.ok(await guardrail.isVisible());
    const text = await guardrail.evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(text, /https:\/\/sunrise-goods\.example\/deal/);
    assert.match(text, /help@sunrise-goods\.example/);
    // The page's app saw the typing too.
    assert.match((await pageSaw(page)).saw, /help@sunrise-goods\.example/);
  });

  it('records the answered conversation as a case (seen in the backup export)', async () => {
    const options = await harness.openExtensionPage('options.html#backup');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-backup"]').click()]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { data: { cases: Array<Record<string, unknown>> } };
    const recorded = backup.data.cases.find((c) => c['id'] === `ebay:message:${EN_CONVERSATION.conversationId}`);
    assert.ok(recorded, 'a message case for the conversation');
    assert.equal(recorded['marketplace'], 'ebay');
    assert.equal(recorded['orderId'], EN_CONVERSATION.orderId);
    await options.close();
  });

  it('hostile buyer text stays text: no dialog, no markup created', async () => {
    await assertNoMarkupFromPageText(page);
    const bubbles = await page.evaluate(() => ({
      elements: document.querySelectorAll('.msg-bubble script, .msg-bubble img').length,
      text: document.querySelector('.msg-thread')!.textContent!,
    }));
    assert.equal(bubbles.elements, 0);
    assert.match(bubbles.text, /<script>alert\("xss-ebay"\)<\/script>/);
    const panel = await page.locator(SUGGESTIONS).evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.ok(!panel.includes('<img'), 'the panel does not echo the hostile text');
  });
});

describe('Conversation, German (hashed classes, plain textarea, ebay.de)', () => {
  it('German not-received message → not_received / de; insertion registered by the page; 17 h left', async () => {
    const page = await openThread(MESSAGING_URLS.conversationDe);
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), DE_CONVERSATION.intent);
    assert.equal(await panel.getAttribute('data-language'), DE_CONVERSATION.language);
    assert.equal(await panel.getAttribute('data-order-id'), DE_CONVERSATION.orderId);
    assert.equal(await panel.getAttribute('data-thread-id'), `${DE_CONVERSATION.buyer}:${DE_CONVERSATION.itemId}`);
    await assertSuggestionButtons(page, 'de');
    await insertAndCheck(page, 0, [DE_CONVERSATION.orderId]);
    assert.equal(await page.locator('._s0').isDisabled(), false);
    await assertClock(page, MESSAGING_URLS.conversationDe, DE_CONVERSATION.receivedMinutesAgo, 'ok');
    await assertNoMarkupFromPageText(page);
    await page.close();
  });
});

describe('Member-to-member reply page (textarea name="message")', () => {
  it('a cancel request → cancel / en; the template lands in the reply form; the guardrail is under it', async () => {
    const page = await openThread(MESSAGING_URLS.m2m);
    const panel = page.locator(SUGGESTIONS);
    assert.equal(await panel.getAttribute('data-intent'), M2M.intent);
    assert.equal(await panel.getAttribute('data-language'), M2M.language);
    assert.equal(await panel.getAttribute('data-thread-id'), M2M.questionId);
    // The demo workspace has one English cancel template.
    await assertSuggestionButtons(page, 'en', 1);
    const text = await insertAndCheck(page, 0, []);
    assert.ok(text.includes(M2M.buyer), 'the member’s eBay user id greets them');
    assert.equal(await page.locator('#sendBtn').isDisabled(), false);
    await assertClock(page, MESSAGING_URLS.m2m, M2M.receivedMinutesAgo, 'ok');
    assert.equal(await page.evaluate(() => document.querySelector('textarea[name="message"]')!.nextElementSibling?.getAttribute('data-helloword')), 'policy-guardrail');
    await assertNoMarkupFromPageText(page);
    await page.close();
  });
});

describe('Inbox', () => {
  it('a clock on every waiting card, none on answered ones or eBay’s notices, and the queue overdue first', async () => {
    const page = await harness.context.newPage();
    await page.goto(MESSAGING_URLS.inbox);
    const queue = page.locator(QUEUE);
    await queue.waitFor({ state: 'attached', timeout: 20_000 });
    const served = new Date(servedAt.get(MESSAGING_URLS.inbox)!);
    const waiting = INBOX_CARDS.filter((c) => c.awaiting);
    await page.waitForFunction((n) => document.querySelectorAll('[data-helloword="reply-clock"]:not([data-view])').length === n, waiting.length, { timeout: 10_000 });
    const chips = await page.evaluate(() =>
      [...document.querySelectorAll('[data-helloword="reply-clock"]:not([data-view])')].map((el) => ({
        thread: el.getAttribute('data-thread-id'),
        state: el.getAttribute('data-state'),
        minutes: Number(el.getAttribute('data-remaining-minutes')),
        card: el.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ?? '',
      })),
    );
    assert.deepEqual(chips.map((c) => c.thread).sort(), waiting.map((c) => c.conversationId).sort());
    for (const chip of chips) {
      assert.equal(chip.card, chip.thread, 'each clock sits in its own card');
      const card = waiting.find((c) => c.conversationId === chip.thread)!;
      const expected = minutesLeft(cardReceivedAt(card, served));
      assert.ok(Math.abs(chip.minutes - expected) <= 1, `${card.member}: ${chip.minutes} vs ${expected}`);
      assert.equal(chip.state, expected < 0 ? 'overdue' : expected < 240 ? 'soon' : 'ok', card.member);
    }
    assert.equal(await queue.getAttribute('data-order'), inboxQueueOrder(served).join(' '));
    assert.equal(await queue.getAttribute('data-count'), String(waiting.length));
    const queueText = await queue.evaluate((el) => el.shadowRoot!.textContent ?? '');
    assert.match(queueText, new RegExp(`${waiting.length} thread\\(s\\) waiting`));
    assert.ok(queueText.indexOf('emma_w') < queueText.indexOf('marcus_webb') && queueText.indexOf('marcus_webb') < queueText.indexOf('li_wei_2024'), queueText);
    assert.ok(queueText.includes('tomas_alvarez · 12-30581-77410'), 'the order a buyer names is shown');
    for (const card of INBOX_CARDS.filter((c) => !c.awaiting)) {
      assert.equal(await page.locator(`${CLOCK}[data-thread-id="${card.conversationId}"]`).count(), 0, card.member);
    }
    await assertNoMarkupFromPageText(page);
    await page.close();
  });

  it('follows a conversation opened in place and back — one clock per card, the panel only on the conversation', async () => {
    const page = await harness.context.newPage();
    await page.goto(MESSAGING_URLS.inbox);
    await page.locator(QUEUE).waitFor({ state: 'attached', timeout: 20_000 });
    const waiting = INBOX_CARDS.filter((c) => c.awaiting).length;
    const counts = () =>
      page.evaluate(() => ({
        cardChips: document.querySelectorAll('[data-conversation-id] [data-helloword="reply-clock"]').length,
        queues: document.querySelectorAll('[data-helloword="reply-clock"][data-view="queue"]').length,
      }));
    await page.waitForFunction((n) => document.querySelectorAll('[data-conversation-id] [data-helloword="reply-clock"]').length === n, waiting);

    await page.locator(`.message-button[data-conversation-id="${EN_CONVERSATION.conversationId}"]`).click();
    await page.waitForURL(`**conversation_id=${EN_CONVERSATION.conversationId}`);
    const panel = page.locator(`${SUGGESTIONS}[data-intent]`);
    await panel.waitFor({ state: 'attached', timeout: 20_000 });
    assert.equal(await panel.getAttribute('data-intent'), EN_CONVERSATION.intent);
    assert.equal(await panel.getAttribute('data-thread-id'), EN_CONVERSATION.conversationId);
    assert.equal(await panel.getAttribute('data-order-id'), EN_CONVERSATION.orderId);
    await insertAndCheck(page, 0, [EN_CONVERSATION.orderId]);

    await page.goBack();
    await page.locator(QUEUE).waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForFunction((n) => document.querySelectorAll('[data-conversation-id] [data-helloword="reply-clock"]').length === n, waiting, { timeout: 10_000 });
    await page.waitForTimeout(500);
    assert.deepEqual(await counts(), { cardChips: waiting, queues: 1 });
    assert.equal(await page.locator(SUGGESTIONS).count(), 0);
    await assertNoMarkupFromPageText(page);
    await page.close();
  });
});
