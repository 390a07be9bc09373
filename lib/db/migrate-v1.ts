/**
 * Version 1 → 2: pure record converters. They only reshape; migrations.ts validates every result
 * with the current zod schema and quarantines what still does not fit.
 *
 * Version 1 was the pre-release layout (0.0.x builds used by the pilot sellers):
 *
 *   settings     out-of-line keys, ONE RECORD PER SETTING: 'expiringWithinDays' → 30,
 *                'iossThresholdEur' → 150, 'features' → { 'return-hint': false, … }
 *   categories   keyPath 'id'   { id, name, nameZh?, parent: string | null, level, attrs, platformMappings? }
 *   tags         keyPath 'id'   { id, name, nameZh?, color?, builtIn? }   (name/nameZh → label/labelZh)
 *   skus         keyPath 'sku', index 'category' on 'category'
 *                { sku, title, model?, asin?, category: string | null, attrs, tags,
 *                  cost?: number, currency?: string, weight?: number (grams),
 *                  hs?: string (as typed: "6204.42", "6204 42"),
 *                  certificates: [{ kind, number, expires?, market?, issuer? }]  ← EMBEDDED copies,
 *                  supplier?, source?, updatedAt? }
 *   returnRules  keyPath 'id'   { id, name, nameZh?, enabled, order: number, conditions, action }
 *   warehouses   keyPath 'id'   (already the version 2 shape)
 *   cases        keyPath 'id', index 'orderId'   { …, events: [{ status, at }] } (no timeline field)
 *   meta         out-of-line    'schemaVersion' → 1
 *
 * There were no certificates, complianceRules, vatRates, dutyRates or quarantine stores: the
 * compliance rules and VAT rates were built into the code, so the upgrade seeds today's defaults.
 */

type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Copies `value` without the listed keys and without undefined values. */
function without(value: Raw, ...keys: string[]): Raw {
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !keys.includes(k) && v !== undefined));
}

function defined(value: Raw): Raw {
  return without(value);
}

/** Version 1 wrote one record per setting; version 2 keeps a single `Settings` record. */
export function convertV1Settings(entries: readonly { key: string; value: unknown }[]): Raw {
  return Object.fromEntries(entries.map(({ key, value }) => [key, value]));
}

export function convertV1Category(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return defined({ ...without(raw, 'parent', 'attrs'), parentId: raw.parent ?? null, attributes: raw.attrs });
}

export function convertV1Tag(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return defined({ ...without(raw, 'name', 'nameZh'), label: raw.name, labelZh: raw.nameZh });
}

export function convertV1ReturnRule(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return defined({ ...without(raw, 'order'), priority: raw.order });
}

export function convertV1Case(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return defined({ ...without(raw, 'events'), timeline: raw.events ?? [] });
}

/** Version 1's form accepted "6204.42" and "6204 42"; the digits are the code. */
function normaliseHs(hs: unknown): unknown {
  if (typeof hs !== 'string') return hs;
  const digits = hs.replace(/[.\s]/g, '');
  return digits === '' ? undefined : digits;
}

/** Where a version 1 certificate without a market was meant to be used, by its kind. */
const MARKET_OF_KIND: Record<string, string> = {
  CE: 'EU',
  RoHS: 'EU',
  EN71: 'EU',
  REACH: 'EU',
  GPSR: 'EU',
  UKCA: 'GB',
  UKNI: 'XI',
  FCC: 'US',
  CPC: 'US',
  GCC: 'US',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface V1EmbeddedCertificate {
  /** Where it came from, for the quarantine record: `${sku}#${index}`. */
  sourceKey: string;
  raw: unknown;
  /** Candidate version 2 certificate (validated by the caller). */
  candidate: unknown;
}

/**
 * The id of a certificate moved out of a SKU. Derived from the certificate itself (kind + number),
 * so the same physical certificate embedded in several version 1 SKUs becomes ONE record that
 * covers them all, and re-running the migration yields the same ids. Without a number the SKU and
 * position make it unique.
 */
export function v1CertificateId(sku: string, index: number, cert: Raw): string {
  const kind = typeof cert.kind === 'string' ? cert.kind : 'certificate';
  const number = typeof cert.number === 'string' ? cert.number.trim() : '';
  return number !== '' ? `v1-${slug(kind)}-${slug(number)}` : `v1-${slug(kind)}-${slug(sku)}-${index + 1}`;
}

export function convertV1Certificate(sku: string, index: number, raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const kind = typeof raw.kind === 'string' ? raw.kind : undefined;
  const market = raw.market ?? (kind !== undefined ? MARKET_OF_KIND[kind] : undefined);
  return defined({
    id: v1CertificateId(sku, index, raw),
    kind,
    markets: market === undefined ? [] : [market],
    covers: { skus: [sku], models: [] },
    issuer: raw.issuer,
    number: raw.number,
    expiresOn: raw.expires,
  });
}

/** Splits a version 1 SKU into the version 2 SKU candidate and its embedded certificates. */
export function convertV1Sku(raw: unknown): { sku: unknown; certificates: V1EmbeddedCertificate[] } {
  if (!isRecord(raw)) return { sku: raw, certificates: [] };
  const skuKey = typeof raw.sku === 'string' ? raw.sku.trim() : '';
  const embedded = Array.isArray(raw.certificates) ? raw.certificates : [];
  const certificates = embedded.map((cert, index) => ({
    sourceKey: `${skuKey}#${index}`,
    raw: cert,
    candidate: convertV1Certificate(skuKey, index, cert),
  }));
  const cost =
    raw.cost === undefined ? undefined : { amount: raw.cost, currency: raw.currency };
  const sku = defined({
    ...without(raw, 'category', 'attrs', 'cost', 'currency', 'weight', 'hs', 'certificates', 'supplier'),
    categoryId: raw.category ?? null,
    attributes: raw.attrs,
    cost,
    weightGrams: raw.weight,
    hsCode: normaliseHs(raw.hs),
    supplierId: raw.supplier,
    // Filled by the caller with the ids of the certificates that migrated.
    certificateIds: [],
  });
  return { sku, certificates };
}
