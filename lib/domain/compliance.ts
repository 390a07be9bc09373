/**
 * Compliance of one SKU for one destination (F4, F9, F26, F27): which required certificates are
 * missing, expired, expiring, for another model or another market; HS code problems; stale legal
 * references; and the import tax estimate.
 */
import type { ComplianceView, ComplianceWarning, Explanation } from './annotations';
import { isKnownCountry, marketsOf } from './countries';
import { daysBetween } from './dates';
import { explain } from './explain';
import type { HsNomenclature } from './hs';
import type { Certificate, CertificateRequirement, ComplianceRule, DutyRate, MarketCode, Money, Sku, VatRate } from './schemas';
import { estimateImportTax } from './tax';

export interface ComplianceInput {
  sku: Sku;
  /** Category ids root → leaf: a rule for a category applies to all its sub-categories. */
  categoryPath: readonly string[];
  destination?: string | undefined;
  lineValue?: Money | undefined;
}

export interface ComplianceContext {
  rules: readonly ComplianceRule[];
  certificatesById: ReadonlyMap<string, Certificate>;
  /** Certificates whose `covers.skus` names the SKU; derived from certificatesById when not given. */
  certificatesBySku?: ReadonlyMap<string, readonly Certificate[]>;
  /** Certificates whose `covers.models` names the model; derived from certificatesById when not given. */
  certificatesByModel?: ReadonlyMap<string, readonly Certificate[]>;
  /** HS 2022 validity checks; without it (nomenclature not loaded) codes are not checked. */
  hs?: Pick<HsNomenclature, 'isValidHs6' | 'isValidNationalCode'> | undefined;
  vatRates: readonly VatRate[];
  dutyRates: readonly DutyRate[];
  /** YYYY-MM-DD */
  today: string;
  expiringWithinDays: number;
  iossThresholdEur?: number;
}

/**
 * EU acts that have been replaced: a certificate or declaration issued on or after `from` that
 * still cites the old act was written from a stale template (requirements-matrix.md, GPSR trap).
 */
export const REPEALED_ACTS: readonly { act: string; pattern: RegExp; replacedBy: string; from: string }[] = [
  { act: 'Directive 2001/95/EC (GPSD)', pattern: /(?<!\d)2001\s*\/\s*95(?!\d)/, replacedBy: 'Regulation (EU) 2023/988 (GPSR)', from: '2024-12-13' },
  { act: 'Directive 87/357/EEC', pattern: /(?<!\d)87\s*\/\s*357(?!\d)/, replacedBy: 'Regulation (EU) 2023/988 (GPSR)', from: '2024-12-13' },
  { act: 'Directive 2006/95/EC (LVD)', pattern: /(?<!\d)2006\s*\/\s*95(?!\d)/, replacedBy: 'Directive 2014/35/EU', from: '2016-04-20' },
  { act: 'Directive 2004/108/EC (EMC)', pattern: /(?<!\d)2004\s*\/\s*108(?!\d)/, replacedBy: 'Directive 2014/30/EU', from: '2016-04-20' },
  { act: 'Directive 1999/5/EC (R&TTE)', pattern: /(?<!\d)1999\s*\/\s*5(?!\d)/, replacedBy: 'Directive 2014/53/EU (RED)', from: '2017-06-13' },
  { act: 'Directive 2002/95/EC (RoHS 1)', pattern: /(?<!\d)2002\s*\/\s*95(?!\d)/, replacedBy: 'Directive 2011/65/EU', from: '2013-01-03' },
  { act: 'Directive 88/378/EEC (toys)', pattern: /(?<!\d)88\s*\/\s*378(?!\d)/, replacedBy: 'Directive 2009/48/EC', from: '2011-07-20' },
  { act: 'Directive 2006/42/EC (machinery)', pattern: /(?<!\d)2006\s*\/\s*42(?!\d)/, replacedBy: 'Regulation (EU) 2023/1230', from: '2027-01-20' },
];

const kindKeys = new Map<string, string>();

