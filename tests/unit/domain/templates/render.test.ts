import { describe, expect, it } from 'vitest';
import {
  SAMPLE_ORDER_VALUES,
  TEMPLATE_LANGUAGES,
  TEMPLATE_VARIABLE_NAMES,
  TEMPLATE_VARIABLES,
  findPersonaliseMarks,
  formatForLanguage,
  renderTemplate,
  returnActionText,
  sampleOrderValues,
  templateLanguageOf,
  type TemplateLanguage,
} from '../../../../lib/domain/templates';
import { ReturnActionKind } from '../../../../lib/domain/schemas';

const render = (body: string, values: Parameters<typeof renderTemplate>[1] = {}, language: TemplateLanguage = 'en') =>
  renderTemplate({ body, language }, values);

describe('renderTemplate: variables (F6)', () => {
  it('fills every variable and records where each value landed', () => {
    const body = TEMPLATE_VARIABLE_NAMES.map((name) => `${name}={{${name}}}`).join('\n');
    const out = render(body, SAMPLE_ORDER_VALUES);
    expect(out.missing).toEqual([]);
    expect(out.personalise).toEqual([]);
    expect(out.variables.map((v) => v.name)).toEqual([...TEMPLATE_VARIABLE_NAMES]);
    for (const v of out.variables) {
      expect(v.filled).toBe(true);
      expect(out.text.slice(v.start, v.end)).toBe(SAMPLE_ORDER_VALUES[v.name as keyof typeof SAMPLE_ORDER_VALUES]);
    }
    expect(out.firstCursor).toBe(out.text.length);
  });

  it('a missing value stays visible as a mark in the template language, never "undefined" or empty', () => {
    const out = render('Order {{orderId}} for {{buyerName}}.', { orderId: undefined, buyerName: null }, 'de');
    expect(out.text).toBe('Order [✎ Bestellnummer] for [✎ Name des Käufers].');
    expect(out.text).not.toMatch(/undefined|null/);
    expect(out.missing).toEqual(['orderId', 'buyerName']);
    const order = { start: 6, end: 6 + '[✎ Bestellnummer]'.length };
    const buyer = { start: out.text.indexOf('[✎ Name'), end: out.text.length - 1 };
    expect(out.variables).toEqual([
      { name: 'orderId', ...order, filled: false },
      { name: 'buyerName', ...buyer, filled: false },
    ]);
    expect(out.personalise).toEqual([
      { ...order, hint: 'Bestellnummer', variable: 'orderId' },
      { ...buyer, hint: 'Name des Käufers', variable: 'buyerName' },
    ]);
    expect(out.text.slice(buyer.start, buyer.end)).toBe('[✎ Name des Käufers]');
    expect(out.firstCursor).toBe(6);
  });

  it('blank strings and the words undefined/null/NaN count as missing', () => {
    for (const value of ['', '   ', 'undefined', 'null', 'NaN']) {
      const out = render('#{{orderId}}', { orderId: value });
      expect(out.missing, JSON.stringify(value)).toEqual(['orderId']);
      expect(out.text).toBe('#[✎ order number]');
    }
  });

  it('each missing variable is listed once, in text order', () => {
    const out = render('{{sellerName}} {{orderId}} {{sellerName}}', {});
    expect(out.missing).toEqual(['sellerName', 'orderId']);
    expect(out.personalise).toHaveLength(3);
  });

  it('labels can follow the agent instead of the buyer', () => {
    expect(renderTemplate({ body: '{{orderId}}', language: 'de' }, {}, { labelLanguage: 'zh' }).text).toBe('[✎ 订单号]');
  });

  it('values are text: markup and template syntax inside a value stay as typed', () => {
    const out = render('Hi {{buyerName}}, re {{productTitle}}', {
      buyerName: '<b>Anna</b> & {{orderId}}',
      productTitle: '[[not a note]] <script>alert(1)</script>',
    });
    expect(out.text).toBe('Hi <b>Anna</b> & {{orderId}}, re [[not a note]] <script>alert(1)</script>');
    expect(out.missing).toEqual([]);
    expect(out.personalise).toEqual([]);
  });

  it('trims values but keeps the lines of a multi-line address', () => {
    const out = render('To:\n{{returnAddress}}\nEnd', { returnAddress: '  A Street 1\n12345 Town \n' });
    expect(out.text).toBe('To:\nA Street 1\n12345 Town\nEnd');
  });

  it('an unknown variable renders as a mark with its own name (the editor reports it)', () => {
    const out = render('x {{ordrId}} y', { orderId: '1' });
    expect(out.text).toBe('x [✎ ordrId] y');
    expect(out.missing).toEqual(['ordrId']);
  });
});

