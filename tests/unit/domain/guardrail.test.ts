import { describe, expect, it } from 'vitest';
import {
  GUARDRAIL_EXPLANATION_PARAMS,
  checkReply,
  countReviewRequests,
  type CheckReplyOptions,
  type GuardrailFinding,
  type GuardrailRule,
} from '../../../lib/domain/guardrail';

const check = (text: string, opts: Partial<CheckReplyOptions> = {}) => checkReply(text, { marketplace: 'amazon', ...opts });
const matches = (text: string, rule: GuardrailRule, opts: Partial<CheckReplyOptions> = {}) =>
  check(text, opts)
    .filter((f) => f.rule === rule)
    .map((f) => f.match);
/** Every finding's offsets point at its own words. */
function expectOffsets(text: string, findings: readonly GuardrailFinding[]) {
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
}

describe('external links (Amazon: none but those needed for the order)', () => {
  it.each([
    ['Visit https://example.com/shop for more.', 'https://example.com/shop'],
    ['See http://example.org.', 'http://example.org'],
    ['Go to www.mystore.de!', 'www.mystore.de'],
    ['Our site example.com/sale has it', 'example.com/sale'],
    ['Manual at docs.example.co.uk/manual.pdf', 'docs.example.co.uk/manual.pdf'],
    ['Schauen Sie auf meinshop.de vorbei', 'meinshop.de'],
    ['Find us: example dot com', 'example dot com'],
    ['Find us: example (dot) de', 'example (dot) de'],
    ['访问 mystore 点 com', 'mystore 点 com'],
    ['Link: https://example.com/a?b=1&c=2).', 'https://example.com/a?b=1&c=2'],
  ])('%s', (text, match) => {
    const findings = check(text);
    expect(findings.filter((f) => f.rule === 'external_link').map((f) => [f.match, f.severity])).toEqual([[match, 'block']]);
    expectOffsets(text, findings);
  });

  it('not links: abbreviations, decimals, file names, sentences without a space', () => {
    for (const text of ['e.g. this, i.e. that, z.B. so, etc.', 'It costs 3.99 and weighs 1.5 kg.', 'See photo.jpg and invoice.pdf', 'It arrived.It was broken.', 'Version 2.0 ships today.']) {
      expect(matches(text, 'external_link'), text).toEqual([]);
    }
  });

  it('carrier tracking pages and Amazon pages are only a warning on Amazon (needed for the order)', () => {
    const [finding] = check('Track it at https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(finding).toMatchObject({ rule: 'external_link', severity: 'warn', explanation: { code: 'guardrail_external_link_order' } });
  });

  it('eBay: a warning, and eBay pages are fine; Shopify: your own store, links are allowed', () => {
    expect(check('See example.com/x', { marketplace: 'ebay' }).map((f) => f.severity)).toEqual(['warn']);
    expect(check('See https://www.ebay.de/itm/123', { marketplace: 'ebay' })).toEqual([]);
    expect(check('See https://mystore.com/products/x', { marketplace: 'shopify' })).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Write to john.doe+shop@gmail.com today', 'john.doe+shop@gmail.com'],
    ['Mail: service@shop.co.uk.', 'service@shop.co.uk'],
    ['contact john at gmail dot com', 'john at gmail dot com'],
    ['E-Mail: info(at)meinshop(dot)de', 'info(at)meinshop(dot)de'],
    ['mail: info [at] shop.fr', 'info [at] shop.fr'],
    ['write to john at gmail.com', 'john at gmail.com'],
    ['write to john@gmail dot com', 'john@gmail dot com'],
    ['メール：taro＠example.jp', 'taro＠example.jp'],
  ])('%s', (text, match) => {
    const findings = check(text);
    expect(findings.filter((f) => f.rule === 'email_address').map((f) => f.match)).toEqual([match]);
    // The domain inside an address is not a second, separate link.
    expect(findings.filter((f) => f.rule === 'external_link')).toEqual([]);
    expectOffsets(text, findings);
  });

  it('not e-mail: "at" in prose, @mentions without a domain, a site named after "at"', () => {
    expect(matches('We will look at it at once. Arrives at home.', 'email_address')).toEqual([]);
    expect(check('The manual is at docs.example.com/manual').map((f) => [f.rule, f.match])).toEqual([['external_link', 'docs.example.com/manual']]);
    expect(matches('Thanks @team for the help', 'email_address')).toEqual([]);
  });

  it('blocked on Amazon and eBay, allowed on Shopify', () => {
    expect(check('a@b.com', { marketplace: 'ebay' }).map((f) => [f.rule, f.severity])).toEqual([['email_address', 'block']]);
    expect(check('a@b.com', { marketplace: 'shopify' })).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['Call +49 30 1234567', '+49 30 1234567'],
    ['Tel. +1 (202) 555-0143', '+1 (202) 555-0143'],
    ['Phone (555) 123-4567', '(555) 123-4567'],
    ['ring 555-123-4567 now', '555-123-4567'],
    ['555.123.4567', '555.123.4567'],
    ['Rufen Sie 030 12345678 an', '030 12345678'],
    ['Tel.: 030/1234567', '030/1234567'],
    ['0049 30 12345678', '0049 30 12345678'],
    ['appelez le 06 12 34 56 78', '06 12 34 56 78'],
    ['llame al 612 34 56 78', '612 34 56 78'],
    ['chiami il 347 123 4567', '347 123 4567'],
    ['UK: 020 7946 0958', '020 7946 0958'],
    ['電話番号：03-1234-5678', '03-1234-5678'],
    ['携帯 090-1234-5678', '090-1234-5678'],
    ['电话 138 0013 8000', '138 0013 8000'],
    ['手机13800138000', '13800138000'],
    ['WhatsApp: 5551234567', '5551234567'],
    ['全角 ０３－１２３４－５６７８', '０３－１２３４－５６７８'],
  ])('%s', (text, match) => {
    const findings = check(text).filter((f) => f.rule === 'phone_number');
    expect(findings.map((f) => f.match)).toEqual([match]);
    expect(findings[0]!.severity).toBe('block');
    expectOffsets(text, findings);
  });

  it('not phone numbers: order ids, tracking numbers, dates, prices, postcodes, sizes', () => {
    const text = [
      'Order 114-3941689-8772232 and 114-3941689-8772232.',
      'eBay order 12-34567-89012.',
      'Tracking 1Z999AA10123456784, DHL 1234567890, USPS 9400 1000 0000 0000 0000 00.',
      'Sendungsnummer: 0034 0434 1612 3456 78.',
      'Yamato 1234-5678-9012.',
      'Royal Mail AB123456789GB. SKU HW-1234567.',
      'Dates 2025-03-05, 05.03.2025, 2025/03/05, 3/5/2025.',
      'Prices $1,299.99, 1.234.567,00 €, 1 234 567 €, ¥1,234,567.',
      'Postcode 60314 Frankfurt, ZIP 10115.',
      'Sizes 36 38 40 42 44 and 100 110 120 130.',
      'EAN 4006381333931. Please allow 3-5 business days, 9:00-18:00.',
      'Artikelnummer 123 456 789.',
    ].join('\n');
    expect(matches(text, 'phone_number')).toEqual([]);
  });

  it('the order’s own facts are never phone numbers', () => {
    expect(matches('Your tracking number is 0301 2345 678.', 'phone_number')).toEqual([]);
    expect(matches('Your parcel left: 0301 234 5678.', 'phone_number')).toEqual([]);
    expect(matches('Please use 0301 234 5678 today.', 'phone_number')).toEqual(['0301 234 5678']);
    expect(matches('Please use 0301 234 5678 today.', 'phone_number', { knownValues: ['0301 234 5678'] })).toEqual([]);
    expect(matches('Please use 0301 234 5678 today.', 'phone_number', { knownValues: ['03012345678'] })).toEqual([]);
    // A short SKU that happens to sit inside a phone number does not hide it.
    expect(matches('Call +49 30 1234567, SKU 1234.', 'phone_number', { knownValues: ['1234', 'SKU-1234'] })).toEqual(['+49 30 1234567']);
  });

  it('Shopify: allowed', () => {
    expect(check('Call +49 30 1234567', { marketplace: 'shopify' })).toEqual([]);
  });
});

describe('review incentives (all marketplaces)', () => {
  it.each([
    ['en', 'Please leave a 5-star review and get a refund!', 'leave a 5-star review and get a refund'],
    ['en', 'Leave us a positive review and we will send you a free gift.', 'Leave us a positive review and we will send you a free gift'],
    ['en', 'We offer free products in exchange for reviews', 'free products in exchange for reviews'],
    ['de', 'Gutes Feedback gegen Gutschein.', 'Gutes Feedback gegen Gutschein'],
    ['de', 'Für eine 5-Sterne-Bewertung erstatten wir Ihnen 10 €.', '5-Sterne-Bewertung erstatten wir Ihnen 10 €'],
    ['fr', 'Laissez un avis 5 étoiles et recevez un bon d\'achat.', 'Laissez un avis 5 étoiles et recevez un bon d\'achat'],
    ['es', 'Deje una reseña positiva y le haremos un reembolso.', 'Deje una reseña positiva y le haremos un reembolso'],
    ['it', 'Lasci una recensione a 5 stelle e riceverà un buono sconto.', 'Lasci una recensione a 5 stelle e riceverà un buono sconto'],
    ['ja', 'レビューを書いていただければ、次回使える割引クーポンをプレゼントします。', 'レビューを書いていただければ、次回使える割引クーポンをプレゼント'],
    ['ja', '星5レビューで500円分のギフト券をお送りします。', '星5レビューで500円分のギフト'],
    ['en', 'If you give us 5 stars we will refund your shipping.', 'give us 5 stars we will refund'],
    ['de', 'Wenn Sie Ihre negative Bewertung löschen, erstatten wir Ihnen den Kaufpreis.', 'Bewertung löschen, erstatten'],
    ['es', 'Si cambia su valoración a 5 estrellas le devolvemos el dinero.', 'cambia su valoración a 5 estrellas le devolvemos el dinero'],
    ['zh', '好评返现5元。', '好评返现'],
    ['zh', '删除差评我们给您退款。', '删除差评我们给您退款'],
    ['zh', '给个五星好评，送您一张优惠券。', '给个五星好评，送您一张优惠券'],
  ])('%s: %s', (_language, text, match) => {
    const findings = check(text).filter((f) => f.rule === 'review_incentive');
    expect(findings.map((f) => [f.match, f.severity])).toEqual([[match, 'block']]);
    expectOffsets(text, findings);
  });

  it('a reward in the next sentence, tied by "in return", counts too', () => {
    expect(matches('Please leave us an honest review. In return we will send you a $10 gift card.', 'review_incentive')).toEqual([
      'leave us an honest review. In return we will send you a $10 gift card',
    ]);
  });

  it('not incentives: thanks for feedback next to a refund, refunds without a review, a review request alone', () => {
    for (const text of [
      'Thank you for your feedback, we have issued a refund.',
      'Vielen Dank für Ihr Feedback. Wir haben die Erstattung veranlasst.',
      'Merci pour vos commentaires, le remboursement a été effectué.',
      'We refunded $24.99 and sent a coupon for your next order.',
      'Le facteur a laissé un avis de passage, le remboursement suivra.',
      'Could you leave a review of the product if you have a moment?',
      '感谢您的评价，我们已为您退款。',
      'Deje una reseña si quiere, vale. Le reembolsaremos en cuanto llegue.',
      'Laissez un avis de passage ? Non : la remise du colis a eu lieu.',
      'Lasci pure una recensione, è buono a sapersi.',
    ]) {
      expect(matches(text, 'review_incentive'), text).toEqual([]);
    }
  });

  it('Amazon: asking for a positive review only is not allowed either; eBay and Shopify allow it', () => {
    const text = 'If you are happy, please leave us a 5-star review.';
    expect(check(text).map((f) => [f.rule, f.severity, f.explanation.code])).toEqual([['review_incentive', 'block', 'guardrail_review_positive_only']]);
    expect(check(text, { marketplace: 'ebay' })).toEqual([]);
    expect(check(text, { marketplace: 'shopify' })).toEqual([]);
  });

  it('Amazon: asking to change or remove a review is not allowed, even without a reward', () => {
    for (const [text, match] of [
      ['Could you please update your review now that the issue is solved?', 'update your review'],
      ['Könnten Sie Ihre Bewertung bitte ändern?', 'Bewertung bitte ändern'],
      ['麻烦您删除差评。', '麻烦您删除差评'],
    ] as const) {
      expect(check(text).map((f) => [f.rule, f.severity, f.match, f.explanation.code]), text).toEqual([
        ['review_incentive', 'block', match, 'guardrail_review_change_request'],
      ]);
      expect(check(text, { marketplace: 'ebay' }), text).toEqual([]);
    }
  });

  it('Shopify: an incentive for a positive review is blocked (FTC 16 CFR 465); a neutral one must be disclosed (warn)', () => {
    expect(check('Leave a 5-star review and get 20% off', { marketplace: 'shopify' }).map((f) => [f.severity, f.explanation.code])).toEqual([
      ['block', 'guardrail_review_incentive'],
    ]);
    expect(check('Leave an honest review and get 20% off your next order', { marketplace: 'shopify' }).map((f) => [f.severity, f.explanation.code])).toEqual([
      ['warn', 'guardrail_review_incentive_disclosed'],
    ]);
    expect(check('Leave an honest review and get 20% off your next order', { marketplace: 'ebay' }).map((f) => f.severity)).toEqual(['block']);
  });
});

describe('review requests (Amazon: one per order)', () => {
  it('counts request sentences in every language', () => {
    expect(countReviewRequests('Could you leave a review? Thanks for your order.')).toBe(1);
    expect(countReviewRequests('Bitte hinterlassen Sie eine Bewertung. Wir würden uns freuen, wenn Sie uns Feedback geben.')).toBe(2);
    expect(countReviewRequests("N'hésitez pas à laisser un avis.")).toBe(1);
    expect(countReviewRequests('¿Podría dejarnos una reseña?')).toBe(1);
    expect(countReviewRequests('Potrebbe lasciare una recensione?')).toBe(1);
    expect(countReviewRequests('レビューをお願いいたします。')).toBe(1);
    expect(countReviewRequests('麻烦您给我们留个评价。')).toBe(1);
    expect(countReviewRequests('Thank you for your feedback. Ihre Bewertung ist uns wichtig.')).toBe(0);
  });

  it('a second request in the same message is flagged, with the offending words', () => {
    const text = 'Could you leave a review? Also, please write a review of the product.';
    const findings = check(text);
    expect(findings.map((f) => [f.rule, f.severity, f.match])).toEqual([['review_request_repeated', 'block', 'write a review']]);
    expect(findings[0]!.explanation).toEqual({ code: 'guardrail_review_request_repeated', params: { count: 2, policy: 'Amazon Communication Guidelines' } });
    expectOffsets(text, findings);
  });

  it('one request after an earlier one for the same order is flagged', () => {
    expect(check('Could you leave a review?', { previousReviewRequests: 0 })).toEqual([]);
    expect(check('Could you leave a review?', { previousReviewRequests: 1 }).map((f) => f.rule)).toEqual(['review_request_repeated']);
  });

  it('eBay and Shopify have no such limit', () => {
    expect(check('Please leave feedback. Please leave feedback again.', { marketplace: 'ebay', previousReviewRequests: 3 })).toEqual([]);
    expect(check('Please leave a review. Please write a review.', { marketplace: 'shopify' })).toEqual([]);
  });
});

describe('payment and contact outside the marketplace', () => {
  it.each([
    ['Just send it via PayPal me, paypal.me/shop', ['PayPal me', 'paypal.me']],
    ['You can pay by bank transfer or Western Union.', ['bank transfer', 'Western Union']],
    ['Use Venmo, Zelle or Cash App', ['Venmo', 'Zelle', 'Cash App']],
    ['Bitte per Überweisung direkt an uns, IBAN folgt.', ['Überweisung direkt', 'IBAN']],
    ['Paiement par virement bancaire possible.', ['par virement bancaire']],
    ['Puede pagar por transferencia bancaria o Bizum.', ['transferencia bancaria', 'Bizum']],
    ['Può pagare con bonifico bancario.', ['bonifico bancario']],
    ['銀行振込でのお支払いも可能です。', ['銀行振込']],
    ['可以用微信支付或支付宝付款。', ['微信支付', '支付宝']],
  ])('%s', (text, expected) => {
    const findings = check(text, { marketplace: 'ebay' }).filter((f) => f.rule === 'off_platform_payment');
    expect(findings.map((f) => f.match)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'block')).toBe(true);
    expectOffsets(text, findings);
  });

  it('payment words that belong to a normal refund are fine', () => {
    for (const text of ['The refund goes back to your PayPal account.', 'Die Erstattung erfolgt über Ihre ursprüngliche Zahlungsart.', 'The amount will appear in your bank account.']) {
      expect(matches(text, 'off_platform_payment'), text).toEqual([]);
    }
  });

  it.each([
    ['Add me on WhatsApp', ['WhatsApp']],
    ['Message us on WeChat or Telegram', ['WeChat', 'Telegram']],
    ['Please call me tomorrow', ['call me']],
    ['We can sort this outside of Amazon', ['outside of Amazon']],
    ['Rufen Sie mich an, dann klären wir das.', ['Rufen Sie mich an']],
    ['Appelez-moi demain.', ['Appelez-moi']],
    ['Llámeme mañana.', ['Llámeme']],
    ['Mi chiami domani, chiamami pure.', ['chiamami']],
    ['LINEでご連絡ください。', ['LINEで']],
    ['加我微信，我的微信是 abc。', ['加我微信', '微信']],
  ])('contact: %s', (text, expected) => {
    const findings = check(text).filter((f) => f.rule === 'off_platform_contact');
    expect(findings.map((f) => f.match)).toEqual(expected);
    expectOffsets(text, findings);
  });

  it('微信支付 is payment, not a second contact finding; replying here is not off-platform', () => {
    expect(check('微信支付', { marketplace: 'ebay' }).map((f) => f.rule)).toEqual(['off_platform_payment']);
    expect(check('Please reply to this message. Contact us through Amazon messages anytime. Online shop guideline.')).toEqual([]);
  });

  it('Shopify: contact channels are the store’s business; payment outside the checkout is a warning', () => {
    expect(check('Add me on WhatsApp', { marketplace: 'shopify' })).toEqual([]);
    expect(check('Pay by bank transfer', { marketplace: 'shopify' }).map((f) => [f.rule, f.severity])).toEqual([['off_platform_payment', 'warn']]);
  });
});

