/** The retrospective's views as CSV (retroExport): one header row, one row per line of the view. */
import type { ActionsView, CostView, CustomerView, DrilldownCase, ProductView, Rate, RetroExportView, ServiceView } from './model';

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run
 * as a formula (=, +, -, @ first) gets a leading apostrophe. Numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  // BOM: Excel then reads UTF-8 (Chinese titles) correctly.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const pct = (r: Rate) => (r.rate === null ? null : Math.round(r.rate * 10000) / 100);
const reasonsText = (reasons: readonly { reason: string; count: number }[]) => reasons.map((r) => `${r.reason} ${r.count}`).join('; ');

export type ExportInput =
  | { view: 'product'; data: ProductView }
  | { view: 'category'; data: ProductView }
  | { view: 'customer'; data: CustomerView }
  | { view: 'service'; data: ServiceView }
  | { view: 'cost'; data: CostView }
  | { view: 'actions'; data: ActionsView }
  | { view: 'cases'; data: { cases: DrilldownCase[] } };

export function exportCsv(input: ExportInput): { csv: string; rows: number } {
  const build = (): [string[], (string | number | null | undefined)[][]] => {
    switch (input.view) {
      case 'product':
        return [
          ['sku', 'title', 'category', 'units_sold', 'returns', 'exchanges', 'return_rate_pct', 'exchange_rate_pct', 'previous_return_rate_pct', 'small_sample', 'reasons'],
          input.data.skus.map((r) => [r.sku, r.title, r.categoryName ?? r.categoryId, r.unitsSold, r.returns, r.exchanges, pct(r.returnRate), pct(r.exchangeRate), pct(r.previousReturnRate), r.smallSample ? 'yes' : 'no', reasonsText(r.reasons)]),
        ];
      case 'category':
        return [
          ['category', 'skus', 'units_sold', 'returns', 'exchanges', 'return_rate_pct', 'exchange_rate_pct', 'reasons'],
          input.data.categories.map((r) => [r.name ?? r.categoryId ?? '(none)', r.skuCount, r.unitsSold, r.returns, r.exchanges, pct(r.returnRate), pct(r.exchangeRate), reasonsText(r.reasons)]),
        ];
      case 'customer':
        return [
          ['country', 'region', 'units_sold', 'returns', 'exchanges', 'return_rate_pct', 'exchange_rate_pct', 'reasons'],
          input.data.countries.map((r) => [r.country, r.region, r.unitsSold, r.returns, r.exchanges, pct(r.returnRate), pct(r.exchangeRate), reasonsText(r.reasons)]),
        ];
      case 'service': {
        const d = input.data;
        const row = (name: string, cases: number, h: ServiceView['handling'], rule: Rate, replies: ServiceView['replies']) => [
          name, cases, h.count, h.medianHours, h.p90Hours, pct(rule), replies.messages, replies.answeredLate, replies.openOverdue, pct(replies.breachRate),
        ];
        return [
          ['marketplace', 'cases', 'closed', 'median_handling_hours', 'p90_handling_hours', 'decided_by_rule_pct', 'messages', 'answered_late', 'open_overdue', 'reply_breach_pct'],
          [row('all', d.cases, d.handling, d.ruleShare, d.replies), ...d.byMarketplace.map((m) => row(m.marketplace, m.cases, m.handling, m.ruleShare, m.replies))],
        ];
      }
      case 'cost':
        return [
          ['currency', 'returns', 'exchanges', 'return_shipping', 'return_shipping_estimated', 'product_written_off', 'product_estimated', 'labour', 'labour_estimated', 'total', 'per_case', 'revenue', 'share_of_revenue_pct', 'net_profit', 'share_of_net_profit_pct'],
          input.data.currencies.map((c) => [
            c.currency, c.returns, c.exchanges, c.returnShipping.amount, c.returnShipping.estimated, c.productWrittenOff.amount, c.productWrittenOff.estimated,
            c.labour.amount, c.labour.estimated, c.total, c.perCase, c.revenue, pct(c.shareOfRevenue), c.netProfit, pct(c.shareOfNetProfit),
          ]),
        ];
      case 'actions':
        return [
          ['sku', 'title', 'action', 'returns', 'exchanges', 'return_rate_pct', 'top_reasons', 'supplier', 'supplier_pass_rate_pct'],
          input.data.actions.map((a) => [
            a.sku, a.title, a.kind, a.returns, a.exchanges, pct(a.returnRate), reasonsText(a.reasons), a.supplier?.name,
            a.supplier?.passRate === null || a.supplier?.passRate === undefined ? null : Math.round(a.supplier.passRate * 1000) / 10,
          ]),
        ];
      case 'cases':
        return [
          ['case_id', 'marketplace', 'kind', 'order_id', 'sku', 'country', 'reason', 'requested_at', 'status', 'handling_hours', 'decided_by', 'rule_id', 'action', 'reply', 'buyer_comment'],
          input.data.cases.map((c) => [c.id, c.marketplace, c.kind, c.orderId, c.sku, c.country, c.reason, c.requestedAt, c.status, c.handlingHours, c.decidedBy, c.ruleId, c.action, c.reply, c.buyerComment]),
        ];
    }
  };
  const [header, rows] = build();
  return { csv: toCsv(header, rows), rows: rows.length };
}

export function exportFileName(view: RetroExportView, from: string, to: string): string {
  return `helloword-retro-${view}-${from}_${to}.csv`;
}
