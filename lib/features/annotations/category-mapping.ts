/**
 * F8: on listings, the marketplace's category beside the central category it is mapped to — or,
 * when it is not mapped yet, a button that opens the dashboard to map it.
 */
import { h } from '../dom';
import { defineRowFeature, LISTING_PAGES } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { localName, t } from '../../i18n/t';
import { sendMessage } from '../../messaging/content-client';

export const categoryMapping = defineRowFeature({
  id: 'category-mapping',
  pages: LISTING_PAGES,
  render(row, { categoryMapping: mapping }, { marketplace }) {
    if (!mapping) return null;
    const { host, root } = createHost('category-mapping', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    host.setAttribute('data-mapped', String(mapping.mapped));
    const { platformCategory } = mapping;
    const shown = platformCategory.label ?? platformCategory.value;
    const line = h('div', { class: 'line' }, h('span', { class: 'muted' }, t(`platform_category_${marketplace}`)), h('span', null, shown));
    if (mapping.mapped) {
      line.append(h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, '→'), h('span', { class: 'path' }, mapping.categoryPath.map(localName).join(' › ')));
    } else {
      line.append(
        h(
          'button',
          {
            attrs: { type: 'button' },
            title: t('map_category_title', [shown]),
            onClick: (event) => {
              event.preventDefault();
              event.stopPropagation();
              void sendMessage('openCategoryMapping', { marketplace, ...platformCategory }).catch(() => undefined);
            },
          },
          t('map_category'),
        ),
      );
    }
    root.append(line);
    return host;
  },
});
