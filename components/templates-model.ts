/**
 * The pure parts of the options page's reply-template screens (F6, F13): list rows and their
 * search, drafts and what a save sends, the live preview as highlighted segments, body problems as
 * locale keys, and the seller's keyword and deadline inputs. No React and no messaging, so
 * tests/unit/components/templates-model.test.ts covers them without a browser.
 */
import { normaliseText } from '@/lib/domain/messages/text';
import type { Marketplace } from '@/lib/domain/schemas';
import { TEMPLATE_INTENTS, TEMPLATE_LANGUAGES, type TemplateIntent, type TemplateLanguage } from '@/lib/domain/templates/kinds';
import { groupTemplates } from '@/lib/domain/templates/pick';
import { DEFAULT_REPLY_TEMPLATES } from '@/lib/domain/templates/defaults';
import type { RenderedReply } from '@/lib/domain/templates/render';
import { sampleOrderValues } from '@/lib/domain/templates/samples';
import type { ReplyTemplate, ReplyTemplateInput } from '@/lib/domain/templates/schema';
import type { TemplateError, TemplateErrorCode } from '@/lib/domain/templates/syntax';
import type { TemplateValues, TemplateVariable } from '@/lib/domain/templates/variables';

export const MARKETPLACES: readonly Marketplace[] = ['amazon', 'ebay', 'shopify'];

// ── List ────────────────────────────────────────────────────────────────────────────────────

/** One row of the template list: a group and its language variants. */
export interface GroupRow {
  groupId: string;
  name: string;
  nameZh: string | undefined;
  intent: TemplateIntent;
  /** The variants, in library language order. */
  variants: ReplyTemplate[];
  languages: TemplateLanguage[];
  /** 'builtin': shipped with HelloWord; 'own': the seller's; 'mixed': the seller added languages to a built-in group. */
  source: 'builtin' | 'own' | 'mixed';
  /** Languages whose built-in text the seller has changed (their edit is stored over it). */
  editedLanguages: TemplateLanguage[];
  enabled: 'all' | 'some' | 'none';
  /** Everything the search box looks at, folded (see foldForSearch). */
  searchText: string;
}

/** Lower case, accents and width folded: "Rückgabe" is found by "ruckgabe", "ＲＭＡ" by "rma". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const SHIPPED = new Map(DEFAULT_REPLY_TEMPLATES.map((t) => [t.id, t]));

/** HelloWord's own text for a built-in id (what "Reset" brings back). */
export function shippedTemplate(id: string): ReplyTemplate | undefined {
  return SHIPPED.get(id);
}

/** Same words, name, intent and marketplaces; `enabled` and `updatedAt` do not count. */
function sameContent(a: ReplyTemplate, b: ReplyTemplate): boolean {
  return (
    a.body === b.body &&
    a.name === b.name &&
    (a.nameZh ?? '') === (b.nameZh ?? '') &&
    a.intent === b.intent &&
    normaliseMarketplaces(a.marketplaces).join() === normaliseMarketplaces(b.marketplaces).join()
  );
}

/**
 * A built-in template whose text the seller has changed. Switching one off is stored the same way
 * but is not an edit: the list's switch shows that, and there is nothing to reset.
 */
export function isEditedBuiltIn(template: ReplyTemplate): boolean {
  const shipped = template.builtIn ? SHIPPED.get(template.id) : undefined;
  return shipped !== undefined && !sameContent(template, shipped);
}

const languageOrder = (language: TemplateLanguage) => TEMPLATE_LANGUAGES.indexOf(language);
const intentOrder = (intent: TemplateIntent) => TEMPLATE_INTENTS.indexOf(intent);

/**
 * The list's rows: grouped by groupId, sorted by intent (as the classifier lists them), the
 * seller's own (by name) before HelloWord's (in shipped order) within an intent. `intentLabel` adds
 * the shown intent name to what the search finds.
 */
