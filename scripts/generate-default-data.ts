/**
 * Regenerates the data files shipped in lib/domain/defaults/ from the open data sets kept in
 * ../shared/reference (next to the repository). The generated JSON is committed, so a build never
 * needs ../shared; run this only when the upstream data changes:
 *
 *   node --import tsx scripts/generate-default-data.ts
 *
 * - hs2022.json    ← compliance/hs-codes/harmonized-system.csv (datasets/harmonized-system, ODC PDDL 1.0)
 * - vat-rates.json ← compliance/vat-rates/ibericode/vat-rates.json (MIT), cross-checked against
 *                    compliance/vat-rates/kdeldycke/vat_rates.csv (BSD-2-Clause); differences are printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const reference = resolve(repoRoot, '../shared/reference/compliance');
const outDir = resolve(repoRoot, 'lib/domain/defaults');

/** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks (kdeldycke has all three). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((c) => c !== ''));
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

// ── HS 2022 ──────────────────────────────────────────────────────────────────────────────────

function generateHs(): number {
  const rows = parseCsv(readFileSync(resolve(reference, 'hs-codes/harmonized-system.csv'), 'utf8'));
  const entries: [string, string][] = [];
  for (const row of rows) {
    const code = row.hscode ?? '';
    // "TOTAL" and the Comtrade-only "99 / 9999 / 999999 — commodities not specified" are statistics
    // buckets, not HS headings: a SKU classified 999999 must be reported as invalid.
    if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code) || code.startsWith('99')) continue;
    entries.push([code, (row.description ?? '').trim()]);
  }
  entries.sort(([a], [b]) => a.localeCompare(b));
  const file = {
    source:
      'Harmonized System 2022 nomenclature, datasets/harmonized-system (github.com/datasets/harmonized-system, data from UN Comtrade)',
    licence: 'ODC PDDL 1.0',
    licenceUrl: 'http://opendatacommons.org/licenses/pddl/1-0/',
    edition: 'HS 2022',
    note: 'Chapters (2 digits), headings (4) and subheadings (6). Comtrade-only code 99/9999/999999 left out.',
  };
  // One code per line, in code order (a JS object would list "10" before "01"): small diffs, still compact.
  const lines = entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const head = JSON.stringify(file, null, 2).replace(/\n}$/, '');
  writeFileSync(resolve(outDir, 'hs2022.json'), `${head},\n  "codes": {\n${lines.join(',\n')}\n  }\n}\n`);
  return entries.length;
}

// ── VAT rates ────────────────────────────────────────────────────────────────────────────────

interface IbericodePeriod {
  effective_from: string;
  rates: Record<string, number>;
}
interface KdeldyckeRow {
  start: string;
  stop: string;
  rate: number;
}

const SINCE_BEFORE_RECORDS = '0000-01-01';

function loadKdeldycke(): Map<string, KdeldyckeRow[]> {
  const rows = parseCsv(readFileSync(resolve(reference, 'vat-rates/kdeldycke/vat_rates.csv'), 'utf8'));
  const byCountry = new Map<string, KdeldyckeRow[]>();
  for (const row of rows) {
    if (row.rate_type !== 'standard') continue;
    for (const territory of (row.territory_codes ?? '').split('\n')) {
      // Country-level rows only ("DE"), not postcode-level ones ("DE-87491"); kdeldycke writes Greece as EL too.
      const country = territory.trim() === 'EL' ? 'GR' : territory.trim();
      if (!/^[A-Z]{2}$/.test(country)) continue;
      const list = byCountry.get(country) ?? [];
      list.push({ start: row.start_date ?? '', stop: row.stop_date ?? '', rate: Math.round(Number(row.rate) * 10000) / 100 });
      byCountry.set(country, list);
    }
  }
  return byCountry;
}

/** kdeldycke's stop dates are sometimes exclusive (next start) and sometimes inclusive (31 Dec): treat both as "until". */
function kdeldyckeRateOn(rows: readonly KdeldyckeRow[], date: string): KdeldyckeRow | undefined {
  return rows.find((r) => r.start <= date && (r.stop === '' || date < r.stop || (date === r.stop && !rows.some((o) => o.start === r.stop))));
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function generateVat(): { count: number; discrepancies: string[] } {
  const ibericode = JSON.parse(readFileSync(resolve(reference, 'vat-rates/ibericode/vat-rates.json'), 'utf8')) as {
    items: Record<string, IbericodePeriod[]>;
  };
  const kdeldycke = loadKdeldycke();
  const rates: object[] = [];
  const discrepancies: string[] = [];

  for (const country of Object.keys(ibericode.items).sort()) {
    const periods = [...(ibericode.items[country] ?? [])].sort((a, b) => a.effective_from.localeCompare(b.effective_from));
    const history = kdeldycke.get(country) ?? [];
    periods.forEach((period, i) => {
      const { standard, parking: _parking, ...others } = period.rates;
      if (standard === undefined) throw new Error(`${country} ${period.effective_from}: no standard rate`);
      let effectiveFrom = period.effective_from;
      let source = 'ibericode/vat-rates (MIT)';
      // ibericode dates its oldest period "0000-01-01" (= before its records start). Where kdeldycke
      // knows when that same standard rate started, show that real date instead.
      if (effectiveFrom === SINCE_BEFORE_RECORDS) {
        const next = periods[i + 1]?.effective_from;
        // No later period: the rate still in force (an open-ended kdeldycke row), whatever today is.
        const known = kdeldyckeRateOn(history, next ? dayBefore(next) : '9999-12-31');
        if (known && known.rate === standard) {
          effectiveFrom = known.start;
          source = 'ibericode/vat-rates (MIT); start date from kdeldycke/vat-rates (BSD-2-Clause)';
        }
      }
      // Reduced rates: every reduced / super-reduced / special rate; the "parking" rate is not a consumer rate.
      const reduced = [...new Set(Object.values(others))].sort((a, b) => a - b);
      rates.push({ country, standard, reduced, effectiveFrom, source });
    });

    // Cross-check: on each date either source records a change (since 2015), do both agree?
    const dates = new Set<string>([
      ...periods.map((p) => p.effective_from).filter((d) => d !== SINCE_BEFORE_RECORDS),
      ...history.map((r) => r.start),
    ]);
    for (const date of [...dates].filter((d) => d >= '2015-01-01').sort()) {
      const ours = [...periods].reverse().find((p) => p.effective_from <= date)?.rates.standard;
      const theirs = kdeldyckeRateOn(history, date)?.rate;
      if (ours !== theirs) discrepancies.push(`${country} on ${date}: ibericode ${ours ?? '—'}%, kdeldycke ${theirs ?? '—'}%`);
    }
  }

  const file = {
    source: 'ibericode/vat-rates vat-rates.json (github.com/ibericode/vat-rates), cross-checked with kdeldycke/vat-rates',
    licence: 'MIT',
    attribution:
      'Copyright 2019 Danny van Kooten (ibericode/vat-rates, MIT licence). Start dates of the oldest periods: kdeldycke/vat-rates, Copyright (c) 2014-2017 Kevin Deldycke and individual contributors, BSD-2-Clause licence.',
    note: 'Country-wide rates only: postcode exceptions (Büsingen, Heligoland, Canary Islands, Ceuta, Melilla, Campione, Livigno, French overseas departments) are not represented. effectiveFrom 0000-01-01 means "before the records start".',
    rates,
  };
  writeFileSync(resolve(outDir, 'vat-rates.json'), `${JSON.stringify(file, null, 1)}\n`);
  return { count: rates.length, discrepancies };
}

const hsCount = generateHs();
const vat = generateVat();
console.log(`hs2022.json: ${hsCount} codes`);
console.log(`vat-rates.json: ${vat.count} periods`);
if (vat.discrepancies.length > 0) {
  console.log('ibericode vs kdeldycke (standard rate) — check before release:');
  for (const line of vat.discrepancies) console.log(`  ${line}`);
}
