/**
 * Profit per SKU × market (F12): what one unit sold at a price leaves once every cost is paid.
 *
 *   net profit = price − VAT − product cost − first-leg freight (头程) − platform commission
 *                − fulfilment fee − marketing − duty
 *
 * VAT: in the EU and the UK the consumer price includes VAT, so the seller keeps
 * net price = gross ÷ (1 + rate) and the rest is VAT owed to the destination. Import VAT paid at the
 * border on stock is reclaimed by a VAT-registered importer against that output VAT, so it is shown
 * but not deducted a second time. In the US sales tax is added on top of the price and collected by
 * the marketplace: nothing to deduct.
 *
 * Every component says where its figure comes from. Amounts in other currencies are converted with
 * the rates table the caller passes (no network); a missing rate leaves that component, and the
 * profit, unknown rather than guessed.
 */
import { explainerFor } from './explain';
import { z } from 'zod';
import type { Explanation } from './annotations';
import { fractionDigitsOf, roundMoney, vatCountryOf } from './countries';
import type { Marketplace, Money, Sku } from './schemas';
import { CurrencyCode, IsoDate, Marketplace as MarketplaceSchema, Money as MoneySchema } from './schemas';
import { estimateImportTax, type TaxContext } from './tax';
import { vatRateOn } from './vat';

// ── Exchange rates ─────────────────────────────────────────────────────────────────────────

/**
 * Rates against one base: `rates.CNY = 7.8` means 1 base = 7.8 CNY. The base itself is 1 whether
 * listed or not. Where the rates come from (ECB of a day, the seller's bank) is the caller's.
 */
export const ExchangeRates = z.object({
  base: CurrencyCode,
  rates: z.record(CurrencyCode, z.number().positive()),
  asOf: z.optional(IsoDate),
  source: z.string().max(300).default('seller'),
});
export type ExchangeRates = z.infer<typeof ExchangeRates>;

function unitsPerBase(currency: string, rates: ExchangeRates): number | undefined {
  return currency === rates.base ? 1 : rates.rates[currency];
}

/** How many `to` one `from` buys, or undefined when either currency is missing from the table. */
export function exchangeRate(from: string, to: string, rates: ExchangeRates | undefined): number | undefined {
  if (from === to) return 1;
  if (!rates) return undefined;
  const f = unitsPerBase(from, rates);
  const t = unitsPerBase(to, rates);
  return f === undefined || t === undefined ? undefined : t / f;
}

/** `money` in `to`, rounded to `to`'s minor unit; undefined when the table lacks a rate. */
export function convertMoney(money: Money, to: string, rates: ExchangeRates | undefined): Money | undefined {
  const rate = exchangeRate(money.currency, to, rates);
  return rate === undefined ? undefined : { amount: roundMoney(money.amount * rate, to), currency: to };
}

// ── Commission rates (seller-entered) ──────────────────────────────────────────────────────

/**
 * A platform commission (Amazon referral fee, eBay final value fee, Shopify payment fee…) as the
 * seller enters it: for a marketplace, optionally one central category (and everything below it).
 */
export const CommissionRate = z.object({
  id: z.string().min(1).max(200),
  marketplace: MarketplaceSchema,
  /** Central category id; none = the marketplace's default rate. */
  categoryId: z.string().min(1).max(200).optional(),
  percent: z.number().min(0).max(100),
  /** Per-item minimum fee (Amazon: e.g. $0.30), in any currency. */
  minimum: z.optional(MoneySchema),
  source: z.string().max(300).default('seller'),
});
export type CommissionRate = z.infer<typeof CommissionRate>;

/**
 * The rate for a SKU on a marketplace: the one of the deepest category on the SKU's path
 * (root → leaf ids, e.g. from `categoryPathOf`), else the marketplace's default.
 */
export function commissionRateFor(rates: readonly CommissionRate[], marketplace: Marketplace, categoryPath: readonly string[]): CommissionRate | undefined {
  let best: CommissionRate | undefined;
  let bestDepth = -1;
  for (const rate of rates) {
    if (rate.marketplace !== marketplace) continue;
    const depth = rate.categoryId === undefined ? 0 : categoryPath.indexOf(rate.categoryId) + 1;
    if (rate.categoryId !== undefined && depth === 0) continue;
    if (depth > bestDepth) {
      best = rate;
      bestDepth = depth;
    }
  }
  return best;
}

// ── Explanations (locales/workspace.json) ───────────────────────────────────────────────────

