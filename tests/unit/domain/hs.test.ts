import { describe, expect, it } from 'vitest';
import { createHsNomenclature } from '../../../lib/domain/hs';
import { loadDefaultHsNomenclature } from '../../../lib/domain/defaults';
import hsFile from '../../../lib/domain/defaults/hs2022.json';

describe('HS nomenclature', () => {
  const small = createHsNomenclature({ '61': 'Apparel, knitted', '6104': "Women's suits, dresses", '610442': 'Dresses; of cotton, knitted' });

  it('accepts only 6-digit subheadings it holds', () => {
    expect(small.isValidHs6('610442')).toBe(true);
    expect(small.isValidHs6('6104')).toBe(false);
    expect(small.isValidHs6('610443')).toBe(false);
    expect(small.isValidHs6('61044200')).toBe(false);
    expect(small.isValidHs6('61O442')).toBe(false);
  });

  it('reads a national code by its first six digits', () => {
    expect(small.isValidNationalCode('6104420010')).toBe(true);
    expect(small.isValidNationalCode('61044300')).toBe(false);
    expect(small.isValidNationalCode('6104421')).toBe(false);
  });

  it('describes a code with its heading and chapter', () => {
    expect(small.describe('610442')).toEqual({
      code: '610442',
      description: 'Dresses; of cotton, knitted',
      heading: { code: '6104', description: "Women's suits, dresses" },
      chapter: { code: '61', description: 'Apparel, knitted' },
    });
    expect(small.describe('6104')).toEqual({ code: '6104', description: "Women's suits, dresses", chapter: { code: '61', description: 'Apparel, knitted' } });
    expect(small.describe('61044200')?.code).toBe('610442');
    expect(small.describe('999999')).toBeUndefined();
  });

  it('ships HS 2022 with its attribution', async () => {
    expect(hsFile.licence).toBe('ODC PDDL 1.0');
    expect(hsFile.source).toMatch(/harmonized-system/);
    const hs = await loadDefaultHsNomenclature();
    expect(hs.size).toBe(6936);
    // HS 2022 split 9405.20 (desk lamps) into 9405.21 (LED only) and 9405.29.
    expect(hs.isValidHs6('940520')).toBe(false);
    expect(hs.isValidHs6('940521')).toBe(true);
    expect(hs.isValidHs6('940529')).toBe(true);
    expect(hs.isValidHs6('851822')).toBe(true);
    expect(hs.isValidHs6('950300')).toBe(true);
    expect(hs.isValidHs6('010121')).toBe(true);
    // UN Comtrade's "commodities not specified" bucket is not a real HS code.
    expect(hs.isValidHs6('999999')).toBe(false);
    expect(hs.describe('610442')?.heading?.code).toBe('6104');
    expect(await loadDefaultHsNomenclature()).toBe(hs);
  });
});