export function buildGroupRows(templates: readonly ReplyTemplate[], intentLabel: (intent: TemplateIntent) => string = (i) => i): GroupRow[] {
  const rows = groupTemplates(templates).map((group): GroupRow => {
    const variants = Object.values(group.variants)
      .filter((v): v is ReplyTemplate => v !== undefined)
      .sort((a, b) => languageOrder(a.language) - languageOrder(b.language));
    const first = variants.find((v) => v.builtIn) ?? variants[0]!;
    const builtIns = variants.filter((v) => v.builtIn).length;
    const enabledCount = variants.filter((v) => v.enabled).length;
    return {
      groupId: group.groupId,
      name: first.name,
      nameZh: first.nameZh || undefined,
      intent: first.intent,
      variants,
      languages: variants.map((v) => v.language),
      source: builtIns === variants.length ? 'builtin' : builtIns === 0 ? 'own' : 'mixed',
      editedLanguages: variants.filter(isEditedBuiltIn).map((v) => v.language),
      enabled: enabledCount === variants.length ? 'all' : enabledCount === 0 ? 'none' : 'some',
      searchText: foldForSearch(
        [first.intent, intentLabel(first.intent), ...new Set(variants.flatMap((v) => [v.name, v.nameZh ?? ''])), ...variants.map((v) => v.body)].join('\n'),
      ),
    };
  });
  // Stable sort: HelloWord's groups keep their shipped order (variant 1 first); the seller's own go by name.
  return rows.sort(
    (a, b) =>
      intentOrder(a.intent) - intentOrder(b.intent) ||
      Number(a.source === 'builtin') - Number(b.source === 'builtin') ||
      (a.source === 'builtin' ? 0 : a.name.localeCompare(b.name)),
  );
}

export interface ListFilter {
  query: string;
  intent: TemplateIntent | '';
  language: TemplateLanguage | '';
}

/** Rows whose text holds every word of the query (any order, any variant's language) and that pass both filters. */
export function filterGroupRows(rows: readonly GroupRow[], filter: ListFilter): GroupRow[] {
  const terms = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!filter.intent || row.intent === filter.intent) &&
      (!filter.language || row.languages.includes(filter.language)) &&
      terms.every((term) => row.searchText.includes(term)),
  );
}

// ── Ids ─────────────────────────────────────────────────────────────────────────────────────

/** 12 random base-36 characters (≈ 62 bits): enough that two browsers never pick the same id. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** An id for one of the seller's own templates or groups: "own.<random>", not yet in `taken`. */
export function newOwnId(taken: ReadonlySet<string>, random: () => string = randomToken): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = `own.${random()}`;
    if (!taken.has(id)) return id;
  }
  throw new Error('could not find a free template id');
}

// ── Drafts ──────────────────────────────────────────────────────────────────────────────────

/** One language variant as the editor holds it. */
export interface VariantDraft {
  id: string;
  language: TemplateLanguage;
  builtIn: boolean;
  body: string;
  /** Empty: every marketplace. */
  marketplaces: Marketplace[];
  enabled: boolean;
  /** The variant as stored; null until it is saved the first time. */
  saved: ReplyTemplate | null;
}

/** A group as the editor holds it: the fields shared by every language, and the variants. */
export interface GroupDraft {
  groupId: string;
  name: string;
  nameZh: string;
  intent: TemplateIntent;
  variants: VariantDraft[];
}

function variantDraft(template: ReplyTemplate): VariantDraft {
  return {
    id: template.id,
    language: template.language,
    builtIn: template.builtIn,
    body: template.body,
    marketplaces: normaliseMarketplaces(template.marketplaces),
    enabled: template.enabled,
    saved: template,
  };
}

/** The editor's draft for a stored group (its variants as listed). */
export function draftFromTemplates(variants: readonly ReplyTemplate[]): GroupDraft {
  const sorted = [...variants].sort((a, b) => languageOrder(a.language) - languageOrder(b.language));
  const first = sorted.find((v) => v.builtIn) ?? sorted[0];
  if (!first) throw new Error('a group has at least one variant');
  return { groupId: first.groupId, name: first.name, nameZh: first.nameZh ?? '', intent: first.intent, variants: sorted.map(variantDraft) };
}

