/** VAT rates with history: the rate that applies is the one in force on the day, not the newest. */
import type { VatRate } from './schemas';

/**
 * The rate of `country` in force on `isoDate` (YYYY-MM-DD): the entry with the latest
 * `effectiveFrom` not after that day. Undefined when the country has no entry that early.
 * ISO dates compare correctly as strings, so no Date objects are needed.
 */
export function vatRateOn(rates: readonly VatRate[], country: string, isoDate: string): VatRate | undefined {
  let best: VatRate | undefined;
  for (const rate of rates) {
    if (rate.country !== country || rate.effectiveFrom > isoDate) continue;
    if (!best || rate.effectiveFrom > best.effectiveFrom) best = rate;
  }
  return best;
}