/** "EN 71", "en71" and "EN-71" are one kind; "RoHS" and "ROHS" too. */
export function normaliseCertificateKind(kind: string): string {
  let key = kindKeys.get(kind);
  if (key === undefined) {
    key = kind.toUpperCase().replace(/[^A-Z0-9]/g, '');
    if (kindKeys.size < 1000) kindKeys.set(kind, key);
  }
  return key;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function warning(kind: ComplianceWarning['kind'], severity: ComplianceWarning['severity'], explanation: Explanation, cert?: { kind: string; id?: string }): ComplianceWarning {
  return {
    kind,
    severity,
    ...(cert && { certificateKind: cert.kind }),
    ...(cert?.id !== undefined && { certificateId: cert.id }),
    explanation,
  };
}

/**
 * The certificates of a SKU: those it links to, those that name it in `covers.skus`, and those that
 * name its model (a declaration covers every SKU — colour, bundle — of the model it names).
 */
export function certificatesOfSku(sku: Sku, ctx: Pick<ComplianceContext, 'certificatesById' | 'certificatesBySku' | 'certificatesByModel'>): Certificate[] {
  const found = new Map<string, Certificate>();
  for (const id of sku.certificateIds) {
    const cert = ctx.certificatesById.get(id);
    if (cert) found.set(cert.id, cert);
  }
  for (const cert of naming(ctx.certificatesBySku, ctx.certificatesById, sku.sku, 'skus')) found.set(cert.id, cert);
  if (sku.model) for (const cert of naming(ctx.certificatesByModel, ctx.certificatesById, sku.model, 'models')) found.set(cert.id, cert);
  return [...found.values()];
}

function naming(
  index: ReadonlyMap<string, readonly Certificate[]> | undefined,
  all: ReadonlyMap<string, Certificate>,
  key: string,
  field: 'skus' | 'models',
): readonly Certificate[] {
  return index ? (index.get(key) ?? []) : [...all.values()].filter((c) => c.covers[field].includes(key));
}

interface ApplicableRequirement {
  requirement: CertificateRequirement;
  rule: ComplianceRule;
}

/** Per rules array: category path + destination → requirements (rules are immutable records). */
const requirementCache = new WeakMap<readonly ComplianceRule[], Map<string, readonly ApplicableRequirement[]>>();

/** One requirement per certificate kind, taken from the most specific rule (deepest category, then country before union). */
function requirementsFor(rules: readonly ComplianceRule[], categoryPath: readonly string[], destination: string, markets: readonly MarketCode[]): readonly ApplicableRequirement[] {
  let byKey = requirementCache.get(rules);
  if (!byKey) requirementCache.set(rules, (byKey = new Map()));
  const key = `${categoryPath.join('/')}\u0001${destination}`;
  const cached = byKey.get(key);
  if (cached) return cached;

  const chosen = new Map<string, ApplicableRequirement & { rank: number }>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const depth = categoryPath.indexOf(rule.categoryId);
    const marketRank = markets.indexOf(rule.market);
    if (depth < 0 || marketRank < 0) continue;
    const rank = depth * 10 - marketRank;
    for (const requirement of rule.requires) {
      const kindKey = [requirement.kind, ...requirement.acceptedAlternatives].map(normaliseCertificateKind).join('|');
      const current = chosen.get(kindKey);
      if (!current || rank > current.rank) chosen.set(kindKey, { requirement, rule, rank });
    }
  }
  const result = [...chosen.values()].map(({ requirement, rule }) => ({ requirement, rule }));
  byKey.set(key, result);
  return result;
}

interface CandidateCheck {
  cert: Certificate;
  problems: ComplianceWarning[];
  expiringOnly: boolean;
}

function checkCandidate(cert: Certificate, isAlternative: boolean, sku: Sku, destination: string, markets: readonly MarketCode[], ctx: ComplianceContext): CandidateCheck {
  const problems: ComplianceWarning[] = [];
  const ref = { kind: cert.kind, id: cert.id };
  const model = sku.model ?? sku.sku;
  if (!cert.covers.skus.includes(sku.sku) && !cert.covers.models.includes(model)) {
    problems.push(warning('certificate_model_mismatch', 'warning', explain('certificate_model_mismatch', { kind: cert.kind, model }), ref));
  }
  // An accepted alternative (CE in Great Britain) is accepted *because* of the rule's market:
  // its own markets (EU) are not expected to name the destination.
  if (!isAlternative && !cert.markets.some((m) => markets.includes(m))) {
    problems.push(
      warning('certificate_market_mismatch', 'warning', explain('certificate_market_mismatch', { kind: cert.kind, markets: cert.markets.join(', '), destination }), ref),
    );
  }
  let expiringOnly = false;
  if (cert.expiresOn !== undefined) {
    const daysLeft = daysBetween(ctx.today, cert.expiresOn);
    if (daysLeft < 0) {
      problems.push(warning('certificate_expired', 'error', explain('certificate_expired', { kind: cert.kind, expiresOn: cert.expiresOn }), ref));
    } else if (daysLeft <= ctx.expiringWithinDays) {
      expiringOnly = problems.length === 0;
      problems.push(
        warning('certificate_expiring', 'warning', explain('certificate_expiring', { kind: cert.kind, daysLeft, expiresOn: cert.expiresOn }), ref),
      );
    }
  }
  return { cert, problems, expiringOnly };
}

