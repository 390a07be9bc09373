/**
 * State the suppliers and purchasing views share: the purchase order a suggestion hands over to the
 * suppliers view (pre-filled, not saved until the seller says so), and small helpers both use.
 */
import { signal } from '@preact/signals-react';
import type { Money } from '@/lib/domain/schemas';

export interface PurchaseOrderDraft {
  supplierId: string;
  lines: { sku: string; quantity: number; unitPrice: Money }[];
  /** Days from today the supplier quoted (the promised date is today + this). */
  leadTimeDays: number;
}

export const purchaseOrderDraft = signal<PurchaseOrderDraft | null>(null);

/** Field path (as the background names it, e.g. "contacts[0].email") → plain-words problem. */
export type FieldErrors = Record<string, string>;

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "1,234.5" / "1 234,5" / "12" → a number; '' or garbage → NaN, which the schema refuses in words. */
export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(/\s/g, '');
  if (cleaned === '') return Number.NaN;
  const normalised = /,\d{1,2}$/.test(cleaned) && !cleaned.includes('.') ? cleaned.replace(',', '.') : cleaned.replace(/,/g, '');
  return Number(normalised);
}

export function formatMoney(money: Money): string {
  const digits = money.currency === 'JPY' ? 0 : 2;
  return `${money.amount.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${money.currency}`;
}

export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${(Math.round(rate * 1000) / 10).toLocaleString()} %`;
}
