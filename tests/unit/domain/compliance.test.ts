import { describe, expect, it } from 'vitest';
import { evaluateCompliance, certificatesOfSku, normaliseCertificateKind, type ComplianceInput } from '../../../lib/domain/compliance';
import type { ComplianceView } from '../../../lib/domain/annotations';
import type { Certificate } from '../../../lib/domain/schemas';
import { TODAY, cert, complianceCtx, pathIds, sku } from './fixtures';

const speaker = sku({ sku: 'SPK-01', model: 'BT-200', categoryId: 'electronics-audio-speakers', hsCode: '851822' });
const plush = sku({ sku: 'PLUSH-BEAR', categoryId: 'toys-plush-animals', hsCode: '950300' });
const lamp = sku({ sku: 'LAMP-1', categoryId: 'electronics-lighting-desk-lamps', hsCode: '940521' });

function check(item: typeof speaker, destination: string | undefined, certificates: Certificate[] = [], extra: Partial<ComplianceInput> = {}, ctx = {}) {
  return evaluateCompliance({ sku: item, categoryPath: item.categoryId ? pathIds(item.categoryId) : [], destination, ...extra }, complianceCtx(certificates, ctx));
}
const kinds = (view: ComplianceView) => view.warnings.map((w) => `${w.kind}:${w.certificateKind ?? ''}`);

describe('what the status claims', () => {
  it('tells "no certificate required by the rules" apart from "certificates in order"', () => {
    expect(check(speaker, 'JP')).toMatchObject({ status: 'ok', certificatesRequired: 0 });
    const ukca = cert({ id: 'ukca', kind: 'UKCA', markets: ['GB'], covers: { skus: ['SPK-01'] } });
    expect(check(speaker, 'GB', [ukca])).toMatchObject({ status: 'ok', certificatesRequired: 1 });
    expect(check(speaker, 'DE').certificatesRequired).toBe(2);
  });
});

describe('requirements-matrix rows', () => {
  it('plush toy to the EU needs CE (Toy Safety Directive) and EN 71', () => {
    const view = check(plush, 'FR');
    expect(view.status).toBe('error');
    expect(kinds(view)).toEqual(['certificate_missing:CE', 'certificate_missing:EN71']);
    expect(view.warnings[0]!.explanation).toEqual({
      code: 'certificate_missing',
      params: { kind: 'CE', market: 'EU', why: 'Toy Safety Directive 2009/48/EC' },
    });
  });

  it('Bluetooth speaker to the EU needs CE under the RED and RoHS, CE asked once', () => {
    const view = check(speaker, 'DE');
    expect(kinds(view)).toEqual(['certificate_missing:CE', 'certificate_missing:RoHS']);
    expect(view.warnings[0]!.explanation.params.why).toMatch(/Radio Equipment Directive 2014\/53\/EU/);
    expect(view.warnings[1]!.explanation.params.why).toMatch(/2011\/65\/EU/);
  });

  it('mains desk lamp to the EU needs CE (LVD + EMC) and RoHS', () => {
    const view = check(lamp, 'IT');
    expect(kinds(view)).toEqual(['certificate_missing:CE', 'certificate_missing:RoHS']);
    expect(view.warnings[0]!.explanation.params.why).toMatch(/2014\/35\/EU.*2014\/30\/EU/);
  });

  it('the same speaker to GB: UKCA, or CE accepted instead', () => {
    const missing = check(speaker, 'GB');
    expect(kinds(missing)).toEqual(['certificate_missing:UKCA']);
    expect(missing.warnings[0]!.explanation).toMatchObject({ code: 'certificate_missing_or_alternative', params: { kind: 'UKCA', alternatives: 'CE', market: 'GB' } });

    const ce = cert({ id: 'ce', kind: 'CE', markets: ['EU'], covers: { models: ['BT-200'] } });
    expect(check(speaker, 'GB', [ce]).status).toBe('ok');
    const ukca = cert({ id: 'ukca', kind: 'UKCA', markets: ['GB'], covers: { skus: ['SPK-01'] } });
    expect(check(speaker, 'GB', [ukca]).status).toBe('ok');
  });

  it('Northern Ireland follows the EU rules: UKCA alone is not enough', () => {
    const ukca = cert({ id: 'ukca', kind: 'UKCA', markets: ['GB'], covers: { skus: ['SPK-01'] } });
    expect(kinds(check(speaker, 'XI', [ukca]))).toEqual(['certificate_missing:CE', 'certificate_missing:RoHS']);
    const ce = cert({ id: 'ce', kind: 'CE', markets: ['EU'], covers: { skus: ['SPK-01'] } });
    const rohs = cert({ id: 'rohs', kind: 'RoHS', markets: ['EU'], covers: { skus: ['SPK-01'] } });
    expect(check(speaker, 'XI', [ce, rohs]).status).toBe('ok');
  });

  it("child's toy to the US needs a CPC; a speaker to the US needs FCC", () => {
    expect(kinds(check(plush, 'US'))).toEqual(['certificate_missing:CPC']);
    expect(kinds(check(speaker, 'US'))).toEqual(['certificate_missing:FCC']);
    const gadget = sku({ sku: 'PEELER', categoryId: 'home-kitchen-gadgets', hsCode: '950300' });
    expect(kinds(check(gadget, 'US'))).toEqual(['certificate_missing:GCC']);
    const babywear = sku({ sku: 'ROMPER', categoryId: 'children-apparel-babywear', hsCode: '950300' });
    expect(kinds(check(babywear, 'US'))).toEqual(['certificate_missing:CPC']);
    // No CE rule for clothing in the EU.
    expect(check(babywear, 'DE').status).toBe('ok');
  });
});