describe('findings', () => {
  it('come in text order with their explanation, marketplace and policy', () => {
    const text = 'Mail a@b.com or call us on +44 20 7946 0958, or visit shop.com.';
    const findings = check(text);
    expect(findings.map((f) => f.rule)).toEqual(['email_address', 'off_platform_contact', 'phone_number', 'external_link']);
    expectOffsets(text, findings);
    for (const f of findings) {
      expect(f.marketplace).toBe('amazon');
      expect(Object.keys(f.explanation.params)).toEqual([...GUARDRAIL_EXPLANATION_PARAMS[f.explanation.code as keyof typeof GUARDRAIL_EXPLANATION_PARAMS]]);
    }
    expect(findings[0]!.explanation).toEqual({ code: 'guardrail_email_address', params: { match: 'a@b.com', policy: 'Amazon Communication Guidelines' } });
  });

  it('an ordinary reply has none', () => {
    const text =
      'Hello Alex,\n\nThank you for your message about order 114-3941689-8772232. Your parcel was shipped on March 3, 2025 with UPS, tracking number 1Z999AA10123456784. ' +
      'We have refunded $24.99; it usually appears within 3 to 5 business days.\n\nKind regards,\nNorthwind Goods';
    for (const marketplace of ['amazon', 'ebay', 'shopify'] as const) expect(checkReply(text, { marketplace })).toEqual([]);
  });
});
