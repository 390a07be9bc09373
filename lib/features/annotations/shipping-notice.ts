/**
 * F7: on order rows, an order not shipped in time or stalled in transit gets a notice before the
 * buyer writes, with the reason in plain words.
 */
import { h } from '../dom';
import { defineRowFeature, ORDER_PAGES } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { explain, t } from '../../i18n/t';

export const shippingNotice = defineRowFeature({
  id: 'shipping-notice',
  pages: ORDER_PAGES,
  render(row, { shippingNotice: notice }) {
    if (!notice) return null;
    const { host, root } = createHost('shipping-notice', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    host.setAttribute('data-kind', notice.kind);
    root.append(
      h(
        'div',
        { class: `line notice ${notice.kind}`, attrs: { role: 'status' } },
        h('span', { class: 'status warning' }, t(`notice_${notice.kind}`)),
        h('span', null, explain(notice.explanation)),
      ),
    );
    return host;
  },
});