describe('certificate checks', () => {
  const ce = (over: Partial<Parameters<typeof cert>[0]> = {}) => cert({ id: 'ce', kind: 'CE', markets: ['EU'], covers: { skus: ['PLUSH-BEAR'] }, ...over });
  const en71 = cert({ id: 'en71', kind: 'EN 71', markets: ['EU'], covers: { skus: ['PLUSH-BEAR'] } });

  it('passes when every requirement has a valid certificate (kinds compared loosely)', () => {
    const view = check(plush, 'FR', [ce(), en71]);
    expect(view).toMatchObject({ destination: 'FR', status: 'ok', warnings: [] });
    expect(normaliseCertificateKind('EN 71-3')).toBe('EN713');
  });

  it('an expired certificate is an error with its date', () => {
    const view = check(plush, 'FR', [ce({ expiresOn: '2026-02-28' }), en71]);
    expect(view.status).toBe('error');
    expect(view.warnings).toEqual([
      { kind: 'certificate_expired', severity: 'error', certificateKind: 'CE', certificateId: 'ce', explanation: { code: 'certificate_expired', params: { kind: 'CE', expiresOn: '2026-02-28' } } },
    ]);
  });

  it('expiring: exactly 30 days left is a warning, 31 is not, today is still valid', () => {
    const at30 = check(plush, 'FR', [ce({ expiresOn: '2026-03-31' }), en71]);
    expect(at30.status).toBe('warning');
    expect(at30.warnings[0]!.explanation).toEqual({ code: 'certificate_expiring', params: { kind: 'CE', daysLeft: 30, expiresOn: '2026-03-31' } });
    expect(check(plush, 'FR', [ce({ expiresOn: '2026-04-01' }), en71]).status).toBe('ok');
    const today = check(plush, 'FR', [ce({ expiresOn: TODAY }), en71]);
    expect(today.warnings[0]!.explanation.params.daysLeft).toBe(0);
    expect(today.warnings[0]!.kind).toBe('certificate_expiring');
  });

  it('uses the configured expiry window', () => {
    const view = check(plush, 'FR', [ce({ expiresOn: '2026-04-15' }), en71], {}, { expiringWithinDays: 60 });
    expect(view.warnings[0]!.explanation.params.daysLeft).toBe(45);
  });

  it('a linked certificate that names neither the SKU nor its model is a warning, not a pass (F27)', () => {
    const otherModel = cert({ id: 'ce', kind: 'CE', markets: ['EU'], covers: { models: ['BT-100'] } });
    const linked = sku({ ...speaker, certificateIds: ['ce', 'rohs'] });
    const rohs = cert({ id: 'rohs', kind: 'RoHS', markets: ['EU'], covers: { models: ['BT-200'] } });
    const view = check(linked, 'DE', [otherModel, rohs]);
    expect(view.status).toBe('warning');
    expect(view.warnings).toEqual([
      { kind: 'certificate_model_mismatch', severity: 'warning', certificateKind: 'CE', certificateId: 'ce', explanation: { code: 'certificate_model_mismatch', params: { kind: 'CE', model: 'BT-200' } } },
    ]);
  });

  it('a certificate for another market is a warning', () => {
    const usOnly = ce({ markets: ['US'] });
    const view = check(plush, 'FR', [usOnly, en71]);
    expect(view.warnings.map((w) => w.explanation)).toEqual([{ code: 'certificate_market_mismatch', params: { kind: 'CE', markets: 'US', destination: 'FR' } }]);
  });

  it('the best certificate of a kind speaks for the requirement', () => {
    const expired = ce({ id: 'old', expiresOn: '2025-01-01' });
    const fresh = ce({ id: 'new', expiresOn: '2030-01-01' });
    expect(check(plush, 'FR', [expired, fresh, en71]).status).toBe('ok');
    const expiring = ce({ id: 'soon', expiresOn: '2026-03-10' });
    expect(kinds(check(plush, 'FR', [expired, expiring, en71]))).toEqual(['certificate_expiring:CE']);
  });

  it('finds certificates linked from the SKU, naming the SKU, or naming its model', () => {
    const linkedOnly = cert({ id: 'l', kind: 'CE', covers: { models: ['X'] } });
    const naming = cert({ id: 'n', kind: 'EN71', covers: { skus: ['PLUSH-BEAR'] } });
    const model = cert({ id: 'm', kind: 'CE', covers: { models: ['BEAR-30CM'] } });
    const unrelated = cert({ id: 'u', kind: 'CE', covers: { skus: ['OTHER'], models: ['OTHER'] } });
    const certificatesById = new Map([linkedOnly, naming, model, unrelated].map((c) => [c.id, c]));
    const bear = sku({ ...plush, model: 'BEAR-30CM', certificateIds: ['l', 'missing-id'] });
    expect(certificatesOfSku(bear, { certificatesById }).map((c) => c.id).sort()).toEqual(['l', 'm', 'n']);
    expect(certificatesOfSku(sku({ ...plush }), { certificatesById }).map((c) => c.id)).toEqual(['n']);
  });

  it('flags a document citing the repealed GPSD 2001/95/EC issued from 2024-12-13 (GPSR trap)', () => {
    const gpsd = (issuedOn: string) => ce({ legalRefs: ['2009/48/EC', 'GPSD 2001/95/EC'], issuedOn });
    const view = check(plush, 'FR', [gpsd('2025-02-01'), en71]);
    expect(view.status).toBe('warning');
    expect(view.warnings.map((w) => w.explanation)).toEqual([
      { code: 'certificate_repealed_reference', params: { kind: 'CE', act: 'Directive 2001/95/EC (GPSD)', replacedBy: 'Regulation (EU) 2023/988 (GPSR)', issuedOn: '2025-02-01' } },
    ]);
    expect(check(plush, 'FR', [gpsd('2024-12-13'), en71]).status).toBe('warning');
    expect(check(plush, 'FR', [gpsd('2024-12-12'), en71]).status).toBe('ok');
    // Not an EU destination: the EU reference is not this market's concern.
    expect(kinds(check(plush, 'US', [gpsd('2025-02-01')]))).toEqual(['certificate_missing:CPC']);
  });

  it('flags a 2006/95/EC (old LVD) declaration written after 2016', () => {
    const lampCe = cert({ id: 'c', kind: 'CE', covers: { skus: ['LAMP-1'] }, legalRefs: ['2006/95/EC'], issuedOn: '2023-05-01' });
    const rohs = cert({ id: 'r', kind: 'RoHS', covers: { skus: ['LAMP-1'] } });
    expect(check(lamp, 'DE', [lampCe, rohs]).warnings[0]!.explanation.params.replacedBy).toBe('Directive 2014/35/EU');
  });

  it('ignores disabled rules', () => {
    const view = check(plush, 'US', [], {}, { rules: complianceCtx([]).rules.map((r) => ({ ...r, enabled: false })) });
    expect(view.status).toBe('ok');
  });
});