function checkRequirement(
  requirement: CertificateRequirement,
  rule: ComplianceRule,
  certificates: readonly Certificate[],
  input: ComplianceInput & { destination: string },
  markets: readonly MarketCode[],
  ctx: ComplianceContext,
): ComplianceWarning[] {
  const primary = normaliseCertificateKind(requirement.kind);
  const alternatives = new Set(requirement.acceptedAlternatives.map(normaliseCertificateKind));
  const candidates = certificates
    .filter((c) => {
      const kind = normaliseCertificateKind(c.kind);
      return kind === primary || alternatives.has(kind);
    })
    .map((c) => checkCandidate(c, normaliseCertificateKind(c.kind) !== primary, input.sku, input.destination, markets, ctx));

  if (candidates.length === 0) {
    const why = requirement.why || rule.source;
    const explanation =
      requirement.acceptedAlternatives.length > 0
        ? explain('certificate_missing_or_alternative', { kind: requirement.kind, alternatives: requirement.acceptedAlternatives.join(', '), market: rule.market, why })
        : explain('certificate_missing', { kind: requirement.kind, market: rule.market, why });
    return [warning('certificate_missing', 'error', explanation, { kind: requirement.kind })];
  }
  // The best certificate speaks for the requirement: a clean one satisfies it, one that is only
  // expiring soon comes next, then the one with the fewest problems.
  let best = candidates[0]!;
  for (const candidate of candidates) if (score(candidate) < score(best)) best = candidate;
  return best.problems;
}

function score(c: CandidateCheck): number {
  return c.problems.length === 0 ? 0 : c.expiringOnly ? 1 : 1 + c.problems.length;
}

function repealedReferences(certificates: readonly Certificate[]): ComplianceWarning[] {
  const found: ComplianceWarning[] = [];
  for (const cert of certificates) {
    const issuedOn = cert.issuedOn ?? cert.validFrom;
    if (!issuedOn) continue;
    for (const repealed of REPEALED_ACTS) {
      if (issuedOn >= repealed.from && cert.legalRefs.some((ref) => repealed.pattern.test(ref))) {
        found.push(
          warning(
            'certificate_repealed_reference',
            'warning',
            explain('certificate_repealed_reference', { kind: cert.kind, act: repealed.act, replacedBy: repealed.replacedBy, issuedOn }),
            { kind: cert.kind, id: cert.id },
          ),
        );
      }
    }
  }
  return found;
}

function hsWarnings(sku: Sku, destination: string | undefined, hs: ComplianceContext['hs']): ComplianceWarning[] {
  const national = destination ? sku.hsCodesByCountry[destination] : undefined;
  if (!sku.hsCode && !national) return [warning('hs_missing', 'warning', explain('hs_missing'))];
  const found: ComplianceWarning[] = [];
  // A code outside HS 2022 (a typo, or a pre-2022 code such as 940520) is a misdeclaration waiting to happen.
  if (hs && sku.hsCode && !hs.isValidHs6(sku.hsCode)) {
    found.push(warning('hs_invalid', 'error', explain('hs_invalid', { code: sku.hsCode })));
  }
  if (hs && national && destination && !hs.isValidNationalCode(national)) {
    found.push(warning('hs_invalid', 'error', explain('hs_national_invalid', { code: national, destination })));
  }
  return found;
}

export function evaluateCompliance(input: ComplianceInput, ctx: ComplianceContext): ComplianceView {
  const { sku, destination } = input;
  const warnings = hsWarnings(sku, destination, ctx.hs);

  if (!isKnownCountry(destination)) {
    const why = destination ? explain('destination_unrecognised', { destination }) : explain('destination_unknown');
    warnings.unshift(warning('destination_unknown', 'info', why));
    return { status: statusOf(warnings, false), warnings: sortWarnings(warnings) };
  }

  const markets = marketsOf(destination);
  const certificates = certificatesOfSku(sku, ctx);
  const requirements = requirementsFor(ctx.rules, input.categoryPath, destination, markets);
  for (const { requirement, rule } of requirements) {
    warnings.push(...checkRequirement(requirement, rule, certificates, { ...input, destination }, markets, ctx));
  }
  if (markets.includes('EU')) warnings.push(...repealedReferences(certificates));

  const view: ComplianceView = {
    destination,
    status: statusOf(warnings, true),
    // "No certificate required by your rules" is not the same claim as "certificates in order".
    certificatesRequired: requirements.length,
    warnings: sortWarnings(warnings),
  };
  if (input.lineValue) {
    view.tax = estimateImportTax(
      { destination, lineValue: input.lineValue, sku, today: ctx.today },
      { vatRates: ctx.vatRates, dutyRates: ctx.dutyRates, iossThresholdEur: ctx.iossThresholdEur ?? 150 },
    );
  }
  return view;
}

/** Worst severity decides; with nothing wrong but no known destination the answer is "unknown", not "ok". */
function statusOf(warnings: readonly ComplianceWarning[], destinationKnown: boolean): ComplianceView['status'] {
  if (warnings.some((w) => w.severity === 'error')) return 'error';
  if (warnings.some((w) => w.severity === 'warning')) return 'warning';
  return destinationKnown ? 'ok' : 'unknown';
}

/** Errors first, so the chip shows the worst problem; the order within a severity is kept. */
function sortWarnings(warnings: ComplianceWarning[]): ComplianceWarning[] {
  const sorted = warnings.every((w, i) => i === 0 || SEVERITY_RANK[warnings[i - 1]!.severity] <= SEVERITY_RANK[w.severity]);
  if (sorted) return warnings;
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => SEVERITY_RANK[a.w.severity] - SEVERITY_RANK[b.w.severity] || a.i - b.i)
    .map(({ w }) => w);
}
