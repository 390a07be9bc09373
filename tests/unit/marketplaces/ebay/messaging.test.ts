// eBay Messages: which page is which (github-url-detection style), what a conversation, the reply
// page and the inbox say, and message times read with their zones. Fixture pages are generated for
// a fixed `now` (tests/fixtures/ebay/messaging/generate.ts) and parsed by happy-dom; their scripts
// do not run.
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { classifyMessage } from '../../../../lib/domain/messages/classify';
import { byUrgency, replyClock } from '../../../../lib/domain/reply-clock';
import { ThreadFacts } from '../../../../lib/messaging/reply-protocol';
import { amazonMessagingSurfaces, amazonMessagingUnsupportedExamples } from '../../../../lib/marketplaces/amazon/messaging';
import { amazonPages } from '../../../../lib/marketplaces/amazon/pages';
import { ebayAdapter } from '../../../../lib/marketplaces/ebay';
import {
  EBAY_MESSAGING_SELECTORS,
  ebayMessaging,
  ebayMessagingSurfaces,
  ebayMessagingUnsupportedExamples,
  findEbayReplyBox,
  listEbayThreads,
  readEbayConversation,
  siteOf,
} from '../../../../lib/marketplaces/ebay/messaging';
import { matchCardMarker, matchMemberHeader, matchSenderPhrase, matchSenderRole, startsWithSellerTurn } from '../../../../lib/marketplaces/ebay/messaging-labels';
import { parseEbayMessageTime, timestampText } from '../../../../lib/marketplaces/ebay/messaging-time';
import { ebayPages, ebayUnsupportedExamples } from '../../../../lib/marketplaces/ebay/pages';
import { ebayMessagingMatchPatterns } from '../../../../lib/marketplaces/hosts';
import {
  cardReceivedAt,
  cardTime,
  conversationPageDe,
  conversationPageEn,
  DE_CONVERSATION,
  EBAY_MESSAGING_FIXTURES,
  EN_CONVERSATION,
  INBOX_CARDS,
  inboxPage,
  inboxQueueOrder,
  M2M,
  m2mReplyPage,
  MESSAGING_URLS,
} from '../../../fixtures/ebay/messaging/generate';
import { parsePage } from './load';

/** A Saturday in November: 15:41:37 in Los Angeles, 23:41:37 in London, 00:41:37 on Sunday in Berlin. */
const NOW = new Date('2026-11-21T23:41:37Z');
/** A Tuesday in July (PDT, BST, CEST). */
const SUMMER = new Date('2026-07-14T16:05:09Z');
const MINUTE = 60_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** What the page prints: the time `minutesAgo` before `now`, to the minute. */
const printedAgo = (now: Date, minutesAgo: number) => Math.floor((now.getTime() - minutesAgo * MINUTE) / MINUTE) * MINUTE;
const read = (html: string, url: string, now: Date) => readEbayConversation(parsePage(html), new URL(url), now.getTime());

const SHOPIFY_EXAMPLES = [
  'https://admin.shopify.com/store/helloword-demo/orders/5123456789012',
  'https://admin.shopify.com/store/helloword-demo/inbox',
  'https://helloword-demo.myshopify.com/admin/orders/5123456789012',
];
const ROW_PAGE_EXAMPLES = ebayPages.flatMap((p) => p.examples);
const MESSAGING_EXAMPLES = ebayMessagingSurfaces.flatMap((s) => s.examples);
const FOREIGN = [...amazonMessagingSurfaces.flatMap((s) => s.examples), ...amazonMessagingUnsupportedExamples, ...amazonPages.flatMap((p) => p.examples), ...SHOPIFY_EXAMPLES];

