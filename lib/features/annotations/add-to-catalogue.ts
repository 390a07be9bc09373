/** A SKU the catalogue doesn't know gets one small button that opens the options page pre-filled. */
import { h } from '../dom';
import { ALL_ROW_PAGES, defineRowFeature } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { t } from '../../i18n/t';
import { sendMessage } from '../../messaging/content-client';

export const addToCatalogue = defineRowFeature({
  id: 'add-to-catalogue',
  pages: ALL_ROW_PAGES,
  render(row, { sku }, { marketplace }) {
    if (sku.known || !row.sku) return null;
    const { host, root } = createHost('add-to-catalogue', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    const draft = { sku: row.sku, title: row.title, asin: row.asin, marketplace };
    const button = h(
      'button',
      {
        attrs: { type: 'button' },
        title: t('add_to_catalogue_title', [row.sku]),
        onClick: (event) => {
          event.preventDefault();
          event.stopPropagation();
          void sendMessage('openCatalogueDraft', draft).catch(() => undefined);
        },
      },
      t('add_to_catalogue'),
    );
    root.append(h('div', { class: 'line' }, h('span', { class: 'muted' }, t('sku_not_in_catalogue')), button));
    return host;
  },
});
