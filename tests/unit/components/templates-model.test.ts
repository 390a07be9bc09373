import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KEYWORDS_PER_INTENT,
  OFTEN_MISSING,
  PROBLEM_KEYS,
  addKeywords,
  addVariant,
  buildGroupRows,
  dirtyVariants,
  draftFromTemplates,
  filterGroupRows,
  foldForSearch,
  insertAt,
  insertNote,
  isEditedBuiltIn,
  isVariantDirty,
  markSaved,
  newGroupDraft,
  newOwnId,
  parseDeadlineHours,
  previewSegments,
  previewValues,
  problemField,
  problemMessage,
  randomToken,
  replaceVariant,
  shippedTemplate,
  starterBody,
  templateFromDraft,
  updateVariant,
  type GroupRow,
} from '@/components/templates-model';
import { SellerKeywords } from '@/lib/domain/messages/intents';
import { DEFAULT_REPLY_TEMPLATES } from '@/lib/domain/templates/defaults';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES } from '@/lib/domain/templates/kinds';
import { renderTemplate } from '@/lib/domain/templates/render';
import { ReplyTemplate } from '@/lib/domain/templates/schema';
import { validateTemplateBody } from '@/lib/domain/templates/syntax';
import { readLocaleFragments } from '@/lib/i18n/locales';

const BUILT_IN = [...DEFAULT_REPLY_TEMPLATES];
const rowsOf = (templates: readonly ReplyTemplate[] = BUILT_IN) => buildGroupRows(templates);
const filter = (rows: GroupRow[], query: string, more: Partial<Parameters<typeof filterGroupRows>[1]> = {}) =>
  filterGroupRows(rows, { query, intent: '', language: '', ...more });
/** A seeded stand-in for the random part of ids, so a test can predict them. */
const counter = (prefix = 'x') => {
  let n = 0;
  return () => `${prefix}${++n}`;
};
const own = (over: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id: 'own.a',
  groupId: 'own.g',
  name: 'Customs brokerage fee',
  intent: 'not_received',
  language: 'en',
  body: 'Hello, your order {{orderId}} waits for the brokerage fee.',
  builtIn: false,
  enabled: true,
  ...over,
});

describe('template list rows', () => {
  it('groups HelloWord’s templates: one row per group, every intent, the first variants in all 7 languages', () => {
    const rows = rowsOf();
    expect(rows).toHaveLength(new Set(BUILT_IN.map((t) => t.groupId)).size);
    expect(new Set(rows.map((r) => r.intent))).toEqual(new Set(TEMPLATE_INTENTS));
    const damaged = rows.find((r) => r.groupId === 'builtin.damaged.1')!;
    expect(damaged.languages).toEqual([...TEMPLATE_LANGUAGES]);
    expect(damaged.variants.map((v) => v.language)).toEqual([...TEMPLATE_LANGUAGES]);
    expect(damaged).toMatchObject({ source: 'builtin', enabled: 'all', editedLanguages: [], nameZh: '商品损坏：请买家拍照，再补发或退款' });
  });

  it('orders rows by intent as the classifier lists them, the seller’s own first within an intent', () => {
    const rows = rowsOf([...BUILT_IN, own({ intent: 'return_request', name: 'Zebra' })]);
    const order = rows.map((r) => TEMPLATE_INTENTS.indexOf(r.intent));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ groupId: 'own.g', source: 'own' });
  });

  it('a built-in counts as edited only when its words changed, not when it was switched off', () => {
    const [first, second, ...rest] = BUILT_IN.filter((t) => t.groupId === 'builtin.cancel.1');
    const edited = { ...first!, body: `${first!.body}\nP.S.`, updatedAt: '2026-01-01T00:00:00.000Z' };
    const off = { ...second!, enabled: false, updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(isEditedBuiltIn(edited)).toBe(true);
    expect(isEditedBuiltIn(off)).toBe(false);
    expect(isEditedBuiltIn(own())).toBe(false);
    const [row] = rowsOf([edited, off, ...rest]);
    expect(row).toMatchObject({ editedLanguages: [edited.language], enabled: 'some', source: 'builtin' });
  });

  it('a built-in group with a language the seller added is "mixed" and keeps HelloWord’s name', () => {
    const english = BUILT_IN.find((t) => t.groupId === 'builtin.damaged.2')!;
    const german = own({ id: 'own.de', groupId: english.groupId, name: 'anything', language: 'de', intent: 'damaged' });
    const [row] = rowsOf([english, german]);
    expect(row).toMatchObject({ source: 'mixed', name: english.name, languages: ['en', 'de'] });
  });
});