/** The text HelloWord ships for `intent` in `language` (its first variant), to start a new template from. */
export function starterBody(templates: readonly ReplyTemplate[], intent: TemplateIntent, language: TemplateLanguage): string {
  const builtIn = templates.filter((t) => t.builtIn && t.intent === intent && t.language === language).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  return builtIn?.body ?? '';
}

export interface NewGroup {
  name: string;
  nameZh: string;
  intent: TemplateIntent;
  language: TemplateLanguage;
  body: string;
}

/** A new group of the seller's with its first language variant; nothing is stored until saved. */
export function newGroupDraft(group: NewGroup, taken: ReadonlySet<string>, random?: () => string): GroupDraft {
  const groupId = newOwnId(taken, random);
  const id = newOwnId(new Set([...taken, groupId]), random);
  return {
    groupId,
    name: group.name,
    nameZh: group.nameZh,
    intent: group.intent,
    variants: [{ id, language: group.language, builtIn: false, body: group.body, marketplaces: [], enabled: true, saved: null }],
  };
}

/** The group with a new (unsaved) variant of the seller's in `language`; the same draft if it has that language already. */
export function addVariant(draft: GroupDraft, language: TemplateLanguage, body: string, taken: ReadonlySet<string>, random?: () => string): GroupDraft {
  if (draft.variants.some((v) => v.language === language)) return draft;
  const id = newOwnId(new Set([...taken, ...draft.variants.map((v) => v.id)]), random);
  const variant: VariantDraft = { id, language, builtIn: false, body, marketplaces: [], enabled: true, saved: null };
  return { ...draft, variants: [...draft.variants, variant].sort((a, b) => languageOrder(a.language) - languageOrder(b.language)) };
}

export function updateVariant(draft: GroupDraft, language: TemplateLanguage, change: Partial<Pick<VariantDraft, 'body' | 'marketplaces' | 'enabled'>>): GroupDraft {
  return { ...draft, variants: draft.variants.map((v) => (v.language === language ? { ...v, ...change } : v)) };
}

export function removeVariant(draft: GroupDraft, language: TemplateLanguage): GroupDraft {
  return { ...draft, variants: draft.variants.filter((v) => v.language !== language) };
}

/** Amazon, eBay, Shopify order, no repeats; all three is the same as none (= every marketplace). */
export function normaliseMarketplaces(list: readonly Marketplace[] | undefined): Marketplace[] {
  const picked = MARKETPLACES.filter((m) => list?.includes(m));
  return picked.length === MARKETPLACES.length ? [] : picked;
}

/** The record a save sends for one variant. The background validates it and stamps updatedAt. */
export function templateFromDraft(group: GroupDraft, variant: VariantDraft): ReplyTemplateInput {
  const marketplaces = normaliseMarketplaces(variant.marketplaces);
  const nameZh = group.nameZh.trim();
  return {
    id: variant.id,
    groupId: group.groupId,
    name: group.name.trim(),
    ...(nameZh && { nameZh }),
    intent: group.intent,
    language: variant.language,
    ...(marketplaces.length > 0 && { marketplaces }),
    body: variant.body,
    builtIn: variant.builtIn,
    enabled: variant.enabled,
  };
}

/** True when saving `variant` would change what is stored (a new variant always would). */
export function isVariantDirty(group: GroupDraft, variant: VariantDraft): boolean {
  const saved = variant.saved;
  if (!saved) return true;
  const next = templateFromDraft(group, variant);
  return (
    next.name !== saved.name ||
    (next.nameZh ?? '') !== (saved.nameZh ?? '') ||
    next.intent !== saved.intent ||
    next.body !== saved.body ||
    next.enabled !== saved.enabled ||
    (next.marketplaces ?? []).join() !== normaliseMarketplaces(saved.marketplaces).join()
  );
}

export function dirtyVariants(group: GroupDraft): VariantDraft[] {
  return group.variants.filter((v) => isVariantDirty(group, v));
}