export const PROFIT_EXPLANATION_PARAMS = {
  formula_net_profit: [],
  profit_vat_included: ['gross', 'ratePercent', 'country', 'net', 'vat'],
  profit_vat_not_in_price: ['destination'],
  profit_vat_rate_unknown: ['country'],
  profit_import_vat_reclaimed: ['amount'],
  profit_product_cost_from_sku: ['amount'],
  profit_product_cost_entered: ['amount'],
  profit_product_cost_missing: ['sku'],
  profit_freight_per_kg: ['weightKg', 'perKg', 'amount'],
  profit_freight_per_unit: ['amount'],
  profit_freight_weight_missing: ['sku'],
  profit_commission: ['percent', 'base', 'amount'],
  profit_commission_minimum: ['minimum'],
  profit_commission_missing: ['marketplace'],
  profit_fulfilment_fee: ['amount'],
  profit_marketing_per_unit: ['amount'],
  profit_marketing_percent: ['percent', 'base', 'amount'],
  profit_not_entered: ['profitComponent'],
  profit_customs_value: ['amount', 'basis'],
  profit_duty_unknown: [],
  profit_converted: ['amount', 'converted', 'rate', 'asOf'],
  profit_rate_missing: ['from', 'to'],
} as const satisfies Record<string, readonly string[]>;
export type ProfitExplanationCode = keyof typeof PROFIT_EXPLANATION_PARAMS;

const explainProfit = explainerFor(PROFIT_EXPLANATION_PARAMS);

/** "9.50 EUR": amounts go into explanations as text, with the currency's minor digits. */
export const showMoney = (m: Money) => `${m.amount.toFixed(fractionDigitsOf(m.currency))} ${m.currency}`;
const show = showMoney;

// ── Profit ─────────────────────────────────────────────────────────────────────────────────

export type FreightCost = { perKg: Money } | { perUnit: Money };
export type MarketingCost = { perUnit: Money } | { percentOfPrice: number };

export interface ProfitInput {
  sku: Sku;
  marketplace: Marketplace;
  /** Country the buyer is in: picks the VAT and the duty. */
  destination: string;
  /** The consumer price of one unit as listed (VAT included in the EU and the UK). Sets the result's currency. */
  price: Money;
  /** Product cost per unit; defaults to the SKU's `cost` (e.g. the supplier's unit price when given). */
  productCost?: Money;
  /** First-leg freight (头程) to the overseas warehouse: per kg of the SKU's weight, or per unit. */
  freight?: FreightCost;
  /** Commission in percent of the VAT-inclusive price (as Amazon charges it); else looked up in the context's table. */
  commissionPercent?: number;
  /** Central category ids root → leaf, for the commission table. */
  categoryPath?: readonly string[];
  /** Fulfilment fee per unit (FBA fee, 3PL pick & pack, last mile). */
  fulfilmentFee?: Money;
  /** Marketing per unit, or as a share of the VAT-inclusive price (advertising cost of sale). */
  marketing?: MarketingCost;
  /**
   * Customs value duty is computed on: product cost + first-leg freight (stock imported in bulk
   * into a warehouse, the default) or the net price (a parcel sent straight to the buyer).
   */
  customsBasis?: 'cost-and-freight' | 'net-price';
  /** YYYY-MM-DD: picks the VAT rate in force. */
  today: string;
}

export interface ProfitContext extends TaxContext {
  rates?: ExchangeRates;
  commissionRates?: readonly CommissionRate[];
}

export const PROFIT_COMPONENTS = ['vat', 'productCost', 'freight', 'commission', 'fulfilment', 'marketing', 'duty'] as const;
export type ProfitComponentKey = (typeof PROFIT_COMPONENTS)[number];

export interface ProfitComponent {
  key: ProfitComponentKey;
  /** In the price's currency; undefined when it could not be worked out (no rate, no weight…). */
  amount?: Money;
  /**
   * entered/computed: known; not-entered: the seller gave no figure, counted as 0;
   * unknown: could not be worked out, so the profit is unknown too.
   */
  status: 'entered' | 'computed' | 'not-entered' | 'unknown';
  /** Where the figure comes from: "sku.cost", "input", a rate table's source, the VAT or duty source. */
  source: string;
  explanation: Explanation[];
}

export interface ProfitEstimate {
  sku: string;
  marketplace: Marketplace;
  destination: string;
  formula: 'formula_net_profit';
  price: Money;
  /** The price without the VAT it includes: what the seller's revenue really is. */
  netPrice: Money;
  components: ProfitComponent[];
  /** Product + first-leg freight + duty. */
  landedCost?: Money;
  /** Net price − landed cost. */
  grossProfit?: Money;
  /** Percent of the net price, one decimal. */
  grossMarginPercent?: number;
  netProfit?: Money;
  netMarginPercent?: number;
  /** Every component known and entered (none counted as 0 for want of a figure). */
  complete: boolean;
  explanation: Explanation[];
}

const marginPercent = (profit: number, revenue: number) => (revenue === 0 ? undefined : Math.round((profit / revenue) * 1000) / 10);

