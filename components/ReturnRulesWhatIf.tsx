import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { ReturnRule, Warehouse } from '@/lib/domain/schemas';
import { explain, t } from '@/lib/i18n/t';
import type { AffectedCase, WhatIfReply } from '@/lib/messaging/rules-protocol';

/** "+12.50 USD" / "−3.00 EUR": the sign always shown, so a saving never reads as a cost. */
export function signedMoney(amount: number, currency: string): string {
  const digits = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  const text = Math.abs(amount).toFixed(digits);
  return `${amount > 0 ? '+' : amount < 0 ? '−' : '±'}${text} ${currency}`;
}
const money = (amount: number, currency: string) => `${amount.toFixed(currency === 'JPY' || currency === 'KRW' ? 0 : 2)} ${currency}`;

const PAGE = 50;

interface Props {
  reply: WhatIfReply;
  /** The draft changed since this ran. */
  stale: boolean;
  rules: readonly ReturnRule[];
  warehouses: readonly Warehouse[];
}

/** What the draft would have decided differently over the stored cases, and what that costs (F25). */
export function ReturnRulesWhatIf({ reply, stale, rules, warehouses }: Props) {
  useSignals();
  const shown = useSignal(PAGE);
  const filter = useSignal<string>('');
  if (!reply.ok) {
    return (
      <div role="alert" className="notice error">
        {reply.errors.map((e, i) => (
          <p key={i}>{e}</p>
        ))}
      </div>
    );
  }
  const ruleName = (id: string | null) => (id === null ? t('rules_whatif_no_rule') : (rules.find((r) => r.id === id)?.name ?? id));
  const warehouseName = (id: string | null) => (id === null ? t('rules_whatif_nowhere') : (warehouses.find((w) => w.id === id)?.name ?? id));
  const decision = (d: AffectedCase['before']) =>
    `${t(`action_${d.action}`)} · ${t(`approval_${d.approval}`)}${d.couponPercent ? ` · ${t('rules_whatif_coupon', [String(d.couponPercent)])}` : ''}`;
  const affected = filter.value ? reply.affected.filter((a) => `${a.before.action}>${a.after.action}` === filter.value) : reply.affected;

  return (
    <section className="rules-whatif" aria-labelledby="rules-whatif-heading" data-testid="rules-whatif" aria-live="polite">
      <h3 id="rules-whatif-heading">{t('rules_whatif_heading')}</h3>
      {stale && <p className="notice warn">{t('rules_whatif_stale')}</p>}
      <p className="rules-whatif-headline" data-testid="whatif-changed" data-changed={reply.changed}>
        {reply.changed === 0 ? t('rules_whatif_none', [String(reply.cases)]) : t('rules_whatif_changed', [String(reply.changed), String(reply.cases)])}
      </p>
      <p className="muted">
        {t('rules_whatif_counts', [String(reply.ruleOnlyChanges), String(reply.newlySupervisor), String(reply.noLongerSupervisor), String(reply.ignored)])}
      </p>
      {reply.cost.length > 0 && (
        <table className="table rules-cost" data-testid="whatif-cost">
          <caption>{t('rules_whatif_cost_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules_whatif_currency')}</th>
              <th scope="col">{t('rules_whatif_cases')}</th>
              <th scope="col">{t('rules_whatif_before')}</th>
              <th scope="col">{t('rules_whatif_after')}</th>
              <th scope="col">{t('rules_whatif_difference')}</th>
            </tr>
          </thead>
          <tbody>
            {reply.cost.map((c) => (
              <tr key={c.currency} data-currency={c.currency}>
                <th scope="row">{c.currency}</th>
                <td>{c.cases}</td>
                <td>{money(c.before, c.currency)}</td>
                <td>{money(c.after, c.currency)}</td>
                <td className={c.delta > 0 ? 'rules-cost-up' : c.delta < 0 ? 'rules-cost-down' : ''} data-testid="whatif-delta">
                  {signedMoney(c.delta, c.currency)} {c.delta > 0 ? t('rules_whatif_more') : c.delta < 0 ? t('rules_whatif_less') : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted rules-small">{t('rules_whatif_cost_model')}</p>
      {reply.changes.length > 0 && (
        <table className="table" data-testid="whatif-groups">
          <caption>{t('rules_whatif_groups_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules_whatif_from')}</th>
              <th scope="col">{t('rules_whatif_to')}</th>
              <th scope="col">{t('rules_whatif_cases')}</th>
              <th scope="col">{t('rules_whatif_difference')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reply.changes.map((g) => {
              const key = `${g.from}>${g.to}`;
              return (
                <tr key={key}>
                  <td>{t(`action_${g.from}`)}</td>
                  <td>{t(`action_${g.to}`)}</td>
                  <td>{g.count}</td>
                  <td>{g.costDelta.map((d) => signedMoney(d.amount, d.currency)).join(' · ') || '—'}</td>
                  <td>
                    <button type="button" aria-pressed={filter.value === key} onClick={() => ((filter.value = filter.value === key ? '' : key), (shown.value = PAGE))}>
                      {filter.value === key ? t('rules_whatif_show_all') : t('rules_whatif_show_these')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {reply.notes.length > 0 && (
        <ul className="rules-notes">
          {reply.notes.map((n, i) => (
            <li key={i}>{explain(n)}</li>
          ))}
        </ul>
      )}
      {affected.length > 0 && (
        <table className="table rules-affected" data-testid="whatif-cases">
          <caption>{t('rules_whatif_cases_caption', [String(Math.min(affected.length, shown.value)), String(reply.changed)])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules_whatif_order')}</th>
              <th scope="col">{t('rules_whatif_sku')}</th>
              <th scope="col">{t('rules_whatif_reason')}</th>
              <th scope="col">{t('rules_whatif_value')}</th>
              <th scope="col">{t('rules_whatif_old')}</th>
              <th scope="col">{t('rules_whatif_new')}</th>
              <th scope="col">{t('rules_whatif_difference')}</th>
            </tr>
          </thead>
          <tbody>
            {affected.slice(0, shown.value).map((a) => (
              <tr key={a.caseId} data-order-id={a.orderId}>
                <td>
                  {a.orderId}
                  <span className="muted rules-small"> {a.marketplace}{a.country ? ` · ${a.country}` : ''}</span>
                </td>
                <td>{a.sku ?? '—'}</td>
                <td>{a.reason ? t(`reason_${a.reason}`) : '—'}</td>
                <td>{a.orderValue !== null && a.currency ? money(a.orderValue, a.currency) : '—'}</td>
                <td title={`${ruleName(a.before.ruleId)} → ${warehouseName(a.before.warehouseId)}`}>
                  {decision(a.before)}
                  <span className="muted rules-small"> ({ruleName(a.before.ruleId)})</span>
                </td>
                <td title={`${ruleName(a.after.ruleId)} → ${warehouseName(a.after.warehouseId)}`}>
                  {decision(a.after)}
                  <span className="muted rules-small"> ({ruleName(a.after.ruleId)})</span>
                </td>
                <td>{a.costAfter !== null && a.costBefore !== null && a.currency ? signedMoney(a.costAfter - a.costBefore, a.currency) : t('rules_whatif_not_costed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {affected.length > shown.value && (
        <button type="button" onClick={() => (shown.value += PAGE)}>
          {t('rules_whatif_more_cases', [String(Math.min(PAGE, affected.length - shown.value))])}
        </button>
      )}
      {reply.affected.length < reply.changed && <p className="muted rules-small">{t('rules_whatif_listed_limit', [String(reply.affected.length)])}</p>}
    </section>
  );
}
