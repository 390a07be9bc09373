/**
 * The cases behind a number (drill-down): newest first, 50 a page, each with its order, SKU,
 * country, reason, status, handling time and who decided it. Esc or Close returns to the view.
 */
import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { DrilldownResult, DrilldownTarget, RetroQueryInput } from '@/lib/domain/retro/model';
import { Pager } from './RetroViews';
import { hoursText, marketplaceName, sendRetro, named, queryKey, reasonName } from './retro-state';

const PAGE = 50;

export function RetroDrilldown({ query, target, title, onClose }: { query: RetroQueryInput; target: DrilldownTarget; title: string; onClose: () => void }) {
  useSignals();
  const offset = useSignal(0);
  const [state, setState] = useState<{ key: string; data?: DrilldownResult; error?: string }>({ key: '' });
  const heading = useRef<HTMLHeadingElement>(null);
  const key = queryKey({ query, target, offset: offset.value });

  const queryText = queryKey(query);
  useEffect(() => {
    heading.current?.focus();
  }, [target]);
  // Another target or period starts again at the first page.
  useEffect(() => {
    offset.value = 0;
  }, [target, queryText, offset]);
  useEffect(() => {
    let live = true;
    sendRetro('retroDrilldown', { query, target, offset: offset.value, limit: PAGE }).then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // `key` stands for query, target and page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const current = state.key === key;
  const data = state.data;
  return (
    <section
      className="card retro-drilldown"
      aria-labelledby="retro-drill-heading"
      data-testid="retro-drilldown"
      aria-busy={!current}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="toolbar">
        <h3 id="retro-drill-heading" ref={heading} tabIndex={-1}>
          {t('retro_drill_heading', [title])}
          {data && <span className="muted"> · {t('retro_drill_total', [data.total])}</span>}
        </h3>
        <span className="retro-spacer" />
        <button type="button" data-action="close-drilldown" onClick={onClose}>
          {t('retro_close')}
        </button>
      </div>
      {current && state.error && (
        <p className="notice error" role="alert">
          {t('retro_error', [state.error])}
        </p>
      )}
      {!data && !state.error && <p className="muted">{t('loading')}</p>}
      {data && data.cases.length === 0 && <p className="empty">{t('retro_drill_none')}</p>}
      {data && data.cases.length > 0 && (
        <table className="retro-table" data-testid="retro-drill-cases">
          <thead>
            <tr>
              <th scope="col">{t('retro_col_requested')}</th>
              <th scope="col">{t('retro_col_marketplace')}</th>
              <th scope="col">{t('retro_col_order')}</th>
              <th scope="col">{t('retro_col_sku')}</th>
              <th scope="col">{t('retro_col_country')}</th>
              <th scope="col">{t('retro_col_reason')}</th>
              <th scope="col">{t('retro_col_status')}</th>
              <th scope="col">{t('retro_col_handling')}</th>
              <th scope="col">{t('retro_col_decided')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cases.map((c) => (
              <tr key={c.id} data-case={c.id} data-kind={c.kind}>
                <td>{c.requestedAt.slice(0, 10)}</td>
                <td>{marketplaceName(c.marketplace)}</td>
                <td>
                  <code>{c.orderId}</code>
                  {c.kind !== 'return' && <span className="muted"> · {named('lookup_case_', c.kind)}</span>}
                </td>
                <td>{c.sku ? <code>{c.sku}</code> : '—'}</td>
                <td>{c.country ?? '—'}</td>
                <td>
                  {c.reason ? reasonName(c.reason) : '—'}
                  {c.buyerComment && <div className="muted retro-comment">“{c.buyerComment}”</div>}
                </td>
                <td>
                  {named('lookup_status_', c.status)}
                  {c.reply && <div className="muted">{t(`retro_reply_${c.reply}`)}</div>}
                </td>
                <td>{hoursText(c.handlingHours)}</td>
                <td>
                  {t(`retro_decided_${c.decidedBy === 'rule' ? 'rule' : c.decidedBy === 'hand' ? 'hand' : 'none'}`)}
                  {c.action && <div className="muted">{named('action_', c.action)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager offset={offset.value} total={data.total} page={PAGE} onChange={(next) => (offset.value = next)} />}
    </section>
  );
}
