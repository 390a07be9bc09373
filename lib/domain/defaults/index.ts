/**
 * Data HelloWord ships with: the default category tree and role tags, compliance and return rules,
 * settings, VAT rates (with history) and the HS 2022 nomenclature. Regenerate the JSON files with
 * `npm run gen:data` (scripts/generate-default-data.ts).
 */
import type { Settings, VatRate } from '../schemas';
import type { HsNomenclature } from '../hs';
import { createHsNomenclature } from '../hs';
import { DEFAULT_PURCHASING_SETTINGS } from '../purchasing-settings';
import vatRatesFile from './vat-rates.json';

export { DEFAULT_CATEGORIES, DEFAULT_ROLE_TAGS } from './categories';
export { DEFAULT_COMPLIANCE_RULES } from './compliance-rules';
export {
  DEFAULT_RETURN_RULES,
  LOW_VALUE_THRESHOLDS,
  HIGH_VALUE_THRESHOLDS,
  SPECIAL_CATEGORY_IDS,
} from './return-rules';

export const DEFAULT_SETTINGS: Settings = {
  features: {},
  expiringWithinDays: 30,
  iossThresholdEur: 150,
  shipWithinHours: 24,
  stalledTrackingDays: 7,
  classifierKeywords: {},
  sellerName: '',
  agentName: '',
  replyDeadlineHours: {},
  profit: { listings: [], commissionRates: [] },
  purchasing: DEFAULT_PURCHASING_SETTINGS,
};

/** EU member states + GB, every period since the oldest known one (ibericode/vat-rates, MIT). */
export const DEFAULT_VAT_RATES: readonly VatRate[] = vatRatesFile.rates;
export const DEFAULT_VAT_RATES_ATTRIBUTION = `${vatRatesFile.attribution} Source: ${vatRatesFile.source}.`;

let hsPromise: Promise<HsNomenclature> | undefined;

/**
 * The HS 2022 nomenclature (ODC PDDL 1.0), ~800 kB. Behind a dynamic import so that bundles using
 * only the rules above (content scripts, popup) never contain it: WXT builds entrypoints as IIFEs,
 * where Rollup inlines a dynamic import only into bundles that call this function (checked: a
 * script importing DEFAULT_SETTINGS stays ~9 kB). The background worker awaits it once.
 */
export function loadDefaultHsNomenclature(): Promise<HsNomenclature> {
  hsPromise ??= import('./hs2022.json').then((file) => createHsNomenclature(file.default.codes));
  return hsPromise;
}
