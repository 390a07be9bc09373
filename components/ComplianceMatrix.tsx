import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useMemo } from 'react';
import { CELL_STATUSES, filterMatrixRows, type CellStatus, type ComplianceMatrix, type MatrixCell, type MatrixFilter } from '@/lib/domain/compliance-matrix';
import { dashboardLink } from '@/lib/domain/lookup';
import type { Category, CertificateInput } from '@/lib/domain/schemas';
import { explain, localName, t } from '@/lib/i18n/t';

/** Rows rendered at once: a page of the filtered list, never all 20,000. */
export const MATRIX_PAGE_SIZE = 50;

export interface ComplianceMatrixProps {
  matrix: ComplianceMatrix;
  categories: readonly Category[];
  expiringWithinDays: number;
  onEditCertificate: (id: string) => void;
  onAddCertificate: (prefill: Partial<CertificateInput>) => void;
}

function StatusChip({ status }: { status: CellStatus }) {
  return <span className={`compliance-chip compliance-chip-${status}`}>{t(`compliance_status_${status.replace('-', '_')}`)}</span>;
}

function Cell({ cell, sku, onEditCertificate, onAddCertificate }: { cell: MatrixCell; sku: string } & Pick<ComplianceMatrixProps, 'onEditCertificate' | 'onAddCertificate'>) {
  const certIds = [...new Set(cell.warnings.flatMap((w) => (w.certificateId ? [w.certificateId] : [])))];
  const missing = cell.warnings.filter((w) => w.kind === 'certificate_missing' && w.certificateKind);
  return (
    <td data-market={cell.market} data-status={cell.status} className={`compliance-cell compliance-cell-${cell.status}`}>
      <StatusChip status={cell.status} />
      {cell.warnings.length > 0 && (
        <ul className="compliance-reasons">
          {cell.warnings.map((w, i) => (
            <li key={i}>{explain(w.explanation)}</li>
          ))}
        </ul>
      )}
      {(certIds.length > 0 || missing.length > 0) && (
        <div className="compliance-cell-actions">
          {certIds.map((id) => (
            <button key={id} type="button" className="link" data-action="edit-certificate" data-certificate-id={id} onClick={() => onEditCertificate(id)}>
              {t('compliance_fix_certificate', [id])}
            </button>
          ))}
          {missing.map((w, i) => (
            <button
              key={i}
              type="button"
              className="link"
              data-action="add-certificate"
              onClick={() => onAddCertificate({ kind: w.certificateKind!, markets: [cell.market], covers: { skus: [sku], models: [] } })}
            >
              {t('compliance_fix_add', [w.certificateKind!])}
            </button>
          ))}
          {missing.length > 0 && (
            <a href={dashboardLink(sku)} data-action="edit-sku">
              {t('compliance_fix_sku')}
            </a>
          )}
        </div>
      )}
    </td>
  );
}

