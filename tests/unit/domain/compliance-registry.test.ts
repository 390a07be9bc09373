import { describe, expect, it } from 'vitest';
import {
  certificateState,
  certificatesNeedingAttention,
  isRealDate,
  planComplianceCheck,
  registryRows,
  validateCertificate,
  validateComplianceRule,
} from '../../../lib/domain/compliance-registry';
import { cert } from './fixtures';

const TODAY = '2026-03-01';

describe('certificateState: expiry boundaries', () => {
  it.each([
    ['2026-03-31', 'expiring', 30],
    ['2026-04-01', 'valid', 31],
    ['2026-03-01', 'expiring', 0],
    ['2026-02-28', 'expired', -1],
  ])('expiring on %s → %s (%i days left)', (expiresOn, state, daysLeft) => {
    expect(certificateState({ expiresOn }, TODAY, 30)).toEqual({ state, daysLeft });
  });

  it('counts calendar days across a daylight-saving change and a leap day', () => {
    // Europe and the US change clocks in March; 2028 is a leap year.
    expect(certificateState({ expiresOn: '2026-04-30' }, '2026-03-31', 30)).toEqual({ state: 'expiring', daysLeft: 30 });
    expect(certificateState({ expiresOn: '2028-03-30' }, '2028-02-29', 30)).toEqual({ state: 'expiring', daysLeft: 30 });
    expect(certificateState({ expiresOn: '2028-03-31' }, '2028-02-29', 30).state).toBe('valid');
  });

  it('no expiry is valid; a start date in the future is "not yet valid"', () => {
    expect(certificateState({}, TODAY)).toEqual({ state: 'valid', daysLeft: null });
    expect(certificateState({ validFrom: '2026-03-02' }, TODAY).state).toBe('not-yet-valid');
  });
});

describe('certificatesNeedingAttention', () => {
  it('expired and expiring within the window, most urgent first; no-expiry and far-off ones left out', () => {
    const list = certificatesNeedingAttention(
      [
        cert({ id: 'far', kind: 'FCC', expiresOn: '2026-04-01' }),
        cert({ id: 'soon', kind: 'CE', number: 'DOC-1', expiresOn: '2026-03-31' }),
        cert({ id: 'gone', kind: 'RoHS', expiresOn: '2026-02-01' }),
        cert({ id: 'forever', kind: 'CE' }),
      ],
      TODAY,
      30,
    );
    expect(list).toEqual([
      { id: 'gone', kind: 'RoHS', number: '', expiresOn: '2026-02-01', daysLeft: -28, expired: true },
      { id: 'soon', kind: 'CE', number: 'DOC-1', expiresOn: '2026-03-31', daysLeft: 30, expired: false },
    ]);
  });
});

