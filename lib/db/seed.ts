/**
 * What a new (or cleared) workspace starts with: the shipped defaults, run through the schemas so
 * their defaults are filled in exactly as a seller's own records would be.
 */
import type { IDBPTransaction } from 'idb';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_RETURN_RULES,
  DEFAULT_ROLE_TAGS,
  DEFAULT_SETTINGS,
  DEFAULT_VAT_RATES,
} from '../domain/defaults';
import { Category, ComplianceRule, ReturnRule, RoleTag, Settings, VatRate } from '../domain/schemas';
import { SETTINGS_KEY, vatRateKey, type HelloWordDB, type StoreName } from './schema';

export function defaultSettings(): Settings {
  return Settings.parse(DEFAULT_SETTINGS);
}

export function defaultComplianceRules(): ComplianceRule[] {
  return DEFAULT_COMPLIANCE_RULES.map((rule) => ComplianceRule.parse(rule));
}

export function defaultVatRates(): VatRate[] {
  return DEFAULT_VAT_RATES.map((rate) => VatRate.parse(rate));
}

export type WritableTx = IDBPTransaction<HelloWordDB, ArrayLike<StoreName>, 'readwrite' | 'versionchange'>;

/** Writes the defaults into (already empty) stores of `tx`. */
export async function seedDefaults(tx: WritableTx, now: Date): Promise<void> {
  const writes: Promise<unknown>[] = [
    tx.objectStore('settings').put(defaultSettings(), SETTINGS_KEY),
    ...DEFAULT_CATEGORIES.map((c) => tx.objectStore('categories').put(Category.parse(c))),
    ...DEFAULT_ROLE_TAGS.map((t) => tx.objectStore('tags').put(RoleTag.parse(t))),
    ...defaultComplianceRules().map((r) => tx.objectStore('complianceRules').put(r)),
    ...DEFAULT_RETURN_RULES.map((r) => tx.objectStore('returnRules').put(ReturnRule.parse(r))),
    ...defaultVatRates().map((v) => tx.objectStore('vatRates').put(v, vatRateKey(v))),
    tx.objectStore('meta').put(now.toISOString(), 'seededAt'),
  ];
  await Promise.all(writes);
}
