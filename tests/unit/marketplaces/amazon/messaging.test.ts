// Amazon Buyer-Seller Messages: which page is which (github-url-detection style), what a thread and
// the inbox say, and message times read with their zones. Fixture pages are generated for a fixed
// `now` (tests/fixtures/amazon/messaging/generate.ts) and parsed by happy-dom; their scripts do not run.
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byUrgency, replyClock } from '../../../../lib/domain/reply-clock';
import { ThreadFacts } from '../../../../lib/messaging/reply-protocol';
import { amazonAdapter } from '../../../../lib/marketplaces/amazon';
import {
  amazonMessaging,
  amazonMessagingSurfaces,
  amazonMessagingUnsupportedExamples,
  findAmazonReplyBox,
  listAmazonThreads,
  marketOf,
  parseMessageTime,
  readAmazonThread,
} from '../../../../lib/marketplaces/amazon/messaging';
import { matchBuyerHeader, matchSenderRole, matchThreadLabel, matchThreadMarker } from '../../../../lib/marketplaces/amazon/messaging-labels';
import { amazonPages, amazonUnsupportedExamples } from '../../../../lib/marketplaces/amazon/pages';
import { amazonMessagingMatchPatterns } from '../../../../lib/marketplaces/hosts';
import {
  CONTACT,
  contactBuyerPage,
  DE_THREAD,
  EN_THREAD,
  INBOX_QUEUE_ORDER,
  INBOX_ROWS,
  inboxPage,
  MESSAGING_FIXTURES,
  MESSAGING_URLS,
  threadPageDe,
  threadPageEn,
} from '../../../fixtures/amazon/messaging/generate';
import { parsePage } from './load';

/** A Saturday in November (PST, CET): 15:41:37 in Los Angeles, 00:41:37 on Sunday in Berlin. */
const NOW = new Date('2026-11-21T23:41:37Z');
/** A Tuesday in July (PDT, CEST). */
const SUMMER = new Date('2026-07-14T16:05:09Z');
const MINUTE = 60_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** What the page prints: the time `minutesAgo` before `now`, to the minute. */
const printedAgo = (now: Date, minutesAgo: number) => Math.floor((now.getTime() - minutesAgo * MINUTE) / MINUTE) * MINUTE;
const read = (html: string, url: string, now: Date) => readAmazonThread(parsePage(html), new URL(url), now.getTime());

describe('Amazon messaging surfaces', () => {
  const rowPageExamples = amazonPages.flatMap((p) => p.examples);
  const otherSellerCentral = amazonUnsupportedExamples.filter((u) => !new URL(u).pathname.startsWith('/messaging/'));

  for (const surface of amazonMessagingSurfaces) {
    describe(surface.kind, () => {
      it.each(surface.examples)('accepts %s', (url) => {
        expect(surface.test(new URL(url))).toBe(true);
      });
      const others = [
        ...amazonMessagingSurfaces.filter((s) => s !== surface).flatMap((s) => s.examples),
        ...amazonMessagingUnsupportedExamples,
        ...rowPageExamples,
        ...otherSellerCentral,
      ];
      it.each(others)('rejects %s', (url) => {
        expect(surface.test(new URL(url))).toBe(false);
      });
    });
  }

  it('detectSurface names each example, and no row page claims a messaging URL (nor the reverse)', () => {
    for (const surface of amazonMessagingSurfaces) {
      expect(surface.examples.length).toBeGreaterThanOrEqual(2);
      for (const url of surface.examples) {
        expect(amazonMessaging.detectSurface(new URL(url), document)).toBe(surface.kind);
        expect(amazonAdapter.detectPage(new URL(url), document)).toBeNull();
      }
    }
    for (const url of [...amazonMessagingUnsupportedExamples, ...rowPageExamples]) {
      expect(amazonMessaging.detectSurface(new URL(url), document)).toBeNull();
    }
  });

  it('the content script is injected on every messaging example and fixture address', () => {
    const patterns = amazonMessagingMatchPatterns.map((p) => new MatchPattern(p));
    const urls = [...amazonMessagingSurfaces.flatMap((s) => s.examples), ...MESSAGING_FIXTURES.map((f) => f.url)];
    expect(urls.filter((url) => !patterns.some((p) => p.includes(url)))).toEqual([]);
  });

  it('every fixture is served at an address of its surface and says what it models', () => {
    for (const fixture of MESSAGING_FIXTURES) {
      expect(amazonMessaging.detectSurface(new URL(fixture.url), document)).toBe(fixture.surface);
      expect(fixture.html(NOW)).toMatch(/^<!DOCTYPE html>\s*<!--\s*Generated[\s\S]*?Models:[\s\S]*?Evidence[\s\S]*?-->/);
    }
  });

  it('the marketplace comes from marketplaceID, else from the host', () => {
    expect(marketOf(new URL(MESSAGING_URLS.contact))).toMatchObject({ country: 'FR', language: 'fr', timeZone: 'Europe/Paris' });
    expect(marketOf(new URL('https://sellercentral.amazon.co.jp/messaging/inbox'))).toMatchObject({ country: 'JP', language: 'ja', dateOrder: 'YMD' });
    expect(marketOf(new URL('https://sellercentral.amazon.it/messaging/inbox')).language).toBe('it');
    expect(marketOf(new URL('https://sellercentral.amazon.es/messaging/inbox')).language).toBe('es');
    expect(marketOf(new URL('https://sellercentral.amazon.fr/messaging/inbox')).language).toBe('fr');
    expect(marketOf(new URL('https://sellercentral.amazon.de/messaging/inbox')).language).toBe('de');
    expect(marketOf(new URL('https://sellercentral-europe.amazon.com/messaging/inbox'))).toMatchObject({ country: null, language: undefined });
  });
});