describe('eBay messaging surfaces', () => {
  for (const surface of ebayMessagingSurfaces) {
    describe(surface.kind, () => {
      it.each(surface.examples)('accepts %s', (url) => {
        expect(surface.test(new URL(url))).toBe(true);
      });
      const others = [
        ...ebayMessagingSurfaces.filter((s) => s !== surface).flatMap((s) => s.examples),
        ...ebayMessagingUnsupportedExamples,
        ...ROW_PAGE_EXAMPLES,
        // eBay URLs the row pages reject; the M2M reply example among them is this adapter's own.
        ...ebayUnsupportedExamples.filter((u) => !ebayM2MExample(u)),
        ...FOREIGN,
      ];
      it.each(others)('rejects %s', (url) => {
        expect(surface.test(new URL(url))).toBe(false);
      });
    });
  }

  it('detectSurface names each example; row pages and messaging surfaces never claim each other’s URLs', () => {
    for (const surface of ebayMessagingSurfaces) {
      expect(surface.examples.length).toBeGreaterThanOrEqual(2);
      for (const url of surface.examples) {
        expect(ebayMessaging.detectSurface(new URL(url), document)).toBe(surface.kind);
        expect(ebayAdapter.detectPage(new URL(url), document)).toBeNull();
      }
    }
    for (const url of [...ebayMessagingUnsupportedExamples, ...ROW_PAGE_EXAMPLES, ...FOREIGN]) {
      expect(ebayMessaging.detectSurface(new URL(url), document)).toBeNull();
    }
  });

  it('examples span several eBay sites and both spellings of ViewMessage', () => {
    const hosts = new Set(MESSAGING_EXAMPLES.map((u) => new URL(u).hostname));
    for (const host of ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de']) expect(hosts.has(host)).toBe(true);
    expect(MESSAGING_EXAMPLES.some((u) => u.includes('/cnt/ViewMessage'))).toBe(true);
    expect(MESSAGING_EXAMPLES.some((u) => u.includes('/cnt/viewMessage'))).toBe(true);
  });

  it('the content script is injected on every messaging example and fixture address, not on the unsupported ones', () => {
    const patterns = ebayMessagingMatchPatterns.map((p) => new MatchPattern(p));
    const injected = (url: string) => patterns.some((p) => p.includes(url));
    const urls = [...MESSAGING_EXAMPLES, ...EBAY_MESSAGING_FIXTURES.map((f) => f.url), MESSAGING_URLS.inboxThread];
    expect(urls.filter((url) => !injected(url))).toEqual([]);
    for (const url of ebayMessagingUnsupportedExamples.filter((u) => !/\/(?:ulk\/messages\/reply|cnt\/viewmessage)/i.test(u))) expect(injected(url), url).toBe(false);
  });

  it('every fixture is served at an address of its surface and says what it models', () => {
    for (const fixture of EBAY_MESSAGING_FIXTURES) {
      expect(ebayMessaging.detectSurface(new URL(fixture.url), document)).toBe(fixture.surface);
      expect(fixture.html(NOW)).toMatch(/^<!DOCTYPE html>\s*<!--\s*Generated[\s\S]*?Models:[\s\S]*?Evidence[\s\S]*?Invented[\s\S]*?-->/);
    }
    expect(ebayMessaging.detectSurface(new URL(MESSAGING_URLS.inboxThread), document)).toBe('thread');
  });

  it('the site gives the language hint, the zone and the date order', () => {
    const site = (host: string) => siteOf(new URL(`https://${host}/cnt/ViewMessage`));
    expect(site('www.ebay.de')).toMatchObject({ country: 'DE', language: 'de', timeZone: 'Europe/Berlin', dateOrder: 'DMY' });
    expect(site('www.ebay.fr').language).toBe('fr');
    expect(site('www.ebay.it').language).toBe('it');
    expect(site('www.ebay.es').language).toBe('es');
    for (const host of ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.com.au', 'www.ebay.ca']) expect(site(host).language, host).toBe('en');
    expect(site('www.ebay.com')).toMatchObject({ timeZone: 'America/Los_Angeles', dateOrder: 'MDY' });
    expect(site('www.ebay.co.uk')).toMatchObject({ timeZone: 'Europe/London', dateOrder: 'DMY' });
  });
});

function ebayM2MExample(url: string): boolean {
  return /\/ulk\/messages\/reply/.test(url) && /item=\d/.test(url) && /requested=\w/.test(url);
}

describe('readThread', () => {
  it('English conversation: the buyer’s two latest messages, not the seller’s reply, eBay’s notice or older messages', () => {
    const read1 = read(conversationPageEn(NOW), MESSAGING_URLS.conversationEn, NOW)!;
    const { thread } = read1;
    expect(read1.itemId).toBe(EN_CONVERSATION.itemId);
    expect(thread).toMatchObject({
      threadId: EN_CONVERSATION.conversationId,
      orderId: EN_CONVERSATION.orderId,
      buyerName: EN_CONVERSATION.buyer,
      sku: EN_CONVERSATION.sku,
      productTitle: EN_CONVERSATION.title,
      trackingNumber: EN_CONVERSATION.trackingNumber,
      carrier: EN_CONVERSATION.carrier,
      shippedOn: '2026-11-17',
      expectedDelivery: '2026-11-20',
      orderValue: { amount: 49.99, currency: 'GBP' },
      shipCountry: 'GB',
      languageHint: 'en',
    });
    expect(thread.buyerMessage).toMatch(/^Hi, the speaker arrived yesterday but it is broken/);
    expect(thread.buyerMessage).toContain('\n\nPS: your listing page');
    for (const older of ['Bonjour', 'مرحبا', 'Kind regards', 'Sunrise Goods', 'carrier reported', 'IMG_2041.jpg', 'wrote', 'jane_doe_88']) {
      expect(thread.buyerMessage).not.toContain(older);
    }
    // The clock starts with the first unanswered message (20 h 30 min ago), written with its offset.
    expect(thread.receivedAt).toMatch(ISO_WITH_OFFSET);
    expect(thread.receivedAt).toMatch(/\+00:00$/);
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, EN_CONVERSATION.receivedMinutesAgo));
    expect(ThreadFacts.safeParse({ marketplace: 'ebay', ...thread }).success).toBe(true);
  });

  it('in summer the English page reads BST', () => {
    const { thread } = read(conversationPageEn(SUMMER), MESSAGING_URLS.conversationEn, SUMMER)!;
    expect(thread.receivedAt).toMatch(/\+01:00$/);
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(SUMMER, EN_CONVERSATION.receivedMinutesAgo));
  });

  it('hostile buyer text stays text: read as characters, nothing created or run', () => {
    const doc = parsePage(conversationPageEn(NOW));
    const before = doc.getElementsByTagName('*').length;
    const thread = ebayMessaging.readThread(doc, new URL(MESSAGING_URLS.conversationEn))!;
    expect(thread.buyerMessage).toContain('<script>alert("xss-ebay")</script>');
    expect(thread.buyerMessage).toContain("<img src=x onerror=alert('img-ebay')>");
    expect(thread.buyerMessage).toContain('😡🔊');
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelectorAll('.msg-bubble img, .msg-bubble script')).toHaveLength(0);
  });

  it('German conversation (hashed classes, articles, newest first, sender by member id): the latest buyer message', () => {
    for (const now of [NOW, SUMMER]) {
      const { thread, itemId } = read(conversationPageDe(now), MESSAGING_URLS.conversationDe, now)!;
      expect(itemId).toBe(DE_CONVERSATION.itemId);
      expect(thread).toMatchObject({
        threadId: `${DE_CONVERSATION.buyer}:${DE_CONVERSATION.itemId}`,
        orderId: DE_CONVERSATION.orderId,
        buyerName: DE_CONVERSATION.buyer,
        productTitle: DE_CONVERSATION.title,
        trackingNumber: DE_CONVERSATION.trackingNumber,
        carrier: DE_CONVERSATION.carrier,
        orderValue: { amount: 34.99, currency: 'EUR' },
        shipCountry: 'DE',
        languageHint: 'de',
      });
      expect(thread.buyerMessage).toBe(
        'Hallo, ich habe den Artikel immer noch nicht erhalten. Die Sendungsverfolgung zeigt seit Tagen keine Bewegung. Wo bleibt mein Paket? 😟',
      );
      expect(thread.receivedAt).toMatch(now === NOW ? /\+01:00$/ : /\+02:00$/);
      expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(now, DE_CONVERSATION.receivedMinutesAgo));
      expect(thread.shippedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('M2M reply page (no ARIA): member and item from the URL, the question id as thread, the latest question', () => {
    const { thread, itemId } = read(m2mReplyPage(NOW), MESSAGING_URLS.m2m, NOW)!;
    expect(itemId).toBe(M2M.itemId);
    expect(thread).toEqual({
      threadId: M2M.questionId,
      buyerName: M2M.buyer,
      buyerMessage: 'Hi, please cancel my order, I bought it twice by mistake.\n\nThanks, Chris 🙂',
      receivedAt: expect.stringMatching(/-08:00$/),
      productTitle: M2M.title,
      shipCountry: 'US',
      languageHint: 'en',
    });
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, M2M.receivedMinutesAgo));
    // Without a question id the thread is the member and the listing.
    const bare = read(m2mReplyPage(NOW), `https://www.ebay.com/ulk/messages/reply?M2MContact&item=${M2M.itemId}&requested=${M2M.buyer}&redirect=0`, NOW)!;
    expect(bare.thread.threadId).toBe(`${M2M.buyer}:${M2M.itemId}`);
  });

  it('each fixture’s buyer message is classified as its page says (what the end-to-end tests expect)', () => {
    for (const [html, url, facts] of [
      [conversationPageEn(NOW), MESSAGING_URLS.conversationEn, EN_CONVERSATION],
      [conversationPageDe(NOW), MESSAGING_URLS.conversationDe, DE_CONVERSATION],
      [m2mReplyPage(NOW), MESSAGING_URLS.m2m, M2M],
    ] as const) {
      const { thread } = read(html, url, NOW)!;
      const result = classifyMessage(thread.buyerMessage!, { languageHint: thread.languageHint! });
      expect([result.intent, result.language], url).toEqual([facts.intent, facts.language]);
    }
  });

  it('the inbox with a conversation opened in place reads the pane, not the cards', () => {
    const doc = parsePage(inboxPage(NOW));
    const template = doc.querySelector<HTMLTemplateElement>(`#conversation-${EN_CONVERSATION.conversationId}`)!;
    doc.querySelector('#msg-pane')!.replaceChildren(doc.importNode(template.content, true));
    const { thread } = readEbayConversation(doc, new URL(MESSAGING_URLS.inboxThread), NOW.getTime())!;
    expect(thread).toMatchObject({
      threadId: EN_CONVERSATION.conversationId,
      orderId: EN_CONVERSATION.orderId,
      buyerName: EN_CONVERSATION.buyer,
      sku: EN_CONVERSATION.sku,
      orderValue: { amount: 49.99, currency: 'USD' },
      shipCountry: 'US',
    });
    expect(thread.receivedAt).toMatch(/-08:00$/);
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, EN_CONVERSATION.receivedMinutesAgo));
    expect(thread.buyerMessage).not.toContain('does the dress run small');
  });

  it('a conversation not rendered yet reads as null; an answered one has no clock', () => {
    const url = new URL(MESSAGING_URLS.conversationEn);
    const empty = parsePage('<body><h2><a href="/usr/ann_lee">ann_lee</a></h2><div class="spinner">Loading…</div><textarea></textarea></body>');
    expect(ebayMessaging.readThread(empty, url)).toBeNull();

    const answered = parsePage(`<body><h2><a href="/usr/ann_lee">ann_lee</a> (12)</h2><div role="log">
      <div><span>ann_lee</span> <time datetime="2026-11-21T09:00:00Z">21 Nov 2026 at 09:00 GMT</time><p>Where is my parcel?</p></div>
      <div><span>You</span> <time datetime="2026-11-21T10:00:00Z">21 Nov 2026 at 10:00 GMT</time><p>It ships today.</p></div>
    </div><textarea></textarea></body>`);
    const thread = readEbayConversation(answered, url, NOW.getTime())!.thread;
    expect(thread).toMatchObject({ buyerName: 'ann_lee', buyerMessage: 'Where is my parcel?' });
    expect(thread.receivedAt).toBeUndefined();
  });

  it('a short message that starts with a date is the message, not its timestamp; German "Hier …" is not French "yesterday"', () => {
    const doc = parsePage(`<body><h2><a href="/usr/ann_lee">ann_lee</a></h2><div role="log">
      <div><span class="clipped">ann_lee wrote:</span><div><p>Nov 3 is when I ordered. Still nothing!</p></div><span>21 Nov 2026 at 09:00 GMT</span></div>
      <div><span class="clipped">ann_lee wrote:</span><div><p>Hier ist mein Foto</p></div><span>21 Nov 2026 at 09:05 GMT</span></div>
    </div><div contenteditable="true" role="textbox"></div></body>`);
    const thread = readEbayConversation(doc, new URL(MESSAGING_URLS.conversationEn), NOW.getTime())!.thread;
    expect(thread.buyerMessage).toBe('Nov 3 is when I ordered. Still nothing!\n\nHier ist mein Foto');
    expect(thread.receivedAt).toBe('2026-11-21T09:00:00+00:00');
  });

  it('reads a conversation shown in the same-origin message frame (#app__email-iframe) when the page has none', () => {
    const doc = parsePage('<body><h2><a href="/usr/ann_lee">ann_lee</a></h2><iframe id="app__email-iframe"></iframe><textarea name="message"></textarea></body>');
    const inner = parsePage('<body><div><p><b>ann_lee wrote:</b></p><p>Nov 21, 2026 9:00 AM PST</p><div><p>My parcel never arrived.</p></div></div></body>');
    Object.defineProperty(doc.querySelector('iframe')!, 'contentDocument', { value: inner });
    const thread = readEbayConversation(doc, new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=123'), NOW.getTime())!.thread;
    expect(thread).toMatchObject({ buyerName: 'ann_lee', buyerMessage: 'My parcel never arrived.', receivedAt: '2026-11-21T09:00:00-08:00' });
  });
});