describe('renderTemplate: personalisation marks', () => {
  it('[[hint]] becomes a visible [✎ hint] range; the cursor goes to the first part to personalise', () => {
    const out = render('Hello {{buyerName}},\n\n[[Say sorry for the delay.]]\n\nBye', { buyerName: 'Li' });
    expect(out.text).toBe('Hello Li,\n\n[✎ Say sorry for the delay.]\n\nBye');
    const mark = '[✎ Say sorry for the delay.]';
    expect(out.personalise).toEqual([{ start: 11, end: 11 + mark.length, hint: 'Say sorry for the delay.' }]);
    expect(out.text.slice(11, 11 + mark.length)).toBe(mark);
    expect(out.firstCursor).toBe(11);
  });

  it('notes and missing values are merged in text order', () => {
    const out = render('{{orderId}} [[check]] {{carrier}}', { carrier: 'DHL' });
    expect(out.personalise.map((p) => p.hint)).toEqual(['order number', 'check']);
    expect(out.firstCursor).toBe(0);
  });

  it('findPersonaliseMarks finds the marks still left in an edited reply', () => {
    const { text } = render('A [[one]] B {{orderId}} C', {});
    expect(findPersonaliseMarks(text).map((m) => m.match)).toEqual(['[✎ one]', '[✎ order number]']);
    expect(findPersonaliseMarks('All done.')).toEqual([]);
  });
});

describe('renderTemplate: sections', () => {
  const body = 'Sorry!\n\n{{#couponCode}}\nHere is {{couponPercent}}% off: {{couponCode}}\n\n{{/couponCode}}\nBye';

  it('shows a section only when its variable has a value', () => {
    expect(render(body, { couponCode: 'SORRY10', couponPercent: '10' }).text).toBe('Sorry!\n\nHere is 10% off: SORRY10\n\nBye');
    expect(render(body, {}).text).toBe('Sorry!\n\nBye');
    expect(render(body, { couponCode: ' ' }).text).toBe('Sorry!\n\nBye');
  });

  it('a hidden section records no variables and nothing missing', () => {
    const out = render(body, {});
    expect(out.variables).toEqual([]);
    expect(out.missing).toEqual([]);
  });

  it('inverted sections show when the variable is missing', () => {
    const greet = '{{#buyerName}}Hello {{buyerName}},{{/buyerName}}{{^buyerName}}Hello,{{/buyerName}}\nText';
    expect(render(greet, { buyerName: 'Ana' }).text).toBe('Hello Ana,\nText');
    expect(render(greet, {}).text).toBe('Hello,\nText');
  });

  it('inline sections keep the text around them', () => {
    expect(render('Shipped{{#carrier}} with {{carrier}}{{/carrier}}.', { carrier: 'UPS' }).text).toBe('Shipped with UPS.');
    expect(render('Shipped{{#carrier}} with {{carrier}}{{/carrier}}.', {}).text).toBe('Shipped.');
  });

  it('a section tag alone on its line takes its line along (also with CRLF and indentation)', () => {
    expect(render('A\r\n  {{#sku}}  \r\nSKU {{sku}}\r\n{{/sku}}\r\nB', {}).text).toBe('A\r\nB');
    expect(render('A\r\n  {{#sku}}  \r\nSKU {{sku}}\r\n{{/sku}}\r\nB', { sku: 'X1' }).text).toBe('A\r\nSKU X1\r\nB');
    expect(render('{{#sku}}\nSKU {{sku}}\n{{/sku}}', {}).text).toBe('');
  });

  it('nested sections', () => {
    const nested = '{{#trackingNumber}}Tracking {{trackingNumber}}{{#carrier}} ({{carrier}}){{/carrier}}.{{/trackingNumber}}';
    expect(render(nested, { trackingNumber: '1Z', carrier: 'UPS' }).text).toBe('Tracking 1Z (UPS).');
    expect(render(nested, { trackingNumber: '1Z' }).text).toBe('Tracking 1Z.');
    expect(render(nested, { carrier: 'UPS' }).text).toBe('');
  });

  it('offsets stay right after hidden sections and multi-line values', () => {
    const out = render('{{#sku}}x{{/sku}}{{returnAddress}} / {{orderId}}', { returnAddress: 'L1\nL2', orderId: '42' });
    const order = out.variables.find((v) => v.name === 'orderId')!;
    expect(out.text.slice(order.start, order.end)).toBe('42');
  });
});

