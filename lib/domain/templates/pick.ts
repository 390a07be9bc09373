/**
 * Which templates to propose for a buyer message (F6): up to three, in the buyer's language first,
 * then English as a fallback the UI can flag. The seller's own templates come before the built-in
 * ones, and one written for this marketplace before one written for all.
 */
import type { Marketplace } from '../vocabulary';
import { templateLanguageOf, type TemplateIntent, type TemplateLanguage } from './kinds';
import type { ReplyTemplate } from './schema';

/** What picking and grouping read of a template (a stored ReplyTemplate has all of it). */
export type PickableTemplate = Pick<ReplyTemplate, 'id' | 'intent' | 'language' | 'builtIn' | 'enabled'> & {
  marketplaces?: readonly Marketplace[] | undefined;
};

export interface PickedTemplate<T extends PickableTemplate = ReplyTemplate> {
  template: T;
  /** True when the template is the English fallback for a buyer language the library lacks for this intent. */
  fallback: boolean;
}

export interface PickQuery {
  intent: TemplateIntent;
  /** The buyer's language as detected: "de", "de-AT", "zh-Hans"… */
  language: string;
  marketplace: Marketplace;
  limit?: number;
}

const FALLBACK_LANGUAGE: TemplateLanguage = 'en';

function rank(a: PickableTemplate, b: PickableTemplate): number {
  return (
    Number(a.builtIn) - Number(b.builtIn) || // the seller's own first
    Number(a.marketplaces === undefined) - Number(b.marketplaces === undefined) || // then the marketplace's own
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function pickTemplates<T extends PickableTemplate>(templates: readonly T[], query: PickQuery): PickedTemplate<T>[] {
  const limit = Math.max(0, query.limit ?? 3);
  const language = templateLanguageOf(query.language);
  const usable = templates.filter(
    (t) => t.enabled && t.intent === query.intent && (t.marketplaces === undefined || t.marketplaces.includes(query.marketplace)),
  );
  const inLanguage = (lang: TemplateLanguage | undefined) => (lang ? usable.filter((t) => t.language === lang).sort(rank) : []);
  const exact = inLanguage(language);
  const fallback = language === FALLBACK_LANGUAGE ? [] : inLanguage(FALLBACK_LANGUAGE);
  return [
    ...exact.map((template) => ({ template, fallback: false })),
    ...fallback.map((template) => ({ template, fallback: true })),
  ].slice(0, limit);
}

export interface TemplateGroup<T extends PickableTemplate & { groupId: string }> {
  groupId: string;
  /** One variant per language (the first one seen when a language repeats). */
  variants: Partial<Record<TemplateLanguage, T>>;
}

/** Templates by group, for the editor's language tabs; groups in first-seen order. */
export function groupTemplates<T extends PickableTemplate & { groupId: string }>(templates: readonly T[]): TemplateGroup<T>[] {
  const groups = new Map<string, TemplateGroup<T>>();
  for (const template of templates) {
    let group = groups.get(template.groupId);
    if (!group) {
      group = { groupId: template.groupId, variants: {} };
      groups.set(template.groupId, group);
    }
    group.variants[template.language] ??= template;
  }
  return [...groups.values()];
}
