/**
 * HS 2022 nomenclature look-up. The data (≈7,000 codes, ~800 kB) is loaded by the background worker
 * only (see `loadDefaultHsNomenclature` in defaults/), never by content scripts.
 */

export interface HsLevel {
  code: string;
  description: string;
}

/** A 6-digit subheading with the heading (4 digits) and chapter (2 digits) above it. */
export interface HsDescription extends HsLevel {
  heading?: HsLevel;
  chapter?: HsLevel;
}

export interface HsNomenclature {
  /** True when `code` is a 6-digit subheading of the nomenclature (e.g. 940521, not the pre-2022 940520). */
  isValidHs6(code: string): boolean;
  /** True when the first six digits of an 8–10 digit national tariff code (F26) are a valid subheading. */
  isValidNationalCode(code: string): boolean;
  /** The code (2, 4 or 6 digits, or a national code, read by its first 6) with its parents, or undefined. */
  describe(code: string): HsDescription | undefined;
  readonly size: number;
}

const SIX_DIGITS = /^\d{6}$/;
const NATIONAL = /^\d{8,10}$/;

/** `entries` maps codes of 2, 4 and 6 digits to descriptions, as in defaults/hs2022.json `codes`. */
export function createHsNomenclature(entries: Readonly<Record<string, string>>): HsNomenclature {
  const codes = new Map(Object.entries(entries));
  const level = (code: string): HsLevel | undefined => {
    const description = codes.get(code);
    return description === undefined ? undefined : { code, description };
  };
  const isValidHs6 = (code: string) => SIX_DIGITS.test(code) && codes.has(code);
  return {
    isValidHs6,
    isValidNationalCode: (code) => NATIONAL.test(code) && isValidHs6(code.slice(0, 6)),
    describe(code) {
      const own = level(NATIONAL.test(code) ? code.slice(0, 6) : code);
      if (!own) return undefined;
      const heading = own.code.length > 4 ? level(own.code.slice(0, 4)) : undefined;
      const chapter = own.code.length > 2 ? level(own.code.slice(0, 2)) : undefined;
      return { ...own, ...(heading && { heading }), ...(chapter && { chapter }) };
    },
    size: codes.size,
  };
}