describe('formatForLanguage', () => {
  it('writes dates the way buyers of each language read them, without time-zone shifts', () => {
    expect(formatForLanguage({ date: '2025-03-05' }, 'en')).toBe('March 5, 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'en-GB')).toBe('5 March 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'de')).toBe('5. März 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'fr')).toBe('5 mars 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'es')).toBe('5 de marzo de 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'it')).toBe('5 marzo 2025');
    expect(formatForLanguage({ date: '2025-03-05' }, 'ja')).toBe('2025年3月5日(水)');
    expect(formatForLanguage({ date: '2025-03-05' }, 'zh')).toBe('2025年3月5日');
    expect(formatForLanguage({ date: '2025-01-01' }, 'de')).toBe('1. Januar 2025');
  });

  it('writes amounts with their currency', () => {
    expect(formatForLanguage({ money: { amount: 24.99, currency: 'USD' } }, 'en')).toBe('$24.99');
    expect(formatForLanguage({ money: { amount: 1234.5, currency: 'EUR' } }, 'de')).toBe('1.234,50\u00a0€');
    expect(formatForLanguage({ money: { amount: 1234.5, currency: 'EUR' } }, 'fr')).toMatch(/^1\s234,50\s€$/u);
    expect(formatForLanguage({ money: { amount: 2980, currency: 'JPY' } }, 'ja')).toBe('￥2,980');
  });

  it('never throws: odd input comes back readable', () => {
    expect(formatForLanguage({ date: 'soon' }, 'de')).toBe('soon');
    expect(formatForLanguage({ date: '2025-03-05' }, 'not a locale!')).toBe('March 5, 2025');
    expect(formatForLanguage({ money: { amount: 5, currency: 'XYZ1' } }, 'en')).toBe('5 XYZ1');
    expect(formatForLanguage({}, 'en')).toBe('');
  });
});

describe('variables, samples and return actions', () => {
  it('every variable has labels, an example and a placeholder in every language', () => {
    expect(TEMPLATE_VARIABLES.map((v) => v.name)).toEqual([...TEMPLATE_VARIABLE_NAMES]);
    for (const v of TEMPLATE_VARIABLES) {
      expect(v.labelEn && v.labelZh && v.descriptionEn && v.descriptionZh && v.example, v.name).toBeTruthy();
      for (const language of TEMPLATE_LANGUAGES) expect(v.placeholder[language], `${v.name} ${language}`).toBeTruthy();
    }
  });

  it('the preview values fill every variable, in the preview language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const values = sampleOrderValues(language);
      for (const name of TEMPLATE_VARIABLE_NAMES) expect(values[name], `${language} ${name}`).toBeTruthy();
    }
    expect(sampleOrderValues('de').shippedOn).toBe('3. März 2025');
    expect(sampleOrderValues('de').refundAmount).toBe('24,99\u00a0€');
  });

  it('has a returnAction sentence for every action in every language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const action of ReturnActionKind.options) {
        const text = returnActionText(action, language);
        expect(text.length, `${action} ${language}`).toBeGreaterThan(10);
      }
    }
    expect(returnActionText('refund_without_return', 'fr')).toContain('\u00a0:');
  });

  it('maps detected language tags onto the library languages', () => {
    expect(templateLanguageOf('de-AT')).toBe('de');
    expect(templateLanguageOf('zh-Hans-CN')).toBe('zh');
    expect(templateLanguageOf('JA')).toBe('ja');
    expect(templateLanguageOf('pt-BR')).toBeUndefined();
    expect(templateLanguageOf(undefined)).toBeUndefined();
  });
});