describe('HS code and destination checks', () => {
  const clean = [cert({ id: 'c', kind: 'CE', covers: { skus: ['SPK-01', 'X'] } }), cert({ id: 'r', kind: 'RoHS', covers: { skus: ['SPK-01', 'X'] } })];

  it('a missing HS code is a warning', () => {
    const view = check(sku({ ...speaker, hsCode: undefined }), 'DE', clean);
    expect(view.status).toBe('warning');
    expect(view.warnings.map((w) => w.kind)).toEqual(['hs_missing']);
  });

  it('a code outside HS 2022 is an error (the pre-2022 lamp code 940520)', () => {
    const view = check(sku({ ...lamp, hsCode: '940520' }), 'US');
    expect(view.warnings).toEqual([{ kind: 'hs_invalid', severity: 'error', explanation: { code: 'hs_invalid', params: { code: '940520' } } }]);
  });

  it('a per-destination code must start with a valid subheading; it also stands in for a missing HS6', () => {
    const national = sku({ ...speaker, hsCode: undefined, hsCodesByCountry: { DE: '85182200' } });
    expect(check(national, 'DE', clean).status).toBe('ok');
    expect(check(national, 'FR', clean).warnings.map((w) => w.kind)).toEqual(['hs_missing']);
    const bad = sku({ ...speaker, hsCodesByCountry: { DE: '85189900' } });
    expect(check(bad, 'DE', clean).warnings.map((w) => w.explanation)).toEqual([{ code: 'hs_national_invalid', params: { code: '85189900', destination: 'DE' } }]);
  });

  it('without a nomenclature, codes are not judged', () => {
    expect(check(sku({ ...lamp, hsCode: '940520' }), 'US', [], {}, { hs: undefined }).status).toBe('ok');
  });

  it('an unknown destination: no certificate check, status unknown', () => {
    const none = check(speaker, undefined);
    expect(none).toEqual({ status: 'unknown', warnings: [{ kind: 'destination_unknown', severity: 'info', explanation: { code: 'destination_unknown', params: {} } }] });
    const bogus = check(speaker, 'ZZ');
    expect(bogus.warnings[0]!.explanation).toEqual({ code: 'destination_unrecognised', params: { destination: 'ZZ' } });
    // an HS problem still shows, and decides the status
    expect(check(sku({ ...speaker, hsCode: undefined }), undefined).status).toBe('warning');
  });

  it('lists errors before warnings', () => {
    const view = check(sku({ ...speaker, hsCode: undefined }), 'DE');
    expect(view.warnings.map((w) => w.severity)).toEqual(['error', 'error', 'warning']);
  });

  it('adds the tax estimate when the line value is known', () => {
    const view = check(speaker, 'DE', clean, { lineValue: { amount: 100, currency: 'EUR' } });
    expect(view.tax?.vat?.ratePercent).toBe(19);
    expect(check(speaker, 'DE', clean).tax).toBeUndefined();
  });
});
