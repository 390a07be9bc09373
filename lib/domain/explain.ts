/**
 * Every explanation code the domain emits, with its parameter names in placeholder order.
 *
 * The UI shows an explanation with `getMessage(code, Object.values(params))`, and chrome.i18n fills
 * `$1, $2…` by position: params must therefore be built in the order listed here, which is also the
 * order of the placeholders in locales/domain.json (a unit test holds the two together). `explain()`
 * builds them in that order whatever order the caller wrote them in.
 */
import type { Explanation } from './annotations';

export const EXPLANATION_PARAMS = {
  // Return rules (F5, F13)
  rule_reason_matched: ['reason'],
  rule_value_below: ['amount', 'threshold', 'currency'],
  rule_value_at_least: ['amount', 'threshold', 'currency'],
  rule_value_currency_not_covered: ['rule', 'currency'],
  rule_value_missing: ['rule'],
  rule_category_matched: ['category'],
  rule_tag_matched: ['tag'],
  rule_country_matched: ['country'],
  rule_days_since_delivery_within: ['days', 'limit'],
  rule_customer_returns_at_least: ['count', 'threshold'],
  rule_catch_all: [],
  rule_no_match: [],
  // Return address (F5)
  return_to_none: [],
  return_to_partner_serving_country: ['warehouse', 'country'],
  return_to_partner_same_country: ['warehouse', 'country'],
  return_to_partner_same_region: ['warehouse', 'region'],
  return_to_returns_service: ['warehouse'],
  return_to_returns_service_fallback: ['warehouse', 'country'],
  return_to_returns_service_far: ['warehouse', 'country'],
  return_to_warehouse: ['warehouse'],
  return_buyer_country_unknown: [],
  return_address_unavailable: ['target'],
  // Compliance warnings (F4, F9, F27)
  certificate_missing: ['kind', 'market', 'why'],
  certificate_missing_or_alternative: ['kind', 'alternatives', 'market', 'why'],
  certificate_expired: ['kind', 'expiresOn'],
  certificate_expiring: ['kind', 'daysLeft', 'expiresOn'],
  certificate_model_mismatch: ['kind', 'model'],
  certificate_market_mismatch: ['kind', 'markets', 'destination'],
  certificate_repealed_reference: ['kind', 'act', 'replacedBy', 'issuedOn'],
  hs_missing: [],
  hs_invalid: ['code'],
  hs_national_invalid: ['code', 'destination'],
  destination_unknown: [],
  destination_unrecognised: ['destination'],
  // Import tax estimate (F4, F26)
  tax_hs_missing: ['destination'],
  tax_hs_national_used: ['code', 'destination'],
  tax_duty_rate: ['ratePercent', 'hsPrefix', 'market'],
  tax_duty_rate_unknown: ['hsCode', 'destination'],
  tax_vat_on_import: ['ratePercent', 'country', 'effectiveFrom'],
  tax_vat_rate_unknown: ['country'],
  tax_no_import_vat: ['destination'],
  tax_vat_not_covered: ['destination'],
  tax_ioss_eligible: ['threshold'],
  tax_gb_low_value_vat_at_sale: ['threshold'],
  // Proactive shipping notices (F7)
  notice_not_shipped_hours: ['hours', 'limit'],
  notice_not_shipped_days: ['days', 'limit'],
  notice_ship_by_passed: ['date'],
  notice_tracking_stalled_days: ['days', 'date'],
  notice_shipped_days_no_delivery: ['days', 'date'],
  notice_delivery_overdue: ['date'],
} as const satisfies Record<string, readonly string[]>;

export type ExplanationCode = keyof typeof EXPLANATION_PARAMS;
type ParamsOf<C extends ExplanationCode> = { [K in (typeof EXPLANATION_PARAMS)[C][number]]: string | number };

/**
 * An `explain` for another table of codes (guardrail, what-if, purchasing…): params are put in the
 * table's order whatever order the caller wrote them in; a missing one becomes ''.
 */
export function explainerFor<T extends Record<string, readonly string[]>>(table: T) {
  return (code: keyof T & string, params: Record<string, string | number> = {}): Explanation => {
    const ordered: Record<string, string | number> = {};
    for (const name of table[code]!) ordered[name] = params[name] ?? '';
    return { code, params: ordered };
  };
}

const explainDomain = explainerFor(EXPLANATION_PARAMS);

export function explain<C extends ExplanationCode>(code: C, ...[params]: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]): Explanation {
  return explainDomain(code, params as Record<string, string | number> | undefined);
}
