/**
 * The certificate registry and its daily check (F9): the state of one certificate on a date, the
 * certificates that need the seller's attention (expired, or expiring within N days), what the
 * daily check shows and whom it has already told, and plain-words validation of an edited
 * certificate or rule (the schema's checks plus the ones across fields).
 */
import { z } from 'zod';
import { daysBetween } from './dates';
import { describeIssues, type FieldProblem } from './issues';
import { Certificate, ComplianceRule, IsoDate } from './schemas';

export const DEFAULT_EXPIRY_WINDOW_DAYS = 30;

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid';

/**
 * Expiry on `today` itself is "expiring, 0 days left" (the certificate is good until the end of that
 * day); the day after it is expired. Dates are calendar dates compared in UTC, so no time zone or
 * daylight-saving change can move a boundary.
 */
export function certificateState(cert: Pick<Certificate, 'validFrom' | 'expiresOn'>, today: string, withinDays = DEFAULT_EXPIRY_WINDOW_DAYS): {
  state: CertificateState;
  daysLeft: number | null;
} {
  const daysLeft = cert.expiresOn === undefined ? null : daysBetween(today, cert.expiresOn);
  if (daysLeft !== null && daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft !== null && daysLeft <= withinDays) return { state: 'expiring', daysLeft };
  if (cert.validFrom !== undefined && cert.validFrom > today) return { state: 'not-yet-valid', daysLeft };
  return { state: 'valid', daysLeft };
}

export interface CertificateAttention {
  id: string;
  kind: string;
  number: string;
  expiresOn: string;
  /** Negative when expired. */
  daysLeft: number;
  expired: boolean;
}

/** Certificates expired or expiring within `withinDays` of `today`, the most urgent first. */
export function certificatesNeedingAttention(certificates: readonly Certificate[], today: string, withinDays = DEFAULT_EXPIRY_WINDOW_DAYS): CertificateAttention[] {
  const found: CertificateAttention[] = [];
  for (const cert of certificates) {
    if (cert.expiresOn === undefined) continue;
    const daysLeft = daysBetween(today, cert.expiresOn);
    if (daysLeft > withinDays) continue;
    found.push({ id: cert.id, kind: cert.kind, number: cert.number, expiresOn: cert.expiresOn, daysLeft, expired: daysLeft < 0 });
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the daily check has told the seller on `date` (kept in the workspace's meta store). */
export const ComplianceNotified = z.object({ date: IsoDate, ids: z.array(z.string().max(200)).max(10_000) });
export type ComplianceNotified = z.infer<typeof ComplianceNotified>;

export interface ComplianceCheckPlan {
  today: string;
  attention: CertificateAttention[];
  /** Toolbar badge: the number needing attention, "" (no badge) when none. */
  badgeText: string;
  /** Certificates not yet notified today: the notification speaks of these; empty → no notification. */
  notify: CertificateAttention[];
  /** The memory to store after notifying. */
  notified: ComplianceNotified;
}

/**
 * One run of the daily check. A certificate is notified at most once per calendar day; the badge
 * always shows the current count, so it is right even when nothing new is notified.
 */
export function planComplianceCheck(input: {
  certificates: readonly Certificate[];
  today: string;
  withinDays?: number;
  previouslyNotified?: ComplianceNotified | undefined;
}): ComplianceCheckPlan {
  const attention = certificatesNeedingAttention(input.certificates, input.today, input.withinDays);
  const already = new Set(input.previouslyNotified?.date === input.today ? input.previouslyNotified.ids : []);
  const notify = attention.filter((c) => !already.has(c.id));
  for (const c of notify) already.add(c.id);
  return {
    today: input.today,
    attention,
    badgeText: attention.length === 0 ? '' : attention.length > 99 ? '99+' : String(attention.length),
    notify,
    notified: { date: input.today, ids: [...already].sort() },
  };
}

const STATE_ORDER: Record<CertificateState, number> = { expired: 0, expiring: 1, 'not-yet-valid': 2, valid: 3 };

export interface RegistryRow {
  cert: Certificate;
  state: CertificateState;
  daysLeft: number | null;
}

/**
 * The registry as listed: each certificate with its state, the most urgent first (expired, then
 * expiring soonest), narrowed to those whose kind, number, issuer, markets, models, SKUs or file
 * contain `query` (any case).
 */
export function registryRows(certificates: readonly Certificate[], today: string, withinDays = DEFAULT_EXPIRY_WINDOW_DAYS, query = ''): RegistryRow[] {
  const needle = query.trim().toLowerCase();
  const matches = (cert: Certificate) =>
    !needle ||
    [cert.kind, cert.number, cert.issuer, cert.fileRef ?? '', cert.id, ...cert.markets, ...cert.covers.models, ...cert.covers.skus].some((field) =>
      field.toLowerCase().includes(needle),
    );
  return certificates
    .filter(matches)
    .map((cert) => ({ cert, ...certificateState(cert, today, withinDays) }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
        (a.cert.id < b.cert.id ? -1 : a.cert.id > b.cert.id ? 1 : 0),
    );
}

// ── Validation of the seller's edits ──────────────────────────────────────────────────────

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** A real calendar day: "2026-02-30" passes the YYYY-MM-DD pattern but is no date. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function problem(path: string, message: string, found?: string): FieldProblem {
  return { path, pathSegments: [path], message, ...(found !== undefined && { found: JSON.stringify(found) }) };
}

export function validateCertificate(input: unknown): Validated<Certificate> {
  const parsed = Certificate.safeParse(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error, input) };
  const cert = parsed.data;
  const problems: FieldProblem[] = [];
  for (const field of ['issuedOn', 'validFrom', 'expiresOn'] as const) {
    const value = cert[field];
    if (value !== undefined && !isRealDate(value)) problems.push(problem(field, 'is not a day of the calendar', value));
  }
  if (problems.length === 0 && cert.expiresOn !== undefined) {
    if (cert.validFrom !== undefined && cert.expiresOn < cert.validFrom) problems.push(problem('expiresOn', 'must not be before the valid-from date', cert.expiresOn));
    else if (cert.issuedOn !== undefined && cert.expiresOn < cert.issuedOn) problems.push(problem('expiresOn', 'must not be before the issue date', cert.expiresOn));
  }
  if (cert.covers.skus.length === 0 && cert.covers.models.length === 0) {
    problems.push(problem('covers', 'must name at least one model or SKU (a certificate that names none covers nothing)'));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: cert };
}

export function validateComplianceRule(input: unknown, categoryIds?: ReadonlySet<string>): Validated<ComplianceRule> {
  const parsed = ComplianceRule.safeParse(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error, input) };
  if (categoryIds && !categoryIds.has(parsed.data.categoryId)) {
    return { ok: false, problems: [problem('categoryId', 'is not a category of the catalogue', parsed.data.categoryId)] };
  }
  return { ok: true, value: parsed.data };
}