export function estimateProfit(input: ProfitInput, ctx: ProfitContext): ProfitEstimate {
  const { sku, price, destination, today } = input;
  const currency = price.currency;
  const money = (amount: number): Money => ({ amount: roundMoney(amount, currency), currency });
  const components: ProfitComponent[] = [];
  const add = (c: ProfitComponent) => {
    components.push(c);
    return c;
  };

  /** `m` in the price's currency, saying so in `explanation` when converted. */
  const inPriceCurrency = (m: Money, explanation: Explanation[]): Money | undefined => {
    if (m.currency === currency) return m;
    const converted = convertMoney(m, currency, ctx.rates);
    if (!converted) {
      explanation.push(explainProfit('profit_rate_missing', { from: m.currency, to: currency }));
      return undefined;
    }
    const rate = exchangeRate(m.currency, currency, ctx.rates) as number;
    explanation.push(explainProfit('profit_converted', { amount: show(m), converted: show(converted), rate: Math.round(rate * 1e6) / 1e6, asOf: ctx.rates?.asOf ?? '' }));
    return converted;
  };

  // VAT included in the price.
  const vatCountry = vatCountryOf(destination);
  const vatRate = destination === 'US' ? undefined : vatRateOn(ctx.vatRates, vatCountry, today);
  let netPrice = price;
  {
    const explanation: Explanation[] = [];
    if (vatRate) {
      netPrice = money(price.amount / (1 + vatRate.standard / 100));
      const vat = money(price.amount - netPrice.amount);
      explanation.push(explainProfit('profit_vat_included', { gross: show(price), ratePercent: vatRate.standard, country: vatCountry, net: show(netPrice), vat: show(vat) }));
      add({ key: 'vat', amount: vat, status: 'computed', source: vatRate.source, explanation });
    } else if (destination === 'US') {
      explanation.push(explainProfit('profit_vat_not_in_price', { destination }));
      add({ key: 'vat', amount: money(0), status: 'computed', source: 'US: sales tax is added to the price and collected by the marketplace', explanation });
    } else {
      // Price taken as net: flagged, since most countries with a VAT/GST include it in consumer prices.
      explanation.push(explainProfit('profit_vat_rate_unknown', { country: vatCountry }));
      add({ key: 'vat', amount: money(0), status: 'not-entered', source: 'no VAT rate', explanation });
    }
  }

  // Product cost.
  const product = (() => {
    const explanation: Explanation[] = [];
    const given = input.productCost ?? sku.cost;
    if (!given) {
      explanation.push(explainProfit('profit_product_cost_missing', { sku: sku.sku }));
      return add({ key: 'productCost', status: 'unknown', source: 'none', explanation });
    }
    const fromSku = !input.productCost;
    explanation.push(explainProfit(fromSku ? 'profit_product_cost_from_sku' : 'profit_product_cost_entered', { amount: show(given) }));
    const amount = inPriceCurrency(given, explanation);
    return add({ key: 'productCost', amount, status: amount ? 'entered' : 'unknown', source: fromSku ? 'sku.cost' : 'input', explanation });
  })();

  // First-leg freight (头程).
  const freight = (() => {
    const explanation: Explanation[] = [];
    const f = input.freight;
    if (!f) {
      explanation.push(explainProfit('profit_not_entered', { profitComponent: 'freight' }));
      return add({ key: 'freight', amount: money(0), status: 'not-entered', source: 'none', explanation });
    }
    if ('perUnit' in f) {
      explanation.push(explainProfit('profit_freight_per_unit', { amount: show(f.perUnit) }));
      const amount = inPriceCurrency(f.perUnit, explanation);
      return add({ key: 'freight', amount, status: amount ? 'entered' : 'unknown', source: 'input', explanation });
    }
    if (sku.weightGrams === undefined) {
      explanation.push(explainProfit('profit_freight_weight_missing', { sku: sku.sku }));
      return add({ key: 'freight', status: 'unknown', source: 'input', explanation });
    }
    const weightKg = sku.weightGrams / 1000;
    const perUnit = { amount: roundMoney(f.perKg.amount * weightKg, f.perKg.currency), currency: f.perKg.currency };
    explanation.push(explainProfit('profit_freight_per_kg', { weightKg, perKg: show(f.perKg), amount: show(perUnit) }));
    const amount = inPriceCurrency(perUnit, explanation);
    return add({ key: 'freight', amount, status: amount ? 'computed' : 'unknown', source: 'input × sku.weightGrams', explanation });
  })();

  // Platform commission, on the VAT-inclusive price.
  {
    const explanation: Explanation[] = [];
    const fromTable = input.commissionPercent === undefined ? commissionRateFor(ctx.commissionRates ?? [], input.marketplace, input.categoryPath ?? []) : undefined;
    const percent = input.commissionPercent ?? fromTable?.percent;
    if (percent === undefined) {
      explanation.push(explainProfit('profit_commission_missing', { marketplace: input.marketplace }));
      add({ key: 'commission', amount: money(0), status: 'not-entered', source: 'none', explanation });
    } else {
      let amount: Money | undefined = money((price.amount * percent) / 100);
      explanation.push(explainProfit('profit_commission', { percent, base: show(price), amount: show(amount) }));
      if (fromTable?.minimum) {
        const minimum = inPriceCurrency(fromTable.minimum, explanation);
        if (!minimum) amount = undefined;
        else if (minimum.amount > amount.amount) {
          amount = minimum;
          explanation.push(explainProfit('profit_commission_minimum', { minimum: show(minimum) }));
        }
      }
      add({ key: 'commission', amount, status: amount ? 'computed' : 'unknown', source: fromTable ? fromTable.source : 'input', explanation });
    }
  }

  // Fulfilment fee.
  {
    const explanation: Explanation[] = [];
    if (!input.fulfilmentFee) {
      explanation.push(explainProfit('profit_not_entered', { profitComponent: 'fulfilment' }));
      add({ key: 'fulfilment', amount: money(0), status: 'not-entered', source: 'none', explanation });
    } else {
      explanation.push(explainProfit('profit_fulfilment_fee', { amount: show(input.fulfilmentFee) }));
      const amount = inPriceCurrency(input.fulfilmentFee, explanation);
      add({ key: 'fulfilment', amount, status: amount ? 'entered' : 'unknown', source: 'input', explanation });
    }
  }

  // Marketing.
  {
    const explanation: Explanation[] = [];
    const m = input.marketing;
    if (!m) {
      explanation.push(explainProfit('profit_not_entered', { profitComponent: 'marketing' }));
      add({ key: 'marketing', amount: money(0), status: 'not-entered', source: 'none', explanation });
    } else if ('perUnit' in m) {
      explanation.push(explainProfit('profit_marketing_per_unit', { amount: show(m.perUnit) }));
      const amount = inPriceCurrency(m.perUnit, explanation);
      add({ key: 'marketing', amount, status: amount ? 'entered' : 'unknown', source: 'input', explanation });
    } else {
      const amount = money((price.amount * m.percentOfPrice) / 100);
      explanation.push(explainProfit('profit_marketing_percent', { percent: m.percentOfPrice, base: show(price), amount: show(amount) }));
      add({ key: 'marketing', amount, status: 'computed', source: 'input', explanation });
    }
  }

  // Duty, with estimateImportTax on the customs value.
  const duty = (() => {
    const explanation: Explanation[] = [];
    const basis = input.customsBasis ?? 'cost-and-freight';
    const customsValue =
      basis === 'net-price' ? netPrice : product.amount && freight.amount ? money(product.amount.amount + freight.amount.amount) : undefined;
    if (!customsValue) {
      explanation.push(explainProfit('profit_duty_unknown'));
      return add({ key: 'duty', status: 'unknown', source: 'none', explanation });
    }
    explanation.push(explainProfit('profit_customs_value', { amount: show(customsValue), basis }));
    const tax = estimateImportTax({ destination, lineValue: customsValue, sku, today }, ctx);
    explanation.push(...tax.explanation);
    if (tax.vat && vatRate) explanation.push(explainProfit('profit_import_vat_reclaimed', { amount: show(tax.vat.amount) }));
    // No rate entered for the code (or no HS code): counted as 0 and flagged, like other missing figures.
    if (!tax.duty) return add({ key: 'duty', amount: money(0), status: 'not-entered', source: 'no duty rate', explanation });
    return add({ key: 'duty', amount: tax.duty.amount, status: 'computed', source: tax.duty.source, explanation });
  })();

  const known = components.every((c) => c.amount !== undefined);
  const sum = (list: readonly ProfitComponent[]) => list.reduce((total, c) => total + (c.amount?.amount ?? 0), 0);
  const estimate: ProfitEstimate = {
    sku: sku.sku,
    marketplace: input.marketplace,
    destination,
    formula: 'formula_net_profit',
    price,
    netPrice,
    components,
    complete: known && components.every((c) => c.status !== 'not-entered'),
    explanation: [explainProfit('formula_net_profit')],
  };
  if (product.amount && freight.amount && duty.amount) {
    const landed = money(sum([product, freight, duty]));
    estimate.landedCost = landed;
    estimate.grossProfit = money(netPrice.amount - landed.amount);
    estimate.grossMarginPercent = marginPercent(estimate.grossProfit.amount, netPrice.amount);
  }
  if (known) {
    estimate.netProfit = money(price.amount - sum(components));
    estimate.netMarginPercent = marginPercent(estimate.netProfit.amount, netPrice.amount);
  }
  return estimate;
}