describe('search and filters', () => {
  const rows = rowsOf([...BUILT_IN, own()]);

  it('finds words of any variant’s text, case and accents ignored', () => {
    const found = filter(rows, 'widerrufsrecht').map((r) => r.groupId);
    expect(found).toContain('builtin.return_request.1');
    expect(found).not.toContain('own.g');
    expect(filter(rows, 'RUCKSENDUNG').map((r) => r.groupId)).toEqual(filter(rows, 'Rücksendung').map((r) => r.groupId));
    expect(filter(rows, 'Rücksendung').length).toBeGreaterThan(0);
  });

  it('finds names in either language, intent ids and intent labels; every word must match', () => {
    expect(filter(rows, '延迟发货').map((r) => r.groupId)).toEqual(['builtin.late_shipment.1']);
    expect(filter(rows, 'brokerage').map((r) => r.groupId)).toEqual(['own.g']);
    expect(filter(rows, 'size_exchange').every((r) => r.intent === 'size_exchange')).toBe(true);
    const labelled = buildGroupRows(BUILT_IN, (intent) => (intent === 'cancel' ? 'Auftragsrücknahme' : intent));
    expect(filter(labelled, 'auftragsrucknahme').map((r) => r.intent)).toEqual(['cancel']);
    expect(filter(rows, 'brokerage order')).toHaveLength(1);
    expect(filter(rows, 'brokerage zebra')).toHaveLength(0);
  });

  it('filters by intent and by language present', () => {
    expect(filter(rows, '', { intent: 'damaged' }).map((r) => r.groupId)).toEqual(['builtin.damaged.1', 'builtin.damaged.2']);
    const german = filter(rows, '', { language: 'de' });
    expect(german.every((r) => r.languages.includes('de'))).toBe(true);
    expect(german.map((r) => r.groupId)).not.toContain('builtin.damaged.2');
    expect(filter(rows, '')).toHaveLength(rows.length);
  });

  it('stays fast with 500 templates', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...BUILT_IN[i % BUILT_IN.length]!, id: `own.${i}`, groupId: `own.g${Math.floor(i / 5)}`, builtIn: false }));
    const started = performance.now();
    const big = rowsOf(many);
    for (const query of ['r', 're', 'ret', 'retu', 'return', 'return label', 'rückgabe', '退货']) filter(big, query);
    expect(big).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('folds width and accents the same way on both sides', () => {
    expect(foldForSearch('ＲＭＡ Café')).toBe('rma cafe');
  });
});

describe('ids for the seller’s own templates', () => {
  it('are "own." and 12 random characters', () => {
    expect(randomToken()).toMatch(/^[0-9a-z]{12}$/);
    expect(newOwnId(new Set())).toMatch(/^own\.[0-9a-z]{12}$/);
    expect(randomToken()).not.toBe(randomToken());
  });

  it('never reuse a taken id, and give up rather than loop for ever', () => {
    expect(newOwnId(new Set(['own.x1', 'own.x2']), counter())).toBe('own.x3');
    expect(() => newOwnId(new Set(['own.same']), () => 'same')).toThrow();
  });
});

