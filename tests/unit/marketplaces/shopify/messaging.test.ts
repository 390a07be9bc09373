// Shopify admin's contact-customer dialog: which page can show it (github-url-detection style), when
// the document shows it, what the order says as a thread, and where the reply goes. Fixture pages are
// generated for a fixed `now` (tests/fixtures/shopify/messaging/generate.ts) and parsed by happy-dom;
// their scripts do not run, so the dialog is rendered open (`open: 'contact'`) where a test needs it.
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { resolveReplyBox } from '../../../../lib/features/reply/insert';
import { ThreadFacts } from '../../../../lib/messaging/reply-protocol';
import { shopifyMatchPatterns } from '../../../../lib/marketplaces/hosts';
import {
  contactCustomer,
  detectShopifySurface,
  findContactDialog,
  findShopifyReplyBox,
  readShopifyThread,
  shopifyMessaging,
  shopifyMessagingSurfaces,
  shopifyMessagingUnsupportedExamples,
} from '../../../../lib/marketplaces/shopify/messaging';
import { languageCode, matchLanguageLabel } from '../../../../lib/marketplaces/shopify/messaging-labels';
import { orderDetail, shopifyPages, shopifyUnsupportedExamples } from '../../../../lib/marketplaces/shopify/pages';
import { contactPage, EN_ORDER, SHOPIFY_MESSAGING_FIXTURES, SHOPIFY_MESSAGING_URLS, ZH_ORDER, type ContactPageOptions } from '../../../fixtures/shopify/messaging/generate';
import { loadFixture, parsePage, urlOf } from './load';

/** A Saturday afternoon in November. */
const NOW = new Date('2026-11-21T15:41:37Z');
const EN_URL = new URL(SHOPIFY_MESSAGING_URLS.en);
const ZH_URL = new URL(SHOPIFY_MESSAGING_URLS.zh);

const page = (locale: 'en' | 'zh', options: ContactPageOptions = {}) => parsePage(contactPage(NOW, locale, options));
const read = (doc: Document, url: URL) => readShopifyThread(doc, url, NOW.getTime());

