/**
 * The pure parts of the profit view (F12): one estimateProfit per stored listing (SKU × marketplace
 * × destination) with the seller's fees and rates, sorting and filtering, and parsing of the typed
 * inputs. No React and no messaging: tests/unit/components/profit-model.test.ts covers them.
 */
import { categoryPathOf } from '@/lib/domain/catalogue';
import { estimateProfit, type ProfitEstimate } from '@/lib/domain/profit';
import type { Category, DutyRate, Money, ProfitListing, ProfitSettings, Sku, VatRate } from '@/lib/domain/schemas';

export interface ProfitInputsData {
  profit: ProfitSettings;
  skus: readonly Sku[];
  categories: readonly Category[];
  vatRates: readonly VatRate[];
  dutyRates: readonly DutyRate[];
  iossThresholdEur: number;
}

export interface ProfitRow {
  key: string;
  listing: ProfitListing;
  /** null when the listing names a SKU that is no longer in the catalogue. */
  estimate: ProfitEstimate | null;
}

export const listingKey = (l: Pick<ProfitListing, 'sku' | 'marketplace' | 'destination'>) => `${l.sku}|${l.marketplace}|${l.destination}`;

export function profitRows(data: ProfitInputsData, today: string): ProfitRow[] {
  const skus = new Map(data.skus.map((s) => [s.sku, s]));
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  const { profit } = data;
  return profit.listings.map((listing) => {
    const sku = skus.get(listing.sku);
    if (!sku) return { key: listingKey(listing), listing, estimate: null };
    const marketingPercent = listing.marketingPercent ?? profit.marketingPercent;
    const estimate = estimateProfit(
      {
        sku,
        marketplace: listing.marketplace,
        destination: listing.destination,
        price: listing.price,
        ...(profit.freightPerKg && { freight: { perKg: profit.freightPerKg } }),
        categoryPath: categoryPathOf(sku.categoryId, categories).map((c) => c.id),
        ...(listing.fulfilmentFee && { fulfilmentFee: listing.fulfilmentFee }),
        ...(marketingPercent !== undefined && { marketing: { percentOfPrice: marketingPercent } }),
        today,
      },
      {
        vatRates: data.vatRates,
        dutyRates: data.dutyRates,
        iossThresholdEur: data.iossThresholdEur,
        commissionRates: profit.commissionRates,
        ...(profit.exchangeRates && { rates: profit.exchangeRates }),
      },
    );
    return { key: listingKey(listing), listing, estimate };
  });
}

export type ProfitSort = 'margin-asc' | 'margin-desc' | 'sku';

/** Rows of one destination ('' = all), sorted; unknown margins always last. */
export function sortAndFilter(rows: readonly ProfitRow[], market: string, sort: ProfitSort): ProfitRow[] {
  const shown = market ? rows.filter((r) => r.listing.destination === market) : [...rows];
  const margin = (r: ProfitRow) => r.estimate?.netMarginPercent;
  return shown.sort((a, b) => {
    if (sort === 'sku') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    const x = margin(a);
    const y = margin(b);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    return sort === 'margin-asc' ? x - y : y - x;
  });
}

/** Adds or replaces (same SKU × marketplace × destination) a listing. */
export function upsertListing(profit: ProfitSettings, listing: ProfitListing): ProfitSettings {
  const key = listingKey(listing);
  const at = profit.listings.findIndex((l) => listingKey(l) === key);
  const listings = at < 0 ? [...profit.listings, listing] : profit.listings.map((l, i) => (i === at ? listing : l));
  return { ...profit, listings };
}

export function removeListing(profit: ProfitSettings, key: string): ProfitSettings {
  return { ...profit, listings: profit.listings.filter((l) => listingKey(l) !== key) };
}

/** "CNY = 7.2, EUR 0.92; GBP:0.79" → { CNY: 7.2, EUR: 0.92, GBP: 0.79 }; bad parts are reported. */
export function parseRates(text: string): { rates: Record<string, number>; invalid: string[] } {
  const rates: Record<string, number> = {};
  const invalid: string[] = [];
  for (const part of text.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{3})\s*[=: ]\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    const value = match ? Number(match[2]!.replace(',', '.')) : NaN;
    if (match && value > 0) rates[match[1]!.toUpperCase()] = value;
    else invalid.push(part);
  }
  return { rates, invalid };
}

export const ratesText = (rates: Record<string, number>) =>
  Object.entries(rates)
    .map(([c, r]) => `${c}=${r}`)
    .join(', ');

/** An amount and a currency typed in two inputs; both empty means "not given". */
export function moneyInput(amount: string, currency: string): { money?: Money; error?: 'amount' | 'currency' } {
  const a = amount.trim().replace(',', '.');
  const c = currency.trim().toUpperCase();
  if (a === '' && c === '') return {};
  const n = Number(a);
  if (a === '' || !Number.isFinite(n) || n < 0) return { error: 'amount' };
  if (!/^[A-Z]{3}$/.test(c)) return { error: 'currency' };
  return { money: { amount: n, currency: c } };
}