describe('drafts and what a save sends', () => {
  const german = BUILT_IN.filter((t) => t.groupId === 'builtin.return_request.1');

  it('editing a built-in keeps its id and builtIn: the save is the seller’s edit over it, and it validates', () => {
    const draft = draftFromTemplates(german);
    expect(dirtyVariants(draft)).toEqual([]);
    const edited = updateVariant(draft, 'de', { body: 'Guten Tag,\n\nneu {{orderId}}.' });
    const changed = dirtyVariants(edited);
    expect(changed.map((v) => v.language)).toEqual(['de']);
    const sent = templateFromDraft(edited, changed[0]!);
    expect(sent).toMatchObject({ id: 'builtin.return_request.de.1', groupId: 'builtin.return_request.1', builtIn: true, language: 'de' });
    expect(sent).not.toHaveProperty('marketplaces');
    expect(ReplyTemplate.safeParse(sent).success).toBe(true);
  });

  it('a changed name or intent makes every language dirty (they share it)', () => {
    const draft = draftFromTemplates(german);
    expect(dirtyVariants({ ...draft, name: 'Return' })).toHaveLength(7);
  });

  it('marketplaces: none or all three are left out (= every marketplace); some are kept in a fixed order', () => {
    const draft = draftFromTemplates(german);
    const de = draft.variants.find((v) => v.language === 'de')!;
    expect(templateFromDraft(draft, { ...de, marketplaces: ['shopify', 'ebay', 'amazon'] })).not.toHaveProperty('marketplaces');
    expect(templateFromDraft(draft, { ...de, marketplaces: ['shopify', 'amazon'] }).marketplaces).toEqual(['amazon', 'shopify']);
    expect(isVariantDirty(draft, { ...de, marketplaces: ['amazon', 'ebay', 'shopify'] })).toBe(false);
  });

  it('a new group is the seller’s own: own.* ids, builtIn false, nothing stored yet', () => {
    const draft = newGroupDraft({ name: ' Customs ', nameZh: '', intent: 'not_received', language: 'fr', body: 'Bonjour' }, new Set(), counter());
    expect(draft.groupId).toBe('own.x1');
    expect(draft.variants).toEqual([expect.objectContaining({ id: 'own.x2', language: 'fr', builtIn: false, saved: null })]);
    const sent = templateFromDraft(draft, draft.variants[0]!);
    expect(sent).toMatchObject({ name: 'Customs', builtIn: false, groupId: 'own.x1' });
    expect(sent).not.toHaveProperty('nameZh');
    expect(ReplyTemplate.safeParse(sent).success).toBe(true);
  });

  it('adding a language gives the seller’s own variant in the group, in library order; a language only once', () => {
    const english = BUILT_IN.filter((t) => t.groupId === 'builtin.damaged.2');
    const draft = draftFromTemplates(english);
    const withDe = addVariant(draft, 'de', 'Hallo', new Set(['own.x1']), counter());
    expect(withDe.variants.map((v) => [v.language, v.id, v.builtIn])).toEqual([
      ['en', 'builtin.damaged.en.2', true],
      ['de', 'own.x2', false],
    ]);
    expect(templateFromDraft(withDe, withDe.variants[1]!).groupId).toBe('builtin.damaged.2');
    expect(addVariant(withDe, 'de', 'again', new Set())).toBe(withDe);
  });

  it('after a save, what was sent is clean; typing that went on during the save stays unsaved', () => {
    const draft = updateVariant(draftFromTemplates(german), 'fr', { body: 'Bonjour {{orderId}}' });
    const sent = dirtyVariants(draft).map((v) => templateFromDraft(draft, v));
    const typedOn = updateVariant(draft, 'fr', { body: 'Bonjour {{orderId}} !' });
    const saved = markSaved(typedOn, sent, '2026-01-01T00:00:00.000Z');
    expect(dirtyVariants(saved).map((v) => v.language)).toEqual(['fr']);
    const clean = markSaved(draft, sent, '2026-01-01T00:00:00.000Z');
    expect(dirtyVariants(clean)).toEqual([]);
    expect(isEditedBuiltIn(clean.variants.find((v) => v.language === 'fr')!.saved!)).toBe(true);
  });

  it('reset puts HelloWord’s text back in the draft', () => {
    const draft = updateVariant(draftFromTemplates(german), 'it', { body: 'Ciao' });
    const shipped = shippedTemplate('builtin.return_request.it.1')!;
    const back = replaceVariant(draft, shipped);
    expect(back.variants.find((v) => v.language === 'it')!.body).toBe(shipped.body);
    expect(dirtyVariants(back)).toEqual([]);
  });

  it('a new language starts from HelloWord’s text for the intent, or empty when there is none', () => {
    expect(starterBody(BUILT_IN, 'cancel', 'ja')).toBe(shippedTemplate('builtin.cancel.ja.1')!.body);
    expect(starterBody([], 'cancel', 'ja')).toBe('');
  });
});

