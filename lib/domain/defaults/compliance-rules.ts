/**
 * Default "market × category → certificates" rules (F4, F9), from DOMAIN.md F4 and
 * ../shared/reference/compliance/requirements-matrix.md. Not legal advice: every requirement says
 * which act it comes from so the seller can check it.
 *
 * Northern Ireland (XI) has no rules of its own: marketsOf('XI') includes 'EU', so the EU rules
 * (CE marking) apply there, and a UKCA certificate alone does not satisfy them. UKNI is only ever
 * affixed together with CE, so it is not an alternative to CE.
 */
import type { ComplianceRule, CertificateRequirement } from '../schemas';

const MATRIX = 'requirements-matrix.md';
const CE_RECOGNISED_IN_GB =
  'CE marking stays accepted in Great Britain indefinitely (Product Safety and Metrology etc. (Amendment) Regulations 2024)';

function requires(kind: string, why: string, acceptedAlternatives: string[] = []): CertificateRequirement {
  return { kind, why, acceptedAlternatives };
}

function rule(id: string, market: string, categoryId: string, source: string, ...reqs: CertificateRequirement[]): ComplianceRule {
  return { id, market, categoryId, requires: reqs, enabled: true, source };
}

export const DEFAULT_COMPLIANCE_RULES: readonly ComplianceRule[] = [
  // ── EU (and XI) ──
  rule(
    'eu-electronics',
    'EU',
    'electronics',
    `CE marking, EC single-market page; ${MATRIX} (mains desk lamp row)`,
    requires('CE', 'Low Voltage Directive 2014/35/EU and EMC Directive 2014/30/EU (CE marking)'),
    requires('RoHS', 'RoHS Directive 2011/65/EU, amended by Delegated Directive (EU) 2015/863'),
  ),
  rule(
    'eu-radio-equipment',
    'EU',
    'electronics-audio-speakers',
    `${MATRIX} (Bluetooth speaker row)`,
    requires('CE', 'Radio Equipment Directive 2014/53/EU (its essential requirements include electrical safety and EMC)'),
  ),
  rule(
    'eu-toys',
    'EU',
    'toys',
    `${MATRIX} (plush toy row); compliancegate.com`,
    requires('CE', 'Toy Safety Directive 2009/48/EC'),
    requires('EN71', 'EN 71-1/-2/-3 harmonised standards under the Toy Safety Directive 2009/48/EC'),
  ),
  // ── Great Britain ──
  rule(
    'gb-electronics',
    'GB',
    'electronics',
    `${MATRIX} (UK section); nibusinessinfo.co.uk, bssa.org.uk`,
    requires('UKCA', `Electrical Equipment (Safety) Regulations 2016, EMC Regulations 2016, Radio Equipment Regulations 2017; ${CE_RECOGNISED_IN_GB}`, ['CE']),
  ),
  rule(
    'gb-toys',
    'GB',
    'toys',
    `${MATRIX} (UK section)`,
    requires('UKCA', `Toys (Safety) Regulations 2011; ${CE_RECOGNISED_IN_GB}`, ['CE']),
  ),
  // ── United States ──
  rule(
    'us-radio-devices',
    'US',
    'electronics-audio-speakers',
    `${MATRIX} (US section)`,
    requires('FCC', 'FCC rules 47 CFR Part 15: a radio transmitter needs an FCC equipment authorisation'),
  ),
  rule(
    'us-toys',
    'US',
    'toys',
    `cpsc.gov Testing & Certification; ${MATRIX} (child's toy row)`,
    requires('CPC', "Consumer Product Safety Improvement Act (15 U.S.C. 2063): Children's Product Certificate from third-party tests (ASTM F963, lead, phthalates)"),
  ),
  rule(
    'us-childrens-products',
    'US',
    'children',
    'cpsc.gov Testing & Certification',
    requires('CPC', "Consumer Product Safety Improvement Act (15 U.S.C. 2063): Children's Product Certificate for products for children 12 or younger"),
  ),
  rule(
    'us-kitchen-gadgets',
    'US',
    'home-kitchen-gadgets',
    `cpsc.gov Testing & Certification; ${MATRIX} (adult kitchen gadget row)`,
    requires('GCC', 'Consumer Product Safety Act (15 U.S.C. 2063): General Certificate of Conformity for products under a CPSC rule'),
  ),
];