describe('readThread', () => {
  it('English thread: the buyer’s two latest messages, not the seller’s reply, Amazon’s notice or older messages', () => {
    const thread = read(threadPageEn(NOW), MESSAGING_URLS.threadEn, NOW)!;
    expect(thread).toMatchObject({
      threadId: EN_THREAD.threadId,
      orderId: EN_THREAD.orderId,
      buyerName: EN_THREAD.buyerName,
      sku: EN_THREAD.sku,
      productTitle: EN_THREAD.productTitle,
      trackingNumber: EN_THREAD.trackingNumber,
      carrier: EN_THREAD.carrier,
      shippedOn: '2026-11-17',
      expectedDelivery: '2026-11-20',
      orderValue: { amount: 49.99, currency: 'USD' },
      shipCountry: 'US',
      languageHint: 'en',
    });
    expect(thread.buyerMessage).toMatch(/^Hi, the speaker arrived yesterday but it is broken/);
    expect(thread.buyerMessage).toContain('\n\nPS: your listing page');
    for (const older of ['Bonjour', 'مرحبا', 'Kind regards', 'Sunrise Goods', 'carrier reported', 'IMG_2041.jpg', 'Jane Doe', 'Buyer']) {
      expect(thread.buyerMessage).not.toContain(older);
    }
    // The clock starts with the first unanswered message (20 h 30 min ago), written with its offset.
    expect(thread.receivedAt).toMatch(ISO_WITH_OFFSET);
    expect(thread.receivedAt).toMatch(/-08:00$/);
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, EN_THREAD.receivedMinutesAgo));
    expect(ThreadFacts.safeParse({ marketplace: 'amazon', ...thread }).success).toBe(true);
  });

  it('hostile buyer text stays text: read as characters, nothing created or run', () => {
    const doc = parsePage(threadPageEn(NOW));
    const before = doc.getElementsByTagName('*').length;
    const thread = amazonMessaging.readThread(doc, new URL(MESSAGING_URLS.threadEn))!;
    expect(thread.buyerMessage).toContain('<script>alert("xss-en")</script>');
    expect(thread.buyerMessage).toContain("<img src=x onerror=alert('img-en')>");
    expect(thread.buyerMessage).toContain('😡🔊');
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelectorAll('.bsm-message__body img, .bsm-message__body script')).toHaveLength(0);
  });

  it('in summer the same page reads PDT', () => {
    const thread = read(threadPageEn(SUMMER), MESSAGING_URLS.threadEn, SUMMER)!;
    expect(thread.receivedAt).toMatch(/-07:00$/);
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(SUMMER, EN_THREAD.receivedMinutesAgo));
  });

  it('German thread (hashed classes, newest first, printed times, buyer told by name): the latest buyer message', () => {
    for (const now of [NOW, SUMMER]) {
      const thread = read(threadPageDe(now), MESSAGING_URLS.threadDe, now)!;
      expect(thread).toMatchObject({
        threadId: DE_THREAD.threadId,
        orderId: DE_THREAD.orderId,
        buyerName: DE_THREAD.buyerName,
        sku: DE_THREAD.sku,
        productTitle: DE_THREAD.productTitle,
        trackingNumber: DE_THREAD.trackingNumber,
        carrier: DE_THREAD.carrier,
        orderValue: { amount: 34.99, currency: 'EUR' },
        shipCountry: 'DE',
        languageHint: 'de',
      });
      expect(thread.buyerMessage).toBe(
        'Hallo, die Schreibtischlampe ist heute angekommen, aber der Glasschirm ist zerbrochen und die Lampe flackert nur noch. Was können Sie tun? 😞💡',
      );
      expect(thread.receivedAt).toMatch(now === NOW ? /\+01:00$/ : /\+02:00$/);
      expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(now, DE_THREAD.receivedMinutesAgo));
      expect(thread.shippedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('contact buyer (Katal): order from the URL, name from "Send message to", language from marketplaceID', () => {
    const thread = read(contactBuyerPage(NOW), MESSAGING_URLS.contact, NOW)!;
    expect(thread).toMatchObject({ orderId: CONTACT.orderId, buyerName: CONTACT.buyerName, languageHint: 'fr', shipCountry: 'FR' });
    expect(thread.threadId).toBeUndefined();
    expect(thread.buyerMessage).toBe("Bonjour, je voudrais annuler ma commande s'il vous plaît, je me suis trompée de couleur.\n\nMerci d'avance !");
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, CONTACT.receivedMinutesAgo));
    expect(thread.receivedAt).toMatch(/\+01:00$/);

    const fresh = read(contactBuyerPage(NOW, { history: false }), MESSAGING_URLS.contact, NOW)!;
    expect(fresh).toEqual({ orderId: CONTACT.orderId, buyerName: CONTACT.buyerName, languageHint: 'fr', shipCountry: 'FR' });
  });

  it('a thread the app has not rendered yet reads as null; an answered thread has no clock', () => {
    const empty = parsePage('<!DOCTYPE html><html><body><div id="bsm-app"><h2>Conversation with Jane Doe</h2><div class="spinner">Loading…</div></div></body></html>');
    expect(amazonMessaging.readThread(empty, new URL(MESSAGING_URLS.threadEn))).toBeNull();

    const answered = parsePage(`<!DOCTYPE html><html><body><h2>Conversation with Ann Lee</h2><ol role="log">
      <li><div><span>Ann Lee</span> <span>Buyer</span> <time datetime="2026-11-21T09:00:00-08:00">Nov 21, 2026 9:00 AM PST</time></div><div><p>Where is my parcel?</p></div></li>
      <li><div><span>You</span> <time datetime="2026-11-21T10:00:00-08:00">Nov 21, 2026 10:00 AM PST</time></div><div><p>It ships today.</p></div></li>
    </ol><textarea></textarea></body></html>`);
    const thread = readAmazonThread(answered, new URL(MESSAGING_URLS.threadEn), NOW.getTime())!;
    expect(thread.buyerMessage).toBe('Where is my parcel?');
    expect(thread.receivedAt).toBeUndefined();
  });

  it('a short message that starts with a date is the message, not its timestamp', () => {
    const doc = parsePage(`<body><h2>Conversation with Ann Lee</h2><ol role="log">
      <li><div><span>Ann Lee</span> <span>Buyer</span> <span>Nov 21, 2026 9:00 AM PST</span></div><div><p>Nov 3 is when I ordered. Still nothing!</p></div></li>
    </ol><textarea></textarea></body>`);
    const thread = readAmazonThread(doc, new URL(MESSAGING_URLS.threadEn), NOW.getTime())!;
    expect(thread.buyerMessage).toBe('Nov 3 is when I ordered. Still nothing!');
    expect(thread.receivedAt).toBe('2026-11-21T09:00:00-08:00');
  });

  it('reads the inbox with a thread open in place (SPA pane), ignoring the list’s rows', () => {
    const doc = parsePage(inboxPage(NOW));
    const template = doc.querySelector<HTMLTemplateElement>(`#thread-${EN_THREAD.threadId}`)!;
    doc.querySelector('#bsm-pane')!.replaceChildren(doc.importNode(template.content, true));
    const url = `https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&threadId=${EN_THREAD.threadId}`;
    expect(amazonMessaging.detectSurface(new URL(url), doc)).toBe('thread');
    const thread = readAmazonThread(doc, new URL(url), NOW.getTime())!;
    expect(thread).toMatchObject({ threadId: EN_THREAD.threadId, orderId: EN_THREAD.orderId, buyerName: EN_THREAD.buyerName, sku: EN_THREAD.sku });
    expect(Date.parse(thread.receivedAt!)).toBe(printedAgo(NOW, EN_THREAD.receivedMinutesAgo));
  });
});

