/**
 * F4: for a known SKU and the row's destination, what certificates are missing, expiring or
 * mismatched, whether the HS code is there, and the estimated duty and VAT with rate and source.
 */
import type { TaxEstimate } from '../../domain/annotations';
import { h } from '../dom';
import { ALL_ROW_PAGES, defineRowFeature } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { explain, formatMoney, t } from '../../i18n/t';

export const complianceWarning = defineRowFeature({
  id: 'compliance-warning',
  pages: ALL_ROW_PAGES,
  render(row, { sku, compliance }) {
    if (!sku.known || !compliance) return null;
    const { host, root } = createHost('compliance-warning', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    host.setAttribute('data-status', compliance.status);
    if (compliance.destination) host.setAttribute('data-country', compliance.destination);

    const issues = compliance.warnings.filter((w) => w.severity !== 'info').length;
    const label =
      compliance.status === 'unknown'
        ? t('compliance_destination_unknown')
        : issues === 0
          ? compliance.certificatesRequired === 0
            ? t('compliance_none_required', [compliance.destination ?? ''])
            : t('compliance_ok', [compliance.destination ?? ''])
          : issues === 1
            ? t('compliance_issue_one', [compliance.destination ?? ''])
            : t('compliance_issues', [issues, compliance.destination ?? '']);
    const summary = h('summary', null, h('span', { class: `status ${compliance.status}` }, label));
    if (compliance.tax) summary.append(h('span', { class: 'tax' }, taxSummary(compliance.tax)));

    const list = h('ul', null);
    for (const warning of compliance.warnings) {
      list.append(h('li', { class: warning.severity, attrs: { 'data-kind': warning.kind } }, explain(warning.explanation)));
    }
    if (compliance.tax) {
      const { explanation, duty, vat } = compliance.tax;
      for (const line of explanation) list.append(h('li', { class: 'info' }, explain(line)));
      if (duty) list.append(h('li', { class: 'info source' }, t('tax_duty_source', [duty.source])));
      if (vat) list.append(h('li', { class: 'info source' }, t('tax_vat_source', [vat.source])));
    }

    const details = h('details', null, summary, list);
    // Problems open by default so they are read at a glance; a clean result stays one line.
    if (issues > 0) details.open = compliance.status === 'error';
    root.append(details);
    return host;
  },
});

function taxSummary(tax: TaxEstimate): string {
  const parts: string[] = [];
  if (tax.duty) parts.push(t('tax_duty', [tax.duty.ratePercent, formatMoney(tax.duty.amount.amount, tax.duty.amount.currency)]));
  if (tax.vat) parts.push(t('tax_vat', [tax.vat.ratePercent, formatMoney(tax.vat.amount.amount, tax.vat.amount.currency)]));
  return parts.length ? `${t('tax_estimate')} ${parts.join(' · ')}` : '';
}