describe('body problems in plain words, in both UI languages', () => {
  const fragments = readLocaleFragments(join(resolve(import.meta.dirname, '../../..'), 'locales'));

  it('gives the position and a suggestion for an unknown variable', () => {
    const [error] = validateTemplateBody('Hello,\nyour order {{ordrId}}.');
    expect(problemMessage(error!)).toEqual({ key: 'tpl_problem_unknown_variable', params: [2, 12, 'ordrId', ''], suggestion: 'orderId' });
  });

  it('every problem code has a message whose placeholders are line, column, name, expected in that order', () => {
    const order = ['line', 'column', 'name', 'expected'];
    for (const key of Object.values(PROBLEM_KEYS)) {
      const entry = fragments.get(key);
      expect(entry, key).toBeDefined();
      const names = Object.keys(entry!.placeholders ?? {});
      expect(names, key).toEqual(order.slice(0, names.length));
      expect(names.map((n) => entry!.placeholders![n]!.content)).toEqual(names.map((_, i) => `$${i + 1}`));
      expect(entry!.en).toMatch(/\$line\$.*\$column\$/);
      expect(entry!.zh_CN).toMatch(/\$line\$.*\$column\$/);
    }
  });

  it('the keys built from names exist: the view, every intent and language, every marketplace', () => {
    const keys = [
      'view_templates',
      ...TEMPLATE_INTENTS.map((i) => `intent_${i}`),
      ...TEMPLATE_LANGUAGES.map((l) => `language_${l}`),
      ...['amazon', 'ebay', 'shopify'].map((m) => `marketplace_${m}`),
    ];
    expect(keys.filter((key) => !fragments.has(key))).toEqual([]);
  });

  it('names the field a background error starts with', () => {
    expect(problemField('name must not be empty (found "")')).toBe('name');
    expect(problemField('body Line 1, column 3: …')).toBe('body');
    expect(problemField('—')).toBeUndefined();
  });
});

describe('editing the body', () => {
  it('inserts a variable at the cursor or over the selection', () => {
    expect(insertAt('Hello !', 6, 6, '{{buyerName}}')).toEqual({ text: 'Hello {{buyerName}}!', start: 19, end: 19 });
    expect(insertAt('Hello you!', 6, 9, '{{buyerName}}').text).toBe('Hello {{buyerName}}!');
  });

  it('a personalisation note wraps the selected words, else inserts the hint selected', () => {
    expect(insertNote('Say sorry here.', 4, 9, 'hint')).toEqual({ text: 'Say [[sorry]] here.', start: 13, end: 13 });
    const empty = insertNote('Ab', 1, 1, 'write');
    expect(empty.text).toBe('A[[write]]b');
    expect(empty.text.slice(empty.start, empty.end)).toBe('write');
    // A selection that cannot become a note (it holds a variable) is kept; the note goes after it.
    const after = insertNote('x {{orderId}} y', 0, 15, 'h');
    expect(after.text).toBe('x {{orderId}} y[[h]]');
    expect(after.text.slice(after.start, after.end)).toBe('h');
  });
});