/** What the page prints (to the minute, in the local zone) `minutesAgo` before NOW, as ISO 8601 with offset. */
function localIso(minutesAgo: number): string {
  const d = new Date(NOW.getTime() - minutesAgo * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
const localDate = (minutesAgo: number) => localIso(minutesAgo).slice(0, 10);

describe('surfaces', () => {
  it('the contact surface is the order page: it accepts the order page’s examples and every fixture URL', () => {
    expect(shopifyMessagingSurfaces).toEqual([contactCustomer]);
    for (const example of [...contactCustomer.examples, ...SHOPIFY_MESSAGING_FIXTURES.map((f) => f.url)]) {
      expect(contactCustomer.test(new URL(example)), example).toBe(true);
    }
    expect(contactCustomer.examples).toEqual(orderDetail.examples);
  });

  it('rejects every other admin page, the unsupported examples and a return’s own page', () => {
    const others = shopifyPages.filter((p) => p !== orderDetail).flatMap((p) => p.examples);
    for (const example of [...others, ...shopifyUnsupportedExamples, ...shopifyMessagingUnsupportedExamples]) {
      expect(contactCustomer.test(new URL(example)), example).toBe(false);
    }
  });

  it('every example is inside the content script’s match patterns', () => {
    const patterns = shopifyMatchPatterns.map((p) => new MatchPattern(p));
    for (const example of contactCustomer.examples) expect(patterns.some((p) => p.includes(example)), example).toBe(true);
  });

  it('the URL alone is not the surface: only an open contact dialog makes it one', () => {
    expect(detectShopifySurface(EN_URL, page('en'))).toBeNull();
    expect(detectShopifySurface(EN_URL, page('en', { open: 'contact' }))).toBe('contact');
    expect(detectShopifySurface(ZH_URL, page('zh', { open: 'contact' }))).toBe('contact');
    expect(shopifyMessaging.detectSurface(EN_URL, page('en', { open: 'contact' }))).toBe('contact');
    // The note editor is a modal with a textarea too, but no e-mail.
    expect(detectShopifySurface(EN_URL, page('en', { open: 'note' }))).toBeNull();
    // The same dialog on a page that is not an order page.
    expect(detectShopifySurface(new URL('https://admin.shopify.com/store/helloword-demo/orders'), page('en', { open: 'contact' }))).toBeNull();
  });

  it('templates (the app’s unopened modals) and our own UI are never the dialog', () => {
    const doc = page('en');
    expect(doc.querySelector('template#contact-customer-modal')).not.toBeNull();
    expect(findContactDialog(doc)).toBeNull();
    const own = doc.createElement('div');
    own.setAttribute('data-helloword', 'reply-suggestions');
    own.innerHTML = (doc.getElementById('contact-customer-modal') as HTMLTemplateElement).innerHTML;
    doc.body.append(own);
    expect(findContactDialog(doc)).toBeNull();
  });

  it('has no inbox (Shopify Inbox is a separate app)', () => {
    expect(shopifyMessaging.surfaces.some((s) => s.kind === 'inbox')).toBe(false);
    expect(shopifyMessaging.listThreads(page('en'), EN_URL)).toEqual([]);
  });
});

describe('the order as a thread (English page, checkout note in German)', () => {
  const doc = page('en', { open: 'contact' });
  const thread = read(doc, EN_URL);

  it('reads the order, its customer, the shipped item and the note', () => {
    expect(thread).toEqual({
      threadId: EN_ORDER.numericId,
      orderId: EN_ORDER.orderId,
      buyerName: EN_ORDER.customer,
      buyerMessage: EN_ORDER.note.join('\n'),
      receivedAt: localIso(EN_ORDER.placedMinutesAgo),
      productTitle: EN_ORDER.productTitle,
      sku: EN_ORDER.sku,
      trackingNumber: EN_ORDER.trackingNumber,
      carrier: EN_ORDER.carrier,
      shippedOn: localDate(120),
      orderValue: { amount: 94.88, currency: 'EUR' },
      shipCountry: EN_ORDER.shipCountry,
      languageHint: 'en',
    });
    expect(ThreadFacts.safeParse({ marketplace: 'shopify', ...thread }).success).toBe(true);
  });

  it('the hostile note stays text: nothing in it became an element', () => {
    expect(thread?.buyerMessage).toContain('<script>alert("note-en")</script>');
    const notes = Array.from(doc.querySelectorAll('h2')).find((h) => h.textContent === 'Notes')!.closest('[class^="Polaris-ShadowBevel"]')!;
    expect(notes.querySelectorAll('script, img').length).toBe(0);
  });

  it('the reply box is the body’s outer wrapper (below its label), holding the real textarea', () => {
    const box = findShopifyReplyBox(doc)!;
    const textarea = doc.querySelector('[role="dialog"] textarea')!;
    expect(box.className).toMatch(/^Polaris-Connected_/);
    expect(box.contains(textarea)).toBe(true);
    expect(box.querySelector('label')).toBeNull();
    expect(box.previousElementSibling?.querySelector('label')?.textContent).toBe('Message');
    expect(resolveReplyBox(box)).toEqual({ kind: 'textarea', editable: textarea });
    expect(shopifyMessaging.findReplyBox(doc)).toBe(box);
  });

  it('the box stays the same element once the panel and guardrail sit beside it', () => {
    const box = findShopifyReplyBox(doc)!;
    for (const feature of ['reply-suggestions', 'policy-guardrail']) {
      const host = doc.createElement('helloword-annotation');
      host.setAttribute('data-helloword', feature);
      if (feature === 'reply-suggestions') box.before(host);
      else box.after(host);
    }
    expect(findShopifyReplyBox(doc)).toBe(box);
    expect(read(doc, EN_URL)).toEqual(thread);
  });

  it('nothing without the dialog, nothing in the note editor', () => {
    for (const closed of [page('en'), page('en', { open: 'note' })]) {
      expect(read(closed, EN_URL)).toBeNull();
      expect(findShopifyReplyBox(closed)).toBeNull();
      expect(shopifyMessaging.readThread(closed, EN_URL)).toBeNull();
    }
  });
});

describe('the order as a thread (Chinese admin, rich-text body, no note)', () => {
  const doc = page('zh', { open: 'contact' });

  it('no message: no buyerMessage and no clock start; the customer’s language is the hint', () => {
    expect(read(doc, ZH_URL)).toEqual({
      threadId: ZH_ORDER.numericId,
      orderId: ZH_ORDER.orderId,
      buyerName: ZH_ORDER.customer,
      productTitle: ZH_ORDER.productTitle,
      sku: ZH_ORDER.sku,
      trackingNumber: ZH_ORDER.trackingNumber,
      carrier: ZH_ORDER.carrier,
      shippedOn: localDate(2 * 24 * 60),
      orderValue: { amount: 21.89, currency: 'EUR' },
      shipCountry: ZH_ORDER.shipCountry,
      languageHint: ZH_ORDER.customerLanguage,
    });
  });

  it('the reply box is the editor (toolbar + contenteditable); its field is the contenteditable', () => {
    const box = findShopifyReplyBox(doc)!;
    const editable = doc.querySelector<HTMLElement>('[role="dialog"] [contenteditable="true"]')!;
    expect(box.querySelector('[role="toolbar"]')).not.toBeNull();
    expect(box.contains(editable)).toBe(true);
    expect(resolveReplyBox(box)?.editable).toBe(editable);
  });

  it('without the customer’s language line, the admin’s language', () => {
    const noLanguage = parsePage(contactPage(NOW, 'zh', { open: 'contact' }).replace(/<h3[^>]*>语言<\/h3>\s*<p[^>]*>法语<\/p>/, ''));
    expect(read(noLanguage, ZH_URL)?.languageHint).toBe('zh');
  });
});

describe('structure, not styling', () => {
  it('every class attribute stripped: the same threads and boxes', () => {
    for (const [locale, url] of [['en', EN_URL], ['zh', ZH_URL]] as const) {
      const styled = page(locale, { open: 'contact' });
      const bare = page(locale, { open: 'contact', unstyled: true });
      expect(bare.querySelector('[class]')).toBeNull();
      expect(read(bare, url)).toEqual(read(styled, url));
      expect(findShopifyReplyBox(bare)?.contains(bare.querySelector('[role="dialog"] textarea, [role="dialog"] [contenteditable="true"]'))).toBe(true);
    }
    expect(detectShopifySurface(EN_URL, page('en', { open: 'note', unstyled: true }))).toBeNull();
  });

  it('an unknown title and body label: found by its subject field, the body by being the last multi-line field', () => {
    const html = contactPage(NOW, 'en', { open: 'contact' })
      .replace(/>Contact customer<\/h2>/, '>Neue Nachricht</h2>')
      .replace(/>Message<\/label>/, '>Nachricht</label>');
    const doc = parsePage(html);
    expect(detectShopifySurface(EN_URL, doc)).toBe('contact');
    expect(resolveReplyBox(findShopifyReplyBox(doc)!)?.editable).toBe(doc.querySelector('[role="dialog"] textarea'));
  });

  it('the invoice e-mail (To, Bcc and a custom message too) is not a message to the customer', () => {
    const html = contactPage(NOW, 'en', { open: 'contact' }).replace(/>Contact customer<\/h2>/, '>Send invoice</h2>');
    expect(detectShopifySurface(EN_URL, parsePage(html))).toBeNull();
  });

  it('the known title alone is enough without subject and recipient fields', () => {
    const html = contactPage(NOW, 'zh', { open: 'contact' }).replace(/>(?:收件人|主题|密送至)</g, '>—<');
    expect(detectShopifySurface(ZH_URL, parsePage(html))).toBe('contact');
    const untitled = html.replace(/>联系客户<\/h2>/, '>—</h2>');
    expect(detectShopifySurface(ZH_URL, parsePage(untitled))).toBeNull();
  });
});

describe('what the customer wrote', () => {
  it('a timeline comment by the customer is newer than the note: it is the message, dated by its time', () => {
    const text = "Bonjour, l'enceinte HW-SPK-BT10 n'est toujours pas expédiée ?";
    const thread = read(page('en', { open: 'contact', timelineComment: { minutesAgo: 90, text } }), EN_URL);
    expect(thread?.buyerMessage).toBe(text);
    expect(thread?.receivedAt).toBe(localIso(90));
    // It names the unfulfilled speaker: its item, without the lamp's parcel.
    expect(thread?.sku).toBe('HW-SPK-BT10');
    expect(thread?.trackingNumber).toBeUndefined();
  });

  it('other timeline events (fulfilment, "… placed this order") are not messages', () => {
    const thread = read(page('en', { open: 'contact', noNote: true }), EN_URL);
    expect(thread?.buyerMessage).toBeUndefined();
    expect(thread?.receivedAt).toBeUndefined();
    expect(thread?.sku).toBe(EN_ORDER.sku);
  });
});

describe('an order page showing a return request', () => {
  it('the customer’s note on the returned item is the message; the parcel comes from the fulfilment labels', () => {
    const doc = loadFixture('order-return-request.en.html');
    const modal = parsePage(contactPage(NOW, 'en')).querySelector<HTMLTemplateElement>('#contact-customer-modal')!;
    doc.getElementById('PolarisPortalsContainer')!.append(doc.importNode(modal.content, true));
    const url = new URL(urlOf('order-return-request.en.html'));
    expect(detectShopifySurface(url, doc)).toBe('contact');
    const thread = read(doc, url);
    expect(thread).toMatchObject({
      orderId: '1005',
      // The first returned item with a note (the others' notes, hostile ones included, stay out).
      sku: 'HW-DRESS-COT-M',
      buyerMessage: 'Runs a size small, I need a Large.',
      trackingNumber: '9400111899223344556677',
      carrier: 'USPS',
      shipCountry: 'US',
    });
    expect(thread?.receivedAt).toBeUndefined();
  });
});

describe('labels', () => {
  it('language lines and names', () => {
    expect(matchLanguageLabel('Language: French')).toEqual({ value: 'French', hasColon: true });
    expect(matchLanguageLabel('语言')).toEqual({ value: '', hasColon: false });
    expect(matchLanguageLabel('Languages spoken in the shop are many')).toBeNull();
    expect(languageCode('法语')).toBe('fr');
    expect(languageCode('Deutsch')).toBe('de');
    expect(languageCode('fr-CA')).toBe('fr');
    expect(languageCode('French (Canada)')).toBe('fr');
    expect(languageCode('Klingon')).toBeUndefined();
  });
});
