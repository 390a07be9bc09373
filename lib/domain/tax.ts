/**
 * Estimated import duty and VAT for one order line (F4, F26). An estimate for the seller's planning,
 * not a customs declaration: every figure says where it came from.
 */
import type { Explanation, TaxEstimate } from './annotations';
import { isEuMember, marketsOf, roundMoney, vatCountryOf } from './countries';
import { explain } from './explain';
import type { DutyRate, Money, Sku, VatRate } from './schemas';
import { vatRateOn } from './vat';

export interface TaxInput {
  destination: string;
  lineValue: Money;
  sku: Sku;
  /** YYYY-MM-DD: picks the VAT rate in force. */
  today: string;
}

export interface TaxContext {
  vatRates: readonly VatRate[];
  dutyRates: readonly DutyRate[];
  iossThresholdEur: number;
}

/** Destinations without VAT or a similar import tax collected at the border. */
const NO_IMPORT_VAT: ReadonlySet<string> = new Set(['US']);
/** GB: goods up to £135 pay VAT at the point of sale (seller or marketplace), not at import. */
const GB_LOW_VALUE_GBP = 135;

/** The per-destination national code (F26) wins over the 6-digit code. */
export function hsCodeFor(sku: Sku, destination: string): { code: string; source: 'national' | 'hs6' } | undefined {
  const national = sku.hsCodesByCountry[destination];
  if (national) return { code: national, source: 'national' };
  return sku.hsCode ? { code: sku.hsCode, source: 'hs6' } : undefined;
}

/**
 * The duty rate for `hsCode` in `destination`: the longest matching prefix among the rates of the
 * destination's markets (DE, then EU); at equal length the country's own rate wins over its union's.
 */
export function dutyRateFor(hsCode: string, destination: string, dutyRates: readonly DutyRate[]): DutyRate | undefined {
  const markets = marketsOf(destination);
  let best: DutyRate | undefined;
  let bestRank = Infinity;
  for (const rate of dutyRates) {
    const marketRank = markets.indexOf(rate.destination);
    if (marketRank < 0 || !hsCode.startsWith(rate.hsPrefix)) continue;
    // Longer prefix first, then the more specific market.
    const rank = -rate.hsPrefix.length * 10 + marketRank;
    if (rank < bestRank) {
      best = rate;
      bestRank = rank;
    }
  }
  return best;
}

function money(amount: number, currency: string): Money {
  return { amount: roundMoney(amount, currency), currency };
}

export function estimateImportTax(input: TaxInput, ctx: TaxContext): TaxEstimate {
  const { destination, lineValue, sku, today } = input;
  const { currency } = lineValue;
  const explanation: Explanation[] = [];
  const estimate: TaxEstimate = { destination, customsValue: money(lineValue.amount, currency), explanation };

  // Duty: on the customs value, at the rate for the SKU's code.
  let dutyAmount = 0;
  const hs = hsCodeFor(sku, destination);
  if (!hs) {
    explanation.push(explain('tax_hs_missing', { destination }));
  } else {
    estimate.hsCode = hs.code;
    estimate.hsCodeSource = hs.source;
    if (hs.source === 'national') explanation.push(explain('tax_hs_national_used', { code: hs.code, destination }));
    const rate = dutyRateFor(hs.code, destination, ctx.dutyRates);
    if (rate) {
      dutyAmount = roundMoney((lineValue.amount * rate.ratePercent) / 100, currency);
      estimate.duty = { ratePercent: rate.ratePercent, amount: { amount: dutyAmount, currency }, source: rate.source };
      explanation.push(explain('tax_duty_rate', { ratePercent: rate.ratePercent, hsPrefix: rate.hsPrefix, market: rate.destination }));
    } else {
      explanation.push(explain('tax_duty_rate_unknown', { hsCode: hs.code, destination }));
    }
  }

  // VAT: EU member states charge import VAT on every consignment since 2021-07-01 (no €22 relief any
  // more), on the customs value plus duty; GB and Northern Ireland charge UK VAT.
  const eu = isEuMember(destination);
  if (eu || destination === 'GB' || destination === 'XI') {
    const vatCountry = vatCountryOf(destination);
    const vat = vatRateOn(ctx.vatRates, vatCountry, today);
    if (vat) {
      const amount = ((lineValue.amount + dutyAmount) * vat.standard) / 100;
      estimate.vat = { ratePercent: vat.standard, amount: money(amount, currency), source: vat.source, effectiveFrom: vat.effectiveFrom };
      explanation.push(explain('tax_vat_on_import', { ratePercent: vat.standard, country: vatCountry, effectiveFrom: vat.effectiveFrom }));
    } else {
      explanation.push(explain('tax_vat_rate_unknown', { country: vatCountry }));
    }
    // Only said when the value is in euros: without exchange rates other currencies can't be compared.
    if (eu && currency === 'EUR' && lineValue.amount <= ctx.iossThresholdEur) {
      explanation.push(explain('tax_ioss_eligible', { threshold: ctx.iossThresholdEur }));
    }
    if (vatCountry === 'GB' && currency === 'GBP' && lineValue.amount <= GB_LOW_VALUE_GBP) {
      explanation.push(explain('tax_gb_low_value_vat_at_sale', { threshold: GB_LOW_VALUE_GBP }));
    }
  } else if (NO_IMPORT_VAT.has(destination)) {
    explanation.push(explain('tax_no_import_vat', { destination }));
  } else {
    explanation.push(explain('tax_vat_not_covered', { destination }));
  }
  return estimate;
}
