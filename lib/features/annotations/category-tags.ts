/** F3: next to each known SKU, its central category path, attributes and role tags. */
import { h } from '../dom';
import { ALL_ROW_PAGES, defineRowFeature } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { localName, t } from '../../i18n/t';

export const categoryTags = defineRowFeature({
  id: 'category-tags',
  pages: ALL_ROW_PAGES,
  render(row, { sku }) {
    if (!sku.known) return null;
    const { host, root } = createHost('category-tags', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    const line = h('div', { class: 'line', attrs: { role: 'group', 'aria-label': t('tags_aria') } });
    const path = h('span', { class: 'path' });
    if (sku.categoryPath.length === 0) path.append(t('tags_uncategorised'));
    sku.categoryPath.forEach((step, index) => {
      if (index > 0) path.append(h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, '›'));
      path.append(localName(step));
    });
    line.append(path);
    const attributes = Object.entries(sku.attributes);
    if (attributes.length) line.append(h('span', { class: 'attrs' }, `· ${attributes.map(([k, v]) => `${k}: ${v}`).join(', ')}`));
    for (const tag of sku.tags) {
      const pill = h('span', { class: 'pill' }, localName(tag));
      pill.style.background = tag.color;
      line.append(pill);
    }
    root.append(line);
    return host;
  },
});
