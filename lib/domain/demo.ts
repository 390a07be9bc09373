/**
 * The demo workspace (public/demo/workspace.json) is a backup whose dates are written relative to
 * `anchorDate`. Loading it moves every certificate and case date by (today − anchorDate) days, so a
 * certificate "expiring in 12 days" on the anchor date still expires in 12 days whenever the demo
 * is opened. Legal dates (VAT `effectiveFrom`) are facts, not demo props, and never move.
 */
import { z } from 'zod';
import { BackupFile } from './backup';
import { IsoDate } from './schemas';

export const DEMO_FORMAT = 'helloword-demo';

export const DemoWorkspace = z.object({
  format: z.literal(DEMO_FORMAT),
  anchorDate: IsoDate,
  backup: BackupFile,
});
export type DemoWorkspace = z.infer<typeof DemoWorkspace>;

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both "YYYY-MM-DD" calendar dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The seller's local calendar date of `now`: the demo speaks of the day the seller sees. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Moves the calendar-date part of an ISO timestamp and keeps its time and offset text as written
 * ("2026-11-18T09:30:00+01:00" + 3 → "2026-11-21T09:30:00+01:00"); the offset is explicit, so no
 * daylight-saving arithmetic is involved.
 */
function shiftDateTime(timestamp: string, days: number): string {
  return shiftDate(timestamp.slice(0, 10), days) + timestamp.slice(10);
}

function shiftOptional(date: string | undefined, days: number): string | undefined {
  return date === undefined ? undefined : shiftDate(date, days);
}

/** A copy of `backup` with every demo date moved by `days`. */
export function shiftDemoDates(backup: BackupFile, days: number): BackupFile {
  if (days === 0) return structuredClone(backup);
  const { data } = backup;
  const withDefined = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  return {
    ...backup,
    exportedAt: shiftDateTime(backup.exportedAt, days),
    data: {
      ...data,
      skus: data.skus.map((sku) => withDefined({ ...sku, updatedAt: sku.updatedAt && shiftDateTime(sku.updatedAt, days) })),
      certificates: data.certificates.map((cert) =>
        withDefined({
          ...cert,
          validFrom: shiftOptional(cert.validFrom, days),
          expiresOn: shiftOptional(cert.expiresOn, days),
          issuedOn: shiftOptional(cert.issuedOn, days),
        }),
      ),
      cases: data.cases.map((record) => ({
        ...record,
        createdAt: shiftDateTime(record.createdAt, days),
        updatedAt: shiftDateTime(record.updatedAt, days),
        timeline: record.timeline.map((step) => ({ ...step, at: shiftDateTime(step.at, days) })),
      })),
      // Sales history, quotes and purchase orders (F10, F11): the velocity window and KPIs stay current.
      orders: data.orders.map((line) => ({ ...line, orderedAt: line.orderedAt.length > 10 ? shiftDateTime(line.orderedAt, days) : shiftDate(line.orderedAt, days) })),
      suppliers: data.suppliers.map((supplier) => ({
        ...supplier,
        prices: supplier.prices.map((price) => withDefined({ ...price, validFrom: shiftOptional(price.validFrom, days), validUntil: shiftOptional(price.validUntil, days) })),
      })),
      purchaseOrders: data.purchaseOrders.map((order) =>
        withDefined({
          ...order,
          orderedOn: shiftDate(order.orderedOn, days),
          promisedOn: shiftDate(order.promisedOn, days),
          receivedOn: shiftOptional(order.receivedOn, days),
        }),
      ),
    },
  };
}

