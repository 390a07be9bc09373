/**
 * Sales history from imported order reports (F11 purchase suggestions, F16–F19 retrospective).
 * One record per order line; the id is stable so importing the same report twice changes nothing.
 */
import { z } from 'zod';
import { CountryCode, CurrencyCode, IsoDate, IsoDateTime, Marketplace, Money } from '../domain/schemas';

export const OrderLine = z.object({
  /** marketplace:orderId:sku — the same line in a later report overwrites this one. */
  id: z.string().min(1).max(400),
  marketplace: Marketplace,
  orderId: z.string().trim().min(1, 'must not be empty').max(100),
  sku: z.string().trim().min(1, 'must not be empty').max(200),
  quantity: z.number().int('must be a whole number').nonnegative(),
  /** When the order was placed: a full instant when the report gives its zone, else the date it prints. */
  orderedAt: z.union([IsoDateTime, IsoDate]),
  /** Ship-to country. */
  country: z.optional(CountryCode),
  currency: CurrencyCode,
  /** Price of the whole line (unit price × quantity), as Amazon's item-price is; before tax and shipping. */
  itemPrice: Money,
  /** The marketplace's own words: "Shipped", "Pending", "paid", "refunded"… */
  status: z.string().max(100).optional(),
  source: z.literal('import'),
});
export type OrderLine = z.infer<typeof OrderLine>;

export function orderLineId(marketplace: Marketplace, orderId: string, sku: string): string {
  return `${marketplace}:${orderId}:${sku}`;
}