describe('planComplianceCheck', () => {
  const certificates = [cert({ id: 'a', kind: 'CE', expiresOn: '2026-03-10' }), cert({ id: 'b', kind: 'RoHS', expiresOn: '2026-02-10' })];

  it('badge count and a notification for what was not notified today', () => {
    const plan = planComplianceCheck({ certificates, today: TODAY });
    expect(plan.badgeText).toBe('2');
    expect(plan.notify.map((c) => c.id)).toEqual(['b', 'a']);
    expect(plan.notified).toEqual({ date: TODAY, ids: ['a', 'b'] });
  });

  it('does not notify the same certificate twice on one day, but does the next day', () => {
    const again = planComplianceCheck({ certificates, today: TODAY, previouslyNotified: { date: TODAY, ids: ['a', 'b'] } });
    expect(again.notify).toEqual([]);
    expect(again.badgeText).toBe('2');
    const added = planComplianceCheck({
      certificates: [...certificates, cert({ id: 'c', kind: 'FCC', expiresOn: '2026-03-05' })],
      today: TODAY,
      previouslyNotified: { date: TODAY, ids: ['a', 'b'] },
    });
    expect(added.notify.map((c) => c.id)).toEqual(['c']);
    expect(added.notified.ids).toEqual(['a', 'b', 'c']);
    const tomorrow = planComplianceCheck({ certificates, today: '2026-03-02', previouslyNotified: { date: TODAY, ids: ['a', 'b'] } });
    expect(tomorrow.notify.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('clears the badge when nothing needs attention; caps it at 99+', () => {
    expect(planComplianceCheck({ certificates: [cert({ id: 'x', kind: 'CE', expiresOn: '2027-01-01' })], today: TODAY }).badgeText).toBe('');
    const many = Array.from({ length: 120 }, (_, i) => cert({ id: `c${i}`, kind: 'CE', expiresOn: '2026-03-02' }));
    expect(planComplianceCheck({ certificates: many, today: TODAY }).badgeText).toBe('99+');
  });
});

describe('validateCertificate', () => {
  const good = { id: 'c1', kind: 'CE', markets: ['EU'], covers: { models: ['BT10'] }, validFrom: '2026-01-01', expiresOn: '2027-01-01' };

  it('accepts a complete certificate', () => {
    expect(validateCertificate(good)).toMatchObject({ ok: true, value: { id: 'c1', issuer: '', legalRefs: [] } });
  });

  it('names each bad field in plain words', () => {
    const result = validateCertificate({ ...good, kind: '', markets: ['EU', 'GBR'], expiresOn: '01/02/2027' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(Object.keys(byPath).sort()).toEqual(['expiresOn', 'kind', 'markets[1]']);
    expect(byPath['markets[1]']).toBe('must be EU or a two-letter country code');
    expect(byPath.expiresOn).toBe('must be a date written YYYY-MM-DD');
  });

  it('checks across fields: real dates, expiry after the start, something covered', () => {
    const bad = (patch: object) => {
      const r = validateCertificate({ ...good, ...patch });
      return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.message}`);
    };
    expect(bad({ expiresOn: '2027-02-30' })).toEqual(['expiresOn is not a day of the calendar']);
    expect(bad({ expiresOn: '2025-12-31' })).toEqual(['expiresOn must not be before the valid-from date']);
    expect(bad({ covers: { skus: [], models: [] } })).toEqual([expect.stringMatching(/^covers must name at least one model or SKU/)]);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });
});

describe('validateComplianceRule', () => {
  it('needs a known category and at least one requirement', () => {
    const rule = { id: 'r', market: 'EU', categoryId: 'toys', requires: [{ kind: 'CE' }] };
    expect(validateComplianceRule(rule, new Set(['toys'])).ok).toBe(true);
    const unknown = validateComplianceRule(rule, new Set(['electronics']));
    expect(unknown).toMatchObject({ ok: false, problems: [{ path: 'categoryId', message: 'is not a category of the catalogue' }] });
    const none = validateComplianceRule({ ...rule, requires: [] });
    expect(none).toMatchObject({ ok: false, problems: [{ path: 'requires', message: 'must require at least one certificate' }] });
  });
});

describe('registryRows', () => {
  const certs = [
    cert({ id: 'ok', kind: 'FCC', markets: ['US'], covers: { models: ['BT10'] }, issuer: 'Bayview Labs' }),
    cert({ id: 'soon', kind: 'CE', covers: { models: ['DK1'] }, expiresOn: '2026-03-20', fileRef: 'Drive/DK1.pdf' }),
    cert({ id: 'sooner', kind: 'CE', covers: { skus: ['SPK-01'] }, expiresOn: '2026-03-05' }),
    cert({ id: 'gone', kind: 'RoHS', covers: { models: ['BT10'] }, expiresOn: '2026-01-01' }),
  ];

  it('lists the most urgent first, with each state', () => {
    expect(registryRows(certs, TODAY).map((r) => [r.cert.id, r.state])).toEqual([
      ['gone', 'expired'],
      ['sooner', 'expiring'],
      ['soon', 'expiring'],
      ['ok', 'valid'],
    ]);
  });

  it('searches kind, issuer, markets, models, SKUs and file, any case', () => {
    const ids = (q: string) => registryRows(certs, TODAY, 30, q).map((r) => r.cert.id);
    expect(ids('bt10')).toEqual(['gone', 'ok']);
    expect(ids('bayview')).toEqual(['ok']);
    expect(ids('spk-01')).toEqual(['sooner']);
    expect(ids('dk1.pdf')).toEqual(['soon']);
    expect(ids('us')).toEqual(['ok']);
    expect(ids('nothing')).toEqual([]);
  });
});
