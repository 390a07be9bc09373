/**
 * Countries as the rules see them: which markets a destination belongs to (for compliance rules and
 * duty rates), which region (for picking the nearest return warehouse) and which currency.
 */
import type { MarketCode, Warehouse } from './schemas';

export type Region = NonNullable<Warehouse['region']>;

/** The 27 EU member states (ISO 3166-1; Greece is GR here, although VIES writes EL). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

/** Codes pages and tax tools use that are not ISO 3166-1: EL (Greece in VIES), UK (the UK). */
const ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

export function normaliseCountry(country: string): string {
  const upper = country.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}

export function isEuMember(country: string): boolean {
  return EU_MEMBER_STATES.has(country);
}

/**
 * Markets whose rules apply to goods shipped to `country`, most specific first:
 * DE → DE, EU · GB → GB · XI (Northern Ireland) → XI, EU, because under the Windsor Framework EU
 * product rules (CE marking; UKCA alone not accepted) keep applying there · US → US.
 */
export function marketsOf(country: string): readonly MarketCode[] {
  return MARKETS_CACHE.get(country) ?? [country];
}

const MARKETS_CACHE = new Map<string, readonly MarketCode[]>([
  ...[...EU_MEMBER_STATES].map((c): [string, readonly MarketCode[]] => [c, Object.freeze([c, 'EU'])]),
  ['XI', Object.freeze(['XI', 'EU'])],
]);

/** Country whose VAT applies: Northern Ireland charges UK VAT. */
export function vatCountryOf(country: string): string {
  return country === 'XI' ? 'GB' : country;
}

const REGION_MEMBERS: Readonly<Record<Region, string>> = {
  // Mexico is routed with the US and Canada (Amazon's North America unified account does the same).
  'north-america': 'US CA MX PR',
  uk: 'GB XI IM JE GG',
  europe:
    'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK ' +
    'NO IS LI CH MC SM VA AD AL BA ME MK RS XK MD UA BY GI FO',
  'asia-pacific':
    'JP CN HK MO TW KR SG MY TH VN PH ID IN AU NZ BD LK PK NP KH LA MM BN MN KZ UZ FJ PG',
  'middle-east': 'AE SA QA KW BH OM IL JO LB TR EG IQ IR YE',
  'latin-america': 'BR AR CL CO PE UY PY BO EC VE CR PA GT HN SV NI DO CU JM TT BS BB',
};

const REGION_OF = new Map<string, Region>(
  (Object.entries(REGION_MEMBERS) as [Region, string][]).flatMap(([region, list]) =>
    list.split(' ').map((country): [string, Region] => [country, region]),
  ),
);

/** Region used for nearest-warehouse routing, or undefined for countries no region lists. */
export function regionOf(country: string): Region | undefined {
  return REGION_OF.get(country);
}

/**
 * Every ISO 3166-1 alpha-2 code plus XI (Northern Ireland, used by HMRC and the EU for NI trade).
 * A destination outside this list is reported as unknown instead of silently matching no rule.
 */
const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XI XK'
  ).split(' '),
);

export function isKnownCountry(country: string | undefined): country is string {
  return country !== undefined && KNOWN_COUNTRIES.has(country);
}

const CURRENCY_OF: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', GB: 'GBP', XI: 'GBP', JP: 'JPY', AU: 'AUD', NZ: 'NZD',
  CN: 'CNY', HK: 'HKD', SG: 'SGD', IN: 'INR', KR: 'KRW', AE: 'AED', SA: 'SAR', TR: 'TRY', EG: 'EGP',
  SE: 'SEK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', CH: 'CHF', NO: 'NOK',
};

/**
 * Local currency, for display only (amounts are never converted). Euro-area members default to EUR
 * (Bulgaria since 2026-01-01).
 */
export function currencyOf(country: string): string | undefined {
  return CURRENCY_OF[country] ?? (EU_MEMBER_STATES.has(country) ? 'EUR' : undefined);
}

/** Currencies without minor units in everyday use (ISO 4217 exponent 0). */
const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'PYG', 'UGX', 'XAF', 'XOF']);

export function fractionDigitsOf(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currency) ? 0 : 2;
}

/** Rounds half away from zero to the currency's minor unit (cents; whole yen). */
export function roundMoney(amount: number, currency: string): number {
  const factor = 10 ** fractionDigitsOf(currency);
  return (Math.sign(amount) * Math.round(Math.abs(amount) * factor * (1 + Number.EPSILON))) / factor;
}
