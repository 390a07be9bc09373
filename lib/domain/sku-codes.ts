/**
 * The HS codes a SKU carries (F8, F26), checked against the HS 2022 nomenclature: the 6-digit
 * subheading must exist, and each destination's 8–10 digit national code must exist and start
 * with that subheading (a national line is a subdivision of it). Each problem names its field.
 */
import type { HsNomenclature } from './hs';

export interface SkuCodeProblem {
  /** "hsCode" or "hsCodesByCountry.US". */
  field: string;
  message: string;
}

/** Reads only what it needs from an unvalidated SKU: the schema check reports wrong shapes. */
export function skuCodeProblems(input: unknown, hs: HsNomenclature): SkuCodeProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const { hsCode, hsCodesByCountry } = input as { hsCode?: unknown; hsCodesByCountry?: unknown };
  const problems: SkuCodeProblem[] = [];
  const six = typeof hsCode === 'string' && /^\d{6}$/.test(hsCode) ? hsCode : undefined;
  if (six && !hs.isValidHs6(six)) {
    problems.push({ field: 'hsCode', message: `${six} is not a subheading of the HS 2022 nomenclature (check the digits, or whether it was renumbered in 2022)` });
  }
  if (typeof hsCodesByCountry === 'object' && hsCodesByCountry !== null) {
    for (const [country, code] of Object.entries(hsCodesByCountry as Record<string, unknown>)) {
      if (typeof code !== 'string' || !/^\d{8,10}$/.test(code)) continue;
      const field = `hsCodesByCountry.${country}`;
      if (typeof hsCode !== 'string' || hsCode === '') {
        problems.push({ field, message: `${code} needs the 6-digit HS code too: enter it first` });
      } else if (!code.startsWith(hsCode)) {
        problems.push({ field, message: `${code} does not start with the SKU's HS code ${hsCode}` });
      } else if (!hs.isValidNationalCode(code)) {
        problems.push({ field, message: `${code} does not start with an HS 2022 subheading` });
      }
    }
  }
  return problems;
}

export const problemSentence = (p: SkuCodeProblem) => `${p.field}: ${p.message}`;
