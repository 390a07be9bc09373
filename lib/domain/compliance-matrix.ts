/**
 * The compliance matrix (F9, F27): every SKU × every market the seller sells to, each cell saying
 * whether the certificates the rules require are there and good — missing, expired, for another
 * model or market (or citing a repealed act), expiring soon, or in order. Each cell is one
 * `evaluateCompliance` call, so the matrix, the page badges and the popup look-up never disagree.
 */
import type { ComplianceWarning } from './annotations';
import { createCatalogueIndex } from './catalogue';
import { evaluateCompliance, type ComplianceContext } from './compliance';
import { marketsCovered } from './lookup';
import { EU_MEMBER_STATES } from './countries';
import type { Category, Certificate, ComplianceRule, Sku } from './schemas';

/** Worst first: a cell shows the worst thing wrong with it. */
export const CELL_STATUSES = ['missing', 'expired', 'mismatch', 'expiring', 'ok', 'not-required'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];
const RANK: Record<CellStatus, number> = Object.fromEntries(CELL_STATUSES.map((s, i) => [s, i])) as Record<CellStatus, number>;

/** Warning kinds the matrix speaks of; HS and tax warnings belong to the catalogue, not here. */
const STATUS_OF_WARNING: Partial<Record<ComplianceWarning['kind'], CellStatus>> = {
  certificate_missing: 'missing',
  certificate_expired: 'expired',
  certificate_model_mismatch: 'mismatch',
  certificate_market_mismatch: 'mismatch',
  certificate_repealed_reference: 'mismatch',
  certificate_expiring: 'expiring',
};

export interface MatrixMarket {
  /** "EU", "GB", "US"… */
  market: string;
  /** The country the market is judged for ("EU" → a member state without rules of its own). */
  destination: string;
}

export interface MatrixCell {
  market: string;
  status: CellStatus;
  /** How many certificates the rules require for this SKU here. */
  required: number;
  /** The certificate warnings, worst first; each explanation is shown as the reason. */
  warnings: ComplianceWarning[];
}

export interface MatrixRow {
  sku: string;
  title: string;
  model: string | undefined;
  categoryId: string | null;
  /** Category ids root → leaf. */
  categoryPath: readonly string[];
  cells: MatrixCell[];
}

export interface ComplianceMatrix {
  markets: MatrixMarket[];
  rows: MatrixRow[];
  /** Cells per status, over the whole matrix. */
  counts: Record<CellStatus, number>;
}

/** What the matrix reads of a SKU: the view receives only this for 20,000 SKUs (a third of the bytes). */
export type MatrixSku = Pick<Sku, 'sku' | 'title' | 'model' | 'categoryId' | 'certificateIds'>;

export interface MatrixInput {
  skus: readonly MatrixSku[];
  categories: readonly Category[];
  rules: readonly ComplianceRule[];
  certificates: readonly Certificate[];
  /** YYYY-MM-DD, the seller's calendar date. */
  today: string;
  expiringWithinDays: number;
}

/**
 * The markets the seller sells to, as far as HelloWord knows: those their enabled rules speak of
 * (lookup.ts `marketsCovered`, the popup's list) and those their certificates name. A market only a
 * certificate names still gets a column: "no rule here" is worth seeing next to a certificate for it.
 */
export function matrixMarkets(rules: readonly ComplianceRule[], certificates: readonly Certificate[]): MatrixMarket[] {
  const fromRules = marketsCovered(rules);
  const known = new Set(fromRules.map((m) => m.market));
  const extra = [...new Set(certificates.flatMap((c) => c.markets))].filter((m) => !known.has(m)).sort();
  const all = [...fromRules];
  const countries = new Set([...known, ...extra]);
  for (const market of extra) {
    const destination = market === 'EU' ? ([...EU_MEMBER_STATES].sort().find((c) => !countries.has(c)) ?? 'DE') : market;
    all.push({ market, destination });
  }
  return all.sort((a, b) => (a.market < b.market ? -1 : a.market > b.market ? 1 : 0));
}