describe('a restyle that renames every class (same visible text)', () => {
  /** Every class name replaced by a meaningless one, consistently, as a new build of the app would. */
  const restyle = (html: string) => {
    const names = new Map<string, string>();
    const rename = (name: string) => names.get(name) ?? (names.set(name, `_z${names.size.toString(36)}q`), names.get(name)!);
    return html.replace(/\bclass="([^"]*)"/g, (_, value: string) => `class="${value.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`);
  };

  it.each(EBAY_MESSAGING_FIXTURES.filter((f) => f.surface !== 'inbox').map((f) => [f.name, f] as const))('%s reads the same', (_name, fixture) => {
    const html = fixture.html(NOW);
    expect(restyle(html)).not.toEqual(html);
    expect(read(restyle(html), fixture.url, NOW)).toEqual(read(html, fixture.url, NOW));
    expect(findEbayReplyBox(parsePage(restyle(html)))?.localName).toBe(findEbayReplyBox(parsePage(html))?.localName);
  });

  it('the inbox lists the same threads', () => {
    const plain = ({ element: _element, ...rest }: ReturnType<typeof listEbayThreads>[number]) => rest;
    const list = (html: string) => listEbayThreads(parsePage(html), new URL(MESSAGING_URLS.inbox), NOW.getTime()).map(plain);
    expect(list(restyle(inboxPage(NOW)))).toEqual(list(inboxPage(NOW)));
  });
});

describe('dated selectors', () => {
  const docs = EBAY_MESSAGING_FIXTURES.map((f) => parsePage(f.html(NOW)));
  const entries = Object.entries(EBAY_MESSAGING_SELECTORS).flatMap(([name, list]) => list.map((entry) => [name, entry] as const));
  it.each(entries)('%s %o is dated and matches a fixture', (_name, entry) => {
    expect(entry.since).toMatch(/\d{4}/);
    expect(docs.some((doc) => doc.querySelector(entry.selector) !== null)).toBe(true);
  });
});

describe('findReplyBox', () => {
  it('the contenteditable editor, the plain textarea, the reply form’s "message" field', () => {
    expect(findEbayReplyBox(parsePage(conversationPageEn(NOW)))?.getAttribute('role')).toBe('textbox');
    expect(findEbayReplyBox(parsePage(conversationPageDe(NOW)))?.id).toBe('antwort');
    expect(findEbayReplyBox(parsePage(m2mReplyPage(NOW)))?.getAttribute('name')).toBe('message');
  });

  it('never picks a disabled, read-only or hidden field; none on a page without one', () => {
    const doc = parsePage('<body><textarea readonly>log</textarea><textarea disabled></textarea><div hidden><textarea id="x"></textarea></div><div contenteditable="true" role="textbox" id="editor"></div></body>');
    expect(findEbayReplyBox(doc)?.id).toBe('editor');
    expect(findEbayReplyBox(parsePage('<body><p>No reply box here</p></body>'))).toBeNull();
  });
});

describe('listThreads', () => {
  const threads = listEbayThreads(parsePage(inboxPage(NOW)), new URL(MESSAGING_URLS.inbox), NOW.getTime());

  it('lists every card in page order with its member, conversation and whether it waits for the seller', () => {
    expect(threads.map((t) => t.threadId)).toEqual(INBOX_CARDS.map((c) => c.conversationId));
    expect(threads.map((t) => t.buyerName)).toEqual(INBOX_CARDS.map((c) => c.member));
    expect(threads.map((t) => t.awaitingReply)).toEqual(INBOX_CARDS.map((c) => c.awaiting));
    expect(threads.map((t) => t.orderId)).toEqual(INBOX_CARDS.map((c) => c.orderId));
    // Cards are buttons that open in place: no link to offer.
    expect(threads.every((t) => t.href === undefined)).toBe(true);
  });

  it('reads each card’s time towards urgency: "35m", "4h", "Yesterday", "Nov 18"', () => {
    expect(INBOX_CARDS.map((c) => cardTime(c.minutesAgo, NOW))).toEqual(['35m', '2h', '5h', '6h', '9h', '20h', '22h', 'Yesterday', 'Yesterday', 'Nov 18']);
    threads.forEach((t, i) => {
      expect(t.receivedAt, t.threadId).toMatch(ISO_WITH_OFFSET);
      expect(Date.parse(t.receivedAt!), t.threadId).toBe(cardReceivedAt(INBOX_CARDS[i]!, NOW));
    });
    expect(threads[0]!.receivedAt).toBe('2026-11-21T15:05:37-08:00');
    expect(threads[7]!.receivedAt).toBe('2026-11-20T00:00:00-08:00');
  });

  it('the queue puts the longest overdue first', () => {
    const waiting = threads.filter((t) => t.awaitingReply).map((thread) => ({ thread, clock: replyClock(thread.receivedAt!, NOW.getTime(), 24) }));
    expect(byUrgency(waiting).map((w) => w.thread.threadId)).toEqual(inboxQueueOrder(NOW));
    expect(inboxQueueOrder(NOW).slice(0, 2)).toEqual(['2412460000110', '2412460000108']);
  });

  it('without data-conversation-id the dated card class still finds the cards; eBay’s notices never wait', () => {
    const html = inboxPage(NOW).replace(/ data-conversation-id="\d+"/g, '');
    const cards = listEbayThreads(parsePage(html), new URL(MESSAGING_URLS.inbox), NOW.getTime());
    expect(cards.map((t) => t.buyerName)).toEqual(INBOX_CARDS.map((c) => c.member));
    expect(cards[0]!.threadId).toBe('row-1');
    expect(cards.find((t) => t.buyerName === 'eBay')!.awaitingReply).toBe(false);
  });

  it('reads conversation links when cards are links, and offers only same-origin http(s) links', () => {
    const doc = parsePage(`<body><ul>
      <li><a href="/cnt/ViewMessage?group_type=CORE&amp;conversation_id=777001">ann_lee</a> <span>Unread, Question</span> <span>4h</span></li>
      <li><a href="javascript:alert(1)//cnt/ViewMessage?conversation_id=777002">bob.roe</a></li>
      <li><a href="https://evil.example/cnt/ViewMessage?conversation_id=777003">eve</a> <span>You: done</span></li>
    </ul></body>`);
    const [first, ...rest] = listEbayThreads(doc, new URL(MESSAGING_URLS.inbox), NOW.getTime());
    expect(first).toMatchObject({ threadId: '777001', buyerName: 'ann_lee', awaitingReply: true });
    expect(first!.href).toMatch(/^https?:\/\/[^/]+\/cnt\/ViewMessage\?group_type=CORE&conversation_id=777001$/);
    expect(first!.receivedAt).toBe('2026-11-21T10:41:37-08:00');
    // The javascript: link is no conversation; a foreign one is listed, but neither its link nor its id is taken.
    expect(rest.map((t) => [t.threadId, t.href, t.awaitingReply])).toEqual([['row-2', undefined, false]]);
  });
});

describe('message times', () => {
  const us = { dateOrder: 'MDY' as const, timeZone: 'America/Los_Angeles', now: NOW.getTime() };
  const gb = { dateOrder: 'DMY' as const, timeZone: 'Europe/London', now: NOW.getTime() };
  const de = { dateOrder: 'DMY' as const, timeZone: 'Europe/Berlin', now: NOW.getTime() };

  it.each([
    ['Nov 21, 2026 3:12 PM PST', us, '2026-11-21T15:12:00-08:00'],
    ['Jul 4, 2026 9:05 AM PDT', us, '2026-07-04T09:05:00-07:00'],
    ['Nov 21, 2026 at 3:12 PM', us, '2026-11-21T15:12:00-08:00'],
    ['Jul 14, 2026 3:12 PM', us, '2026-07-14T15:12:00-07:00'],
    ['21 Nov 2026 at 15:12 GMT', gb, '2026-11-21T15:12:00+00:00'],
    ['14 Jul 2026 at 15:12 BST', gb, '2026-07-14T15:12:00+01:00'],
    ['14 Jul 2026 15:12', gb, '2026-07-14T15:12:00+01:00'],
    ['21.11.2026, 15:12 MEZ', de, '2026-11-21T15:12:00+01:00'],
    ['21.07.2026, 15:12 MESZ', de, '2026-07-21T15:12:00+02:00'],
    ['21. Nov. 2026 15:12 Uhr', de, '2026-11-21T15:12:00+01:00'],
    ['21.11.2026 15:12 (GMT+1)', de, '2026-11-21T15:12:00+01:00'],
    ['21/11/2026 15:12 UTC+01:00', gb, '2026-11-21T15:12:00+01:00'],
    // Relative to now (15:41 on Nov 21 in Los Angeles, 00:41 on Nov 22 in Berlin).
    ['Today 9:41 AM', us, '2026-11-21T09:41:00-08:00'],
    ['Yesterday 11:05 PM', us, '2026-11-20T23:05:00-08:00'],
    ['Heute, 00:15', de, '2026-11-22T00:15:00+01:00'],
    ['Gestern, 15:12 Uhr', de, '2026-11-21T15:12:00+01:00'],
    ['Nov 19, 3:12 PM', us, '2026-11-19T15:12:00-08:00'],
    ['Dec 30, 3:12 PM', us, '2025-12-30T15:12:00-08:00'],
    // Dates alone and ages, read towards urgency.
    ['Nov 18', us, '2026-11-18T00:00:00-08:00'],
    ['Yesterday', us, '2026-11-20T00:00:00-08:00'],
    ['Gestern', de, '2026-11-21T00:00:00+01:00'],
    ['35m', us, '2026-11-21T15:05:37-08:00'],
    ['4h', us, '2026-11-21T10:41:37-08:00'],
    ['2d', us, '2026-11-18T15:41:37-08:00'],
    ['1w', gb, '2026-11-07T23:41:37+00:00'],
    ['3 hours ago', us, '2026-11-21T11:41:37-08:00'],
    ['vor 3 Std.', de, '2026-11-21T20:41:37+01:00'],
    ['il y a 2 h', de, '2026-11-21T21:41:37+01:00'],
    ['Just now', us, '2026-11-21T15:41:37-08:00'],
    // ISO (a <time datetime> value): kept; without offset, the site's zone.
    ['2026-11-21T23:12:00Z', us, '2026-11-21T23:12:00+00:00'],
    ['2026-11-21T15:12:07.123-08:00', us, '2026-11-21T15:12:07-08:00'],
    ['2026-11-21T15:12', de, '2026-11-21T15:12:00+01:00'],
  ])('%s → %s', (text, ctx, expected) => {
    expect(parseEbayMessageTime(text, ctx)).toBe(expected);
  });

  it.each(['', 'jane_doe_88', 'You', 'Hi, the speaker arrived yesterday but it is broken', '13:99', 'Nov 21, 2026 13:12 PM PST', '12-34567-89012', 'Hier ist mein Foto'])('rejects %j', (text) => {
    expect(parseEbayMessageTime(text, us)).toBeNull();
  });

  it('a timestamp is short; a sentence that starts with a date is not one', () => {
    expect(timestampText('Nov 3 is when I ordered', us)).toBeNull();
    expect(timestampText('Nov 18', us)).toBeNull();
    expect(timestampText('Nov 18', us, { dateOnly: true })).toBe('2026-11-18T00:00:00-08:00');
    expect(timestampText('4h', us)).toBe('2026-11-21T10:41:37-08:00');
  });
});

describe('messaging words', () => {
  it('sender roles, sender phrases and member headers', () => {
    expect(matchSenderRole('You')).toBe('seller');
    expect(matchSenderRole('Sie')).toBe('seller');
    expect(matchSenderRole('eBay')).toBe('system');
    expect(matchSenderRole('(Käufer)')).toBe('buyer');
    expect(matchSenderRole('jane_doe_88')).toBeNull();
    expect(matchSenderPhrase('jane_doe_88 wrote:')).toBe('jane_doe_88');
    expect(matchSenderPhrase('Neue Nachricht von: kaeufer_123 (15)')).toBe('kaeufer_123 (15)');
    expect(matchSenderPhrase('Nachricht von Ihnen')).toBe('Ihnen');
    expect(matchSenderPhrase('Hi, I wrote to you last week about the lamp and nobody answered me since then, what is going on here')).toBeNull();
    expect(matchSenderPhrase('Reply from the seller please')).toBeNull();
    expect(matchSenderPhrase('Message from Jane Doe')).toBe('Jane Doe');
    expect(matchMemberHeader('Unterhaltung mit mueller-j (37)')).toBe('mueller-j (37)');
    expect(matchMemberHeader('Reply to chris_k-2019')).toBe('chris_k-2019');
    expect(matchMemberHeader('Order details')).toBeNull();
  });

  it('card markers: answered wins; "Unread, <subject>" counts; a preview that is the seller’s turn', () => {
    expect(matchCardMarker('Unread, Item arrived damaged')).toBe('unread');
    expect(matchCardMarker('Unread')).toBe('unread');
    expect(matchCardMarker('Replied')).toBe('answered');
    expect(matchCardMarker('Antwort ausstehend')).toBe('awaiting');
    expect(matchCardMarker('Item arrived damaged, please help')).toBeNull();
    expect(startsWithSellerTurn('You: Thanks, it ships tomorrow.')).toBe(true);
    expect(startsWithSellerTurn('Sie: Danke!')).toBe(true);
    expect(startsWithSellerTurn('Your item is broken: please help')).toBe(false);
  });
});