/**
 * After a save: each variant in `sent` is now stored as sent (the draft may have moved on while the
 * save ran; those later changes stay unsaved).
 */
export function markSaved(group: GroupDraft, sent: readonly ReplyTemplateInput[], now: string): GroupDraft {
  const byId = new Map(sent.map((template) => [template.id, template]));
  return {
    ...group,
    variants: group.variants.map((v) => {
      const template = byId.get(v.id);
      return template ? { ...v, saved: { ...template, builtIn: template.builtIn ?? false, enabled: template.enabled ?? true, updatedAt: now } } : v;
    }),
  };
}

/** The group's variant as the stored HelloWord text after "Reset" (the listed built-in replaces the draft). */
export function replaceVariant(group: GroupDraft, template: ReplyTemplate): GroupDraft {
  return { ...group, variants: group.variants.map((v) => (v.id === template.id ? variantDraft(template) : v)) };
}

// ── Body problems ───────────────────────────────────────────────────────────────────────────

/**
 * Locale key per body problem. Every key's placeholders are, in order: line, column, name,
 * expected (a key uses the first ones it needs), so the message is built from the error alone.
 */
export const PROBLEM_KEYS: Record<TemplateErrorCode, string> = {
  unknown_variable: 'tpl_problem_unknown_variable',
  empty_variable: 'tpl_problem_empty_variable',
  unclosed_variable: 'tpl_problem_unclosed_variable',
  section_not_closed: 'tpl_problem_section_not_closed',
  section_not_open: 'tpl_problem_section_not_open',
  section_mismatch: 'tpl_problem_section_mismatch',
  unclosed_personalise: 'tpl_problem_unclosed_personalise',
  empty_personalise: 'tpl_problem_empty_personalise',
  nested_personalise: 'tpl_problem_nested_personalise',
};

/** A body problem as a locale key and its substitutions; `suggestion` goes into "Did you mean {{…}}?". */
export function problemMessage(error: TemplateError): { key: string; params: Array<string | number>; suggestion?: string } {
  return {
    key: PROBLEM_KEYS[error.code],
    params: [error.line, error.column, error.name ?? '', error.expected ?? ''],
    ...(error.suggestion && { suggestion: error.suggestion }),
  };
}

/** The field a background error names first ("name must not be empty" → "name"), to mark it. */
export function problemField(text: string): string | undefined {
  return /^([A-Za-z]+)\b/.exec(text)?.[1];
}

// ── Editing the body ────────────────────────────────────────────────────────────────────────

export interface TextEdit {
  text: string;
  /** The selection after the edit. */
  start: number;
  end: number;
}

/** `insert` in place of the selection; the cursor after it. */
export function insertAt(text: string, start: number, end: number, insert: string): TextEdit {
  const at = text.slice(0, start) + insert;
  return { text: at + text.slice(end), start: at.length, end: at.length };
}

/**
 * A personalisation note: the selected words become the note ("[[selected]]"), else `hint` is
 * inserted and selected so the seller types over it.
 */
export function insertNote(text: string, start: number, end: number, hint: string): TextEdit {
  const selected = text.slice(start, end).trim();
  if (selected && !selected.includes('[[') && !selected.includes('{{')) {
    const note = `[[${selected}]]`;
    return { text: text.slice(0, start) + note + text.slice(end), start: start + note.length, end: start + note.length };
  }
  // Nothing selected, or a selection that cannot be a note (it holds a variable): the note goes after it, nothing is lost.
  const before = text.slice(0, end) + '[[';
  return { text: before + hint + ']]' + text.slice(end), start: before.length, end: before.length + hint.length };
}

// ── Preview ─────────────────────────────────────────────────────────────────────────────────

/** What a marketplace page often cannot read: "show missing values" leaves these out of the sample order. */
export const OFTEN_MISSING: readonly TemplateVariable[] = ['buyerName', 'trackingNumber', 'carrier', 'expectedDelivery', 'couponCode', 'couponPercent', 'agentName'];

/**
 * The sample order for the preview in `language`, signed with the seller's own shop and agent
 * names when set; with `showMissing`, the values in OFTEN_MISSING are absent.
 */