function indexBy(certificates: readonly Certificate[], field: 'skus' | 'models'): Map<string, Certificate[]> {
  const index = new Map<string, Certificate[]>();
  for (const cert of certificates) {
    for (const key of cert.covers[field]) {
      const list = index.get(key);
      if (list) list.push(cert);
      else index.set(key, [cert]);
    }
  }
  return index;
}

export function cellStatusOf(warnings: readonly ComplianceWarning[], required: number): { status: CellStatus; warnings: ComplianceWarning[] } {
  let status: CellStatus = required > 0 ? 'ok' : 'not-required';
  const relevant: ComplianceWarning[] = [];
  for (const warning of warnings) {
    const s = STATUS_OF_WARNING[warning.kind];
    if (!s) continue;
    relevant.push(warning);
    if (RANK[s] < RANK[status]) status = s;
  }
  // Worst first, so the first reason shown is the one that decided the status.
  relevant.sort((a, b) => RANK[STATUS_OF_WARNING[a.kind]!] - RANK[STATUS_OF_WARNING[b.kind]!]);
  return { status, warnings: relevant };
}

export function buildComplianceMatrix(input: MatrixInput): ComplianceMatrix {
  const markets = matrixMarkets(input.rules, input.certificates);
  const catalogue = createCatalogueIndex(input.categories, []);
  const ctx: ComplianceContext = {
    rules: input.rules,
    certificatesById: new Map(input.certificates.map((c) => [c.id, c])),
    certificatesBySku: indexBy(input.certificates, 'skus'),
    certificatesByModel: indexBy(input.certificates, 'models'),
    vatRates: [],
    dutyRates: [],
    today: input.today,
    expiringWithinDays: input.expiringWithinDays,
  };
  const counts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  const pathIds = new Map<string, readonly string[]>();
  const rows: MatrixRow[] = input.skus.map((matrixSku) => {
    // The fields evaluateCompliance reads besides these are HS codes, whose warnings the matrix drops.
    const sku: Sku = { attributes: {}, tags: [], hsCodesByCountry: {}, ...matrixSku };
    let categoryPath = pathIds.get(sku.categoryId ?? '');
    if (!categoryPath) {
      categoryPath = catalogue.pathOf(sku.categoryId).map((c) => c.id);
      pathIds.set(sku.categoryId ?? '', categoryPath);
    }
    const cells = markets.map(({ market, destination }): MatrixCell => {
      const view = evaluateCompliance({ sku, categoryPath, destination }, ctx);
      const required = view.certificatesRequired ?? 0;
      const { status, warnings } = cellStatusOf(view.warnings, required);
      counts[status]++;
      return { market, status, required, warnings };
    });
    return { sku: sku.sku, title: sku.title, model: sku.model, categoryId: sku.categoryId, categoryPath, cells };
  });
  return { markets, rows, counts };
}

export interface MatrixFilter {
  status?: CellStatus | 'problems' | undefined;
  market?: string | undefined;
  /** A category id: the SKUs in it or any of its sub-categories. */
  categoryId?: string | undefined;
  /** Part of the SKU, title or model, any case. */
  query?: string | undefined;
}

const PROBLEMS: ReadonlySet<CellStatus> = new Set(['missing', 'expired', 'mismatch', 'expiring']);

/** The rows that match; status and market look at the chosen market's cell, or at any cell. */
export function filterMatrixRows(matrix: ComplianceMatrix, filter: MatrixFilter): MatrixRow[] {
  const query = filter.query?.trim().toLowerCase() ?? '';
  const column = filter.market ? matrix.markets.findIndex((m) => m.market === filter.market) : -1;
  const wanted = (status: CellStatus) => (filter.status === 'problems' ? PROBLEMS.has(status) : status === filter.status);
  return matrix.rows.filter((row) => {
    if (filter.categoryId && !row.categoryPath.includes(filter.categoryId)) return false;
    if (query && !row.sku.toLowerCase().includes(query) && !row.title.toLowerCase().includes(query) && !(row.model?.toLowerCase().includes(query) ?? false)) {
      return false;
    }
    if (!filter.status) return true;
    if (column >= 0) return wanted(row.cells[column]!.status);
    return row.cells.some((cell) => wanted(cell.status));
  });
}
