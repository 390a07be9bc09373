import { describe, expect, it } from 'vitest';
import { EU_MEMBER_STATES, currencyOf, isKnownCountry, marketsOf, normaliseCountry, regionOf, roundMoney, vatCountryOf } from '../../../lib/domain/countries';

describe('countries', () => {
  it('lists the 27 EU member states, Greece as GR', () => {
    expect(EU_MEMBER_STATES.size).toBe(27);
    expect(EU_MEMBER_STATES.has('GR')).toBe(true);
    expect(EU_MEMBER_STATES.has('GB')).toBe(false);
    expect(EU_MEMBER_STATES.has('CH')).toBe(false);
  });

  it('gives the markets whose rules apply to a destination', () => {
    expect(marketsOf('DE')).toEqual(['DE', 'EU']);
    expect(marketsOf('GB')).toEqual(['GB']);
    expect(marketsOf('XI')).toEqual(['XI', 'EU']);
    expect(marketsOf('US')).toEqual(['US']);
    expect(marketsOf('CH')).toEqual(['CH']);
  });

  it('normalises VIES and colloquial codes', () => {
    expect(normaliseCountry(' el ')).toBe('GR');
    expect(normaliseCountry('UK')).toBe('GB');
    expect(normaliseCountry('de')).toBe('DE');
  });

  it('routes countries to warehouse regions', () => {
    expect(regionOf('FR')).toBe('europe');
    expect(regionOf('GB')).toBe('uk');
    expect(regionOf('XI')).toBe('uk');
    expect(regionOf('CA')).toBe('north-america');
    expect(regionOf('MX')).toBe('north-america');
    expect(regionOf('JP')).toBe('asia-pacific');
    expect(regionOf('AE')).toBe('middle-east');
    expect(regionOf('BR')).toBe('latin-america');
    expect(regionOf('ZA')).toBeUndefined();
  });

  it('knows ISO codes and XI, rejects made-up ones', () => {
    expect(isKnownCountry('XI')).toBe(true);
    expect(isKnownCountry('DE')).toBe(true);
    expect(isKnownCountry('ZZ')).toBe(false);
    expect(isKnownCountry(undefined)).toBe(false);
  });

  it('charges UK VAT in Northern Ireland', () => {
    expect(vatCountryOf('XI')).toBe('GB');
    expect(vatCountryOf('DE')).toBe('DE');
  });

  it('gives display currencies (euro area by default, Bulgaria since 2026)', () => {
    expect(currencyOf('DE')).toBe('EUR');
    expect(currencyOf('BG')).toBe('EUR');
    expect(currencyOf('PL')).toBe('PLN');
    expect(currencyOf('XI')).toBe('GBP');
    expect(currencyOf('JP')).toBe('JPY');
  });

  it('rounds money to cents, yen to whole units, half away from zero', () => {
    expect(roundMoney(1.005, 'EUR')).toBe(1.01);
    expect(roundMoney(2.675, 'USD')).toBe(2.68);
    expect(roundMoney(1234.5, 'JPY')).toBe(1235);
    expect(roundMoney(-1.005, 'EUR')).toBe(-1.01);
  });
});