export function previewValues(language: TemplateLanguage, options: { showMissing: boolean; sellerName?: string; agentName?: string }): TemplateValues {
  const values: TemplateValues = { ...sampleOrderValues(language) };
  if (options.sellerName?.trim()) values.sellerName = options.sellerName.trim();
  if (options.agentName?.trim()) values.agentName = options.agentName.trim();
  if (options.showMissing) for (const name of OFTEN_MISSING) delete values[name];
  return values;
}

export interface PreviewSegment {
  text: string;
  /** 'value': filled from the order; 'missing': a mark standing for a value the order lacked; 'personalise': a [[note]]. */
  kind: 'text' | 'value' | 'missing' | 'personalise';
  variable?: string;
}

/** The rendered reply cut into plain text and highlighted parts, in order; joined, they are `rendered.text`. */
export function previewSegments(rendered: RenderedReply): PreviewSegment[] {
  const marks: Array<PreviewSegment & { start: number; end: number }> = [
    ...rendered.variables.map((v) => ({ start: v.start, end: v.end, kind: v.filled ? ('value' as const) : ('missing' as const), variable: v.name, text: '' })),
    ...rendered.personalise.filter((p) => p.variable === undefined).map((p) => ({ start: p.start, end: p.end, kind: 'personalise' as const, text: '' })),
  ].sort((a, b) => a.start - b.start);
  const segments: PreviewSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end <= mark.start) continue;
    if (mark.start > at) segments.push({ text: rendered.text.slice(at, mark.start), kind: 'text' });
    segments.push({ text: rendered.text.slice(mark.start, mark.end), kind: mark.kind, ...(mark.variable && { variable: mark.variable }) });
    at = mark.end;
  }
  if (at < rendered.text.length) segments.push({ text: rendered.text.slice(at), kind: 'text' });
  return segments;
}

// ── Seller keywords ─────────────────────────────────────────────────────────────────────────

export const KEYWORD_MAX_LENGTH = 100;
export const KEYWORDS_PER_INTENT = 200;

export type KeywordProblem = 'too_long' | 'no_letters' | 'duplicate' | 'too_many';

export interface KeywordsAdded {
  list: string[];
  added: string[];
  problems: Array<{ word: string; problem: KeywordProblem }>;
}

/**
 * Adds what the seller typed or pasted: several words or phrases may be separated by commas,
 * semicolons (also the Chinese ones) or line breaks. A phrase already there in another case or
 * with other accents is a duplicate, as the classifier would read both the same.
 */
export function addKeywords(list: readonly string[], input: string): KeywordsAdded {
  const next = [...list];
  const seen = new Set(next.map(keywordKey));
  const added: string[] = [];
  const problems: KeywordsAdded['problems'] = [];
  for (const raw of input.split(/[,，、;；\n]/)) {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word) continue;
    const problem: KeywordProblem | undefined =
      word.length > KEYWORD_MAX_LENGTH
        ? 'too_long'
        : !/[\p{L}\p{N}]/u.test(word)
          ? 'no_letters'
          : seen.has(keywordKey(word))
            ? 'duplicate'
            : next.length >= KEYWORDS_PER_INTENT
              ? 'too_many'
              : undefined;
    if (problem) {
      problems.push({ word, problem });
      continue;
    }
    next.push(word);
    seen.add(keywordKey(word));
    added.push(word);
  }
  return { list: next, added, problems };
}

function keywordKey(word: string): string {
  return normaliseText(word).trim().replace(/\s+/g, ' ');
}

// ── Reply deadlines ─────────────────────────────────────────────────────────────────────────

export const DEADLINE_MAX_HOURS = 24 * 14;

/** What the seller typed as a reply deadline: empty = HelloWord's default; else whole hours, 1 to 336. */
export function parseDeadlineHours(text: string): { ok: true; hours: number | undefined } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, hours: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const hours = Number(trimmed);
  return hours >= 1 && hours <= DEADLINE_MAX_HOURS ? { ok: true, hours } : { ok: false };
}