/** SKUs × markets, filtered and paged; each problem cell says why and leads to the fix. */
export function ComplianceMatrixView({ matrix, categories, expiringWithinDays, onEditCertificate, onAddCertificate }: ComplianceMatrixProps) {
  useSignals();
  const status = useSignal<MatrixFilter['status'] | ''>('');
  const market = useSignal('');
  const categoryId = useSignal('');
  const query = useSignal('');
  const page = useSignal(0);

  const filter: MatrixFilter = { status: status.value || undefined, market: market.value || undefined, categoryId: categoryId.value || undefined, query: query.value };
  const rows = useMemo(() => filterMatrixRows(matrix, filter), [matrix, filter.status, filter.market, filter.categoryId, filter.query]); // eslint-disable-line react-hooks/exhaustive-deps
  const pages = Math.max(1, Math.ceil(rows.length / MATRIX_PAGE_SIZE));
  const current = Math.min(page.value, pages - 1);
  const shown = rows.slice(current * MATRIX_PAGE_SIZE, (current + 1) * MATRIX_PAGE_SIZE);
  const columns = market.value ? matrix.markets.filter((m) => m.market === market.value) : matrix.markets;
  const columnIndexes = columns.map((c) => matrix.markets.indexOf(c));
  const setFilter = (apply: () => void) => {
    apply();
    page.value = 0;
  };
  const byId = new Map(categories.map((c) => [c.id, c]));
  const categoryLabel = (c: Category) => `${'— '.repeat(c.level - 1)}${localName(c)}`;
  const ordered = useMemo(() => {
    const out: Category[] = [];
    const visit = (parent: string | null) => {
      for (const c of categories.filter((x) => x.parentId === parent).sort((a, b) => localName(a).localeCompare(localName(b)))) {
        out.push(c);
        visit(c.id);
      }
    };
    visit(null);
    return out;
  }, [categories]);

  return (
    <section aria-labelledby="compliance-matrix-heading" className="card">
      <h3 id="compliance-matrix-heading">{t('compliance_matrix_heading')}</h3>
      <p className="muted" data-testid="compliance-counts">
        {CELL_STATUSES.filter((s) => s !== 'not-required')
          .map((s) => `${t(`compliance_status_${s.replace('-', '_')}`)}: ${matrix.counts[s].toLocaleString()}`)
          .join(' · ')}
      </p>
      <div className="compliance-filters" role="group" aria-label={t('compliance_filters')}>
        <label>
          {t('compliance_filter_status')}
          <select value={status.value} onChange={(e) => setFilter(() => (status.value = e.currentTarget.value as MatrixFilter['status'] | ''))} name="status">
            <option value="">{t('compliance_filter_all')}</option>
            <option value="problems">{t('compliance_filter_problems')}</option>
            {CELL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`compliance_status_${s.replace('-', '_')}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compliance_filter_market')}
          <select value={market.value} onChange={(e) => setFilter(() => (market.value = e.currentTarget.value))} name="market">
            <option value="">{t('compliance_filter_all')}</option>
            {matrix.markets.map((m) => (
              <option key={m.market} value={m.market}>
                {m.market}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compliance_filter_category')}
          <select value={categoryId.value} onChange={(e) => setFilter(() => (categoryId.value = e.currentTarget.value))} name="category">
            <option value="">{t('compliance_filter_all')}</option>
            {ordered.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compliance_filter_search')}
          <input type="search" value={query.value} onChange={(e) => setFilter(() => (query.value = e.currentTarget.value))} placeholder={t('compliance_filter_search_placeholder')} />
        </label>
      </div>
      {matrix.markets.length === 0 ? (
        <p className="empty">{t('compliance_matrix_no_markets')}</p>
      ) : matrix.rows.length === 0 ? (
        <p className="empty">
          {t('compliance_matrix_no_skus')} <a href="#catalogue">{t('compliance_go_catalogue')}</a>
        </p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('compliance_matrix_no_match')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite" data-testid="compliance-matrix-count">
            {t('compliance_matrix_count', [current * MATRIX_PAGE_SIZE + 1, current * MATRIX_PAGE_SIZE + shown.length, rows.length.toLocaleString()])}
          </p>
          <div className="compliance-matrix-scroll">
            <table className="table compliance-matrix" data-testid="compliance-matrix">
              <caption className="sr-only">{t('compliance_matrix_caption', [expiringWithinDays])}</caption>
              <thead>
                <tr>
                  <th scope="col">SKU</th>
                  {columns.map((m) => (
                    <th scope="col" key={m.market}>
                      {m.market}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.sku} data-sku={row.sku}>
                    <th scope="row">
                      <a href={dashboardLink(row.sku)}>
                        <code>{row.sku}</code>
                      </a>
                      <div className="muted compliance-sku-title">{row.title}</div>
                      <div className="muted compliance-sku-title">
                        {row.categoryId && byId.get(row.categoryId) ? localName(byId.get(row.categoryId)!) : t('compliance_no_category')}
                        {row.model ? ` · ${t('compliance_model', [row.model])}` : ''}
                      </div>
                    </th>
                    {columnIndexes.map((index) => (
                      <Cell key={index} cell={row.cells[index]!} sku={row.sku} onEditCertificate={onEditCertificate} onAddCertificate={onAddCertificate} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav className="compliance-pager" aria-label={t('compliance_pages')}>
              <button type="button" onClick={() => (page.value = current - 1)} disabled={current === 0}>
                {t('compliance_prev')}
              </button>
              <span>{t('compliance_page', [current + 1, pages])}</span>
              <button type="button" onClick={() => (page.value = current + 1)} disabled={current >= pages - 1}>
                {t('compliance_next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