describe('a restyle that renames every class (same visible text)', () => {
  /** Every class name replaced by a meaningless one, consistently, as a new build of the app would. */
  const restyle = (html: string) => {
    const names = new Map<string, string>();
    const rename = (name: string) => names.get(name) ?? (names.set(name, `_z${names.size.toString(36)}q`), names.get(name)!);
    return html.replace(/\bclass="([^"]*)"/g, (_, value: string) => `class="${value.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`);
  };

  it.each(MESSAGING_FIXTURES.filter((f) => f.surface !== 'inbox').map((f) => [f.name, f] as const))('%s reads the same', (_name, fixture) => {
    const original = read(fixture.html(NOW), fixture.url, NOW);
    const restyled = fixture.html(NOW);
    expect(restyle(restyled)).not.toEqual(restyled);
    expect(read(restyle(restyled), fixture.url, NOW)).toEqual(original);
    const box = findAmazonReplyBox(parsePage(restyle(restyled)));
    expect(box?.localName).toBe(findAmazonReplyBox(parsePage(restyled))?.localName);
  });

  it('the inbox lists the same threads', () => {
    const plain = ({ element: _element, ...rest }: ReturnType<typeof listAmazonThreads>[number]) => rest;
    const list = (html: string) => listAmazonThreads(parsePage(html), new URL(MESSAGING_URLS.inbox), NOW.getTime()).map(plain);
    expect(list(restyle(inboxPage(NOW)))).toEqual(list(inboxPage(NOW)));
  });
});

describe('findReplyBox', () => {
  it('kat-textarea on the thread and contact pages, the plain textarea on the German page', () => {
    expect(findAmazonReplyBox(parsePage(threadPageEn(NOW)))?.localName).toBe('kat-textarea');
    const contact = findAmazonReplyBox(parsePage(contactBuyerPage(NOW)));
    expect(contact?.localName).toBe('kat-textarea');
    expect(contact?.parentElement?.classList.contains('contact-buyer-text-area')).toBe(true);
    expect(findAmazonReplyBox(parsePage(threadPageDe(NOW)))?.id).toBe('reply-body');
  });

  it('falls back to a contenteditable textbox, and never picks a disabled or read-only field', () => {
    const doc = parsePage('<body><textarea readonly>log</textarea><div contenteditable="true" role="textbox" id="editor"></div></body>');
    expect(findAmazonReplyBox(doc)?.id).toBe('editor');
    expect(findAmazonReplyBox(parsePage('<body><p>No reply box here</p></body>'))).toBeNull();
  });
});

describe('listThreads', () => {
  const threads = listAmazonThreads(parsePage(inboxPage(NOW)), new URL(MESSAGING_URLS.inbox), NOW.getTime());

  it('lists every thread in page order with its buyer, order and whether it waits for a reply', () => {
    expect(threads.map((t) => t.threadId)).toEqual(INBOX_ROWS.map((r) => r.threadId));
    expect(threads.map((t) => t.buyerName)).toEqual(INBOX_ROWS.map((r) => r.buyerName));
    expect(threads.map((t) => t.orderId)).toEqual(INBOX_ROWS.map((r) => r.orderId));
    expect(threads.map((t) => t.awaitingReply)).toEqual(INBOX_ROWS.map((r) => r.status === 'awaiting'));
    for (const thread of threads) {
      expect(thread.element.localName).toBe('li');
      expect(new URL(thread.href!).searchParams.get('threadId')).toBe(thread.threadId);
    }
  });

  it('reads each row’s time (full with zone, "Today 9:41 AM", <time>, a date) to the minute', () => {
    threads.forEach((thread, i) => {
      const row = INBOX_ROWS[i]!;
      expect(thread.receivedAt, row.format).toMatch(ISO_WITH_OFFSET);
      if (row.format === 'date-only') return;
      expect(Date.parse(thread.receivedAt!), row.format).toBe(printedAgo(NOW, row.minutesAgo));
    });
  });

  it('orders the waiting threads overdue first', () => {
    const waiting = threads.filter((t) => t.awaitingReply).map((thread) => ({ thread, clock: replyClock(thread.receivedAt!, NOW.getTime(), 24) }));
    expect(byUrgency(waiting).map((w) => w.thread.threadId)).toEqual(INBOX_QUEUE_ORDER);
    expect(waiting.filter((w) => w.clock!.state === 'overdue')).toHaveLength(2);
    expect(waiting.filter((w) => w.clock!.state === 'soon')).toHaveLength(2);
  });

  it('marks waiting threads from the list filter when rows carry no marker; drops unsafe links', () => {
    const doc = parsePage(`<body><ul>
      <li><a href="/messaging/inbox?fi=RESPONSE_NEEDED&amp;threadId=AAAA1111">Ann Lee</a> <span>Nov 21, 2026 9:00 AM PST</span></li>
      <li><a href="javascript:alert(1)//threadId=BBBB2222">Bob Roe</a></li>
    </ul></body>`);
    const [first, second] = listAmazonThreads(doc, new URL('https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED'), NOW.getTime());
    expect(first).toMatchObject({ threadId: 'AAAA1111', buyerName: 'Ann Lee', awaitingReply: true, receivedAt: '2026-11-21T09:00:00-08:00' });
    expect(second!.href).toBeUndefined();
    const all = listAmazonThreads(doc, new URL('https://sellercentral.amazon.com/messaging/inbox?fi=ALL'), NOW.getTime());
    expect(all[0]!.awaitingReply).toBe(false);
  });

  it('reads the 2017–2019 inbox (evidence: #threads-list, .thread-subject "(Order: …)", .thread-buyername)', () => {
    const doc = parsePage(`<body><div id="threads-list">
      <div id="thread-1"><span class="a-size-small thread-subject">Inquiry from Amazon customer (Order: 111-2300471-3237033)</span><span class="a-size-small thread-buyername">Kim Park</span><span class="a-size-mini thread-timestamp">Nov 21, 2026 8:15 AM PST</span></div>
      <div id="thread-2"><span class="a-size-small thread-subject">Return request (Order: 112-7159011-6004236)</span><span class="a-size-small thread-buyername">Raj Patel</span><span class="a-size-mini thread-timestamp">Nov 20, 2026 6:00 PM PST</span></div>
    </div></body>`);
    const legacy = listAmazonThreads(doc, new URL('https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED'), NOW.getTime());
    expect(legacy.map((t) => [t.threadId, t.buyerName, t.orderId, t.awaitingReply])).toEqual([
      ['thread-1', 'Kim Park', '111-2300471-3237033', true],
      ['thread-2', 'Raj Patel', '112-7159011-6004236', true],
    ]);
  });
});

describe('message times', () => {
  const us = { dateOrder: 'MDY' as const, timeZone: 'America/Los_Angeles', now: NOW.getTime() };
  const de = { dateOrder: 'DMY' as const, timeZone: 'Europe/Berlin', now: NOW.getTime() };
  const jp = { dateOrder: 'YMD' as const, timeZone: 'Asia/Tokyo', now: NOW.getTime() };

  it.each([
    ['Nov 21, 2026 3:12 PM PST', us, '2026-11-21T15:12:00-08:00'],
    ['Jul 4, 2026 9:05 AM PDT', us, '2026-07-04T09:05:00-07:00'],
    ['Nov 21, 2026 12:30 AM EST', us, '2026-11-21T00:30:00-05:00'],
    ['Saturday, November 21, 2026 at 3:12 PM CST', us, '2026-11-21T15:12:00-06:00'],
    ['Nov 21, 2026 3:12 PM GMT-05:00', us, '2026-11-21T15:12:00-05:00'],
    ['21.11.2026 15:12 MEZ', de, '2026-11-21T15:12:00+01:00'],
    ['21.07.2026 15:12 MESZ', de, '2026-07-21T15:12:00+02:00'],
    ['21.11.2026, 15:12 Uhr CET', de, '2026-11-21T15:12:00+01:00'],
    ['21/11/2026 15:12 (UTC+1)', de, '2026-11-21T15:12:00+01:00'],
    ['21 Nov 2026, 15:12 BST', de, '2026-11-21T15:12:00+01:00'],
    ['21 nov. 2026 15:12 +0530', de, '2026-11-21T15:12:00+05:30'],
    ['2026/11/21 15:12 JST', jp, '2026-11-21T15:12:00+09:00'],
    ['2026年11月21日 午後3:12', jp, '2026-11-21T15:12:00+09:00'],
    // No zone printed: the marketplace's zone, with its daylight-saving time.
    ['Nov 21, 2026 3:12 PM', us, '2026-11-21T15:12:00-08:00'],
    ['Jul 14, 2026 3:12 PM', us, '2026-07-14T15:12:00-07:00'],
    ['21.07.2026 15:12', de, '2026-07-21T15:12:00+02:00'],
    // Relative to now (15:41 on Nov 21 in Los Angeles, 00:41 on Nov 22 in Berlin).
    ['Today 9:41 AM', us, '2026-11-21T09:41:00-08:00'],
    ['Yesterday 11:05 PM', us, '2026-11-20T23:05:00-08:00'],
    ['Heute, 00:15', de, '2026-11-22T00:15:00+01:00'],
    ['Gestern, 15:12 Uhr', de, '2026-11-21T15:12:00+01:00'],
    ['Nov 19, 3:12 PM', us, '2026-11-19T15:12:00-08:00'],
    ['Dec 30, 3:12 PM', us, '2025-12-30T15:12:00-08:00'],
    // A date alone: the start of that day.
    ['Nov 18, 2026', us, '2026-11-18T00:00:00-08:00'],
    // ISO (a <time datetime> value): kept, Z written as +00:00; without offset, the marketplace's zone.
    ['2026-11-21T23:12:00Z', us, '2026-11-21T23:12:00+00:00'],
    ['2026-11-21T15:12:07.123-08:00', us, '2026-11-21T15:12:07-08:00'],
    ['2026-11-21T15:12', de, '2026-11-21T15:12:00+01:00'],
  ])('%s → %s', (text, ctx, expected) => {
    expect(parseMessageTime(text, ctx)).toBe(expected);
  });

  it.each(['', 'Jane Doe', 'Buyer', 'Today', 'Hi, the speaker arrived yesterday but it is broken', '13:99', 'Nov 21, 2026 13:12 PM PST', '114-3941689-8772232'])(
    'rejects %j',
    (text) => {
      expect(parseMessageTime(text, us)).toBeNull();
    },
  );
});

describe('messaging words', () => {
  it('markers: "No response needed" is answered, not "Response needed"', () => {
    expect(matchThreadMarker('Response needed')).toBe('awaiting');
    expect(matchThreadMarker('Antwort erforderlich')).toBe('awaiting');
    expect(matchThreadMarker('No response needed')).toBe('answered');
    expect(matchThreadMarker('Keine Antwort erforderlich')).toBe('answered');
    expect(matchThreadMarker('Resolved on Nov 20, 2026')).toBe('answered');
    expect(matchThreadMarker('Response needed for this order, please')).toBeNull();
  });

  it('sender roles, header names and order-fact labels', () => {
    expect(matchSenderRole('(Käufer)')).toBe('buyer');
    expect(matchSenderRole('You')).toBe('seller');
    expect(matchSenderRole('Notification from Amazon')).toBe('system');
    expect(matchSenderRole('Jane Doe')).toBeNull();
    expect(matchBuyerHeader('Send message to Jane Doe')).toBe('Jane Doe');
    expect(matchBuyerHeader('Nachricht an Jürgen Müller senden')).toBe('Jürgen Müller');
    expect(matchBuyerHeader('Order details')).toBeNull();
    expect(matchThreadLabel('Tracking ID: 1Z999')).toEqual({ key: 'trackingNumber', value: '1Z999', hasColon: true });
    expect(matchThreadLabel('Voraussichtliche Zustellung')).toEqual({ key: 'expectedDelivery', value: '', hasColon: false });
    expect(matchThreadLabel('A buyer wrote Tracking ID: 123 in a long sentence')).toBeNull();
  });
});