describe('live preview', () => {
  const body = '{{#buyerName}}Hi {{buyerName}},{{/buyerName}}{{^buyerName}}Hello,{{/buyerName}}\nOrder {{orderId}} via {{trackingNumber}}.\n[[Say sorry]]\n{{sellerName}}';

  it('fills the sample order, signed with the seller’s names when set', () => {
    const values = previewValues('de', { showMissing: false, sellerName: ' Acme ', agentName: '' });
    expect(values.sellerName).toBe('Acme');
    expect(values.agentName).toBe('Lin');
    expect(values.shippedOn).toMatch(/März/);
  });

  it('cuts the reply into text and highlighted parts that join back to the whole', () => {
    const rendered = renderTemplate({ body, language: 'en' }, previewValues('en', { showMissing: false }));
    const segments = previewSegments(rendered);
    expect(segments.map((s) => s.text).join('')).toBe(rendered.text);
    expect(segments.filter((s) => s.kind === 'value').map((s) => s.variable)).toEqual(['buyerName', 'orderId', 'trackingNumber', 'sellerName']);
    expect(segments.filter((s) => s.kind === 'personalise').map((s) => s.text)).toEqual(['[✎ Say sorry]']);
    expect(segments.some((s) => s.kind === 'missing')).toBe(false);
  });

  it('"show missing values" leaves the often-missing ones out: marks appear, sections fall back', () => {
    const values = previewValues('en', { showMissing: true });
    for (const name of OFTEN_MISSING) expect(values[name]).toBeUndefined();
    const rendered = renderTemplate({ body, language: 'en' }, values);
    const segments = previewSegments(rendered);
    expect(rendered.text.startsWith('Hello,\n')).toBe(true);
    expect(segments.filter((s) => s.kind === 'missing')).toEqual([{ text: '[✎ tracking number]', kind: 'missing', variable: 'trackingNumber' }]);
    expect(segments.map((s) => s.text).join('')).toBe(rendered.text);
  });

  it('markup in a body stays text', () => {
    const rendered = renderTemplate({ body: '<b>{{orderId}}</b>', language: 'en' }, previewValues('en', { showMissing: false }));
    expect(previewSegments(rendered)[0]).toEqual({ text: '<b>', kind: 'text' });
  });
});

describe('seller keywords', () => {
  it('adds several at once, trimmed, in any language; the result is what settings accept', () => {
    const result = addKeywords(['refund'], ' money back ,  Rückerstattung，退款、 geld   zurück\n');
    expect(result.list).toEqual(['refund', 'money back', 'Rückerstattung', '退款', 'geld zurück']);
    expect(result.problems).toEqual([]);
    expect(SellerKeywords.safeParse({ refund_status: result.list }).success).toBe(true);
  });

  it('refuses duplicates the classifier would read the same, over-long words, words with no letters, and more than 200', () => {
    expect(addKeywords(['Rückgabe'], 'RUCKGABE').problems).toEqual([{ word: 'RUCKGABE', problem: 'duplicate' }]);
    expect(addKeywords([], 'x'.repeat(101)).problems[0]!.problem).toBe('too_long');
    expect(addKeywords([], 'x'.repeat(100)).added).toHaveLength(1);
    expect(addKeywords([], '!!! ???').problems[0]!.problem).toBe('no_letters');
    const full = Array.from({ length: KEYWORDS_PER_INTENT }, (_, i) => `w${i}`);
    expect(addKeywords(full, 'one more')).toMatchObject({ list: full, added: [], problems: [{ word: 'one more', problem: 'too_many' }] });
    expect(addKeywords(['a'], 'b, b').list).toEqual(['a', 'b']);
  });
});

describe('reply deadlines', () => {
  it('empty is the default; whole hours from 1 to 336 are kept; anything else is refused', () => {
    expect(parseDeadlineHours('  ')).toEqual({ ok: true, hours: undefined });
    expect(parseDeadlineHours('48')).toEqual({ ok: true, hours: 48 });
    expect(parseDeadlineHours('336')).toEqual({ ok: true, hours: 336 });
    for (const bad of ['0', '337', '1.5', '-3', '12h', 'abc']) expect(parseDeadlineHours(bad).ok, bad).toBe(false);
  });
});
