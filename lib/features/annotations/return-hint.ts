/** F5: on return rows, the rule that matched, what to do, why, and where the item goes back. */
import type { PostalAddress } from '../../domain/vocabulary';
import { h } from '../dom';
import { defineRowFeature, RETURN_PAGES } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { explain, prefersChinese, t } from '../../i18n/t';

export const returnHint = defineRowFeature({
  id: 'return-hint',
  pages: RETURN_PAGES,
  render(row, { returnHint: hint }) {
    if (!hint) return null;
    const { host, root } = createHost('return-hint', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    host.setAttribute('data-action', hint.action);
    if (hint.ruleId) host.setAttribute('data-rule-id', hint.ruleId);

    const ruleName = (prefersChinese() && hint.ruleNameZh) || hint.ruleName || t('return_no_rule');
    const action = h('span', { class: 'action' }, t(`action_${hint.action}`));
    if (hint.couponPercent) action.append(` (${t('coupon_percent', [hint.couponPercent])})`);
    const summary = h(
      'summary',
      null,
      action,
      h('span', { class: 'pill', attrs: { 'data-approval': hint.approval } }, t(`approval_${hint.approval}`)),
      h('span', { class: 'muted' }, `${t('return_rule')}: ${ruleName}`),
    );
    const why = h('ul', { attrs: { 'aria-label': t('return_why') } });
    for (const line of hint.explanation) why.append(h('li', null, explain(line)));
    const address = h(
      'div',
      { class: 'address' },
      `${t('return_address')}: `,
      hint.returnAddress ? formatAddress(hint.returnAddress) : t('return_address_none'),
    );
    // The reason is one of the "why" lines when a reason rule decided; otherwise say it once here.
    const reasonShown = hint.explanation.some((line) => line.code === 'rule_reason_matched');
    const reason = reasonShown ? null : h('div', { class: 'muted' }, `${t('return_reason')}: ${t(`reason_${hint.reason}`)}`);
    const details = h('details', { class: `hint ${hint.approval}` }, summary, reason, why, address);
    details.open = true;
    root.append(details);
    return host;
  },
});

function formatAddress(address: PostalAddress): string {
  return [address.name, ...address.lines, [address.postcode, address.city].filter(Boolean).join(' '), address.region, address.country]
    .filter(Boolean)
    .join(', ');
}
