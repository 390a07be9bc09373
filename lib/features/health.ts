/**
 * The "HelloWord" health chip: which page the adapter recognised and how many rows it read. When it
 * reads none where the page shows orders, it says so instead of failing silently (F2).
 */
import { h } from './dom';
import { createHost } from './mount';
import { HEALTH_CSS } from './styles';
import { t } from '../i18n/t';
import type { PageKind } from '../domain/annotations';

export type HealthState =
  | { state: 'reading'; page: PageKind }
  | {
      state: 'done';
      page: PageKind;
      /** Row elements found (orders, returns, line items); each is read when it comes into view. */
      rowsFound: number;
      /** Item lines read so far. */
      rowsRead: number;
      /** Lines read without a SKU or ASIN: all of them means the labels changed. */
      withoutSku: number;
      errors: number;
      /** Order ids on the page counted apart from row detection (only when no row could be read). */
      orderIdsVisible?: number;
    }
  | { state: 'error'; page: PageKind; message: string };

export interface HealthChip {
  update: (state: HealthState) => void;
  remove: () => void;
}

export function createHealthChip(marketplaceName: string): HealthChip {
  const { host, root } = createHost('adapter-health', {}, HEALTH_CSS);
  host.setAttribute('role', 'status');
  const dot = h('span', { class: 'dot' });
  const text = h('span', null);
  const detail = h('div', { class: 'panel', attrs: { hidden: '' } });
  const chip = h('button', { class: 'chip', attrs: { type: 'button', 'aria-expanded': 'false' } }, dot, text);
  chip.addEventListener('click', () => {
    const open = detail.hasAttribute('hidden');
    detail.toggleAttribute('hidden', !open);
    chip.setAttribute('aria-expanded', String(open));
  });
  root.append(chip, detail);
  document.documentElement.append(host);

  return {
    update(next) {
      if (!host.isConnected) document.documentElement.append(host);
      const pageName = t(`page_${next.page}`);
      host.setAttribute('data-page', next.page);
      host.setAttribute('data-state', next.state);
      let level: 'ok' | 'warning' | 'error' = 'ok';
      let line: string;
      const panel: string[] = [t('health_page', [marketplaceName, pageName])];
      if (next.state === 'reading') {
        line = t('health_reading', [pageName]);
      } else if (next.state === 'error') {
        level = 'error';
        line = t('health_error', [pageName]);
        panel.push(next.message);
      } else {
        host.setAttribute('data-rows-found', String(next.rowsFound));
        host.setAttribute('data-rows-read', String(next.rowsRead));
        const visible = next.orderIdsVisible ?? 0;
        if (next.rowsRead === 0 && visible > 0) {
          level = 'error';
          host.setAttribute('data-state', 'no-rows');
          line = t(next.page === 'listingsList' || next.page === 'productDetail' ? 'health_none_read_items' : 'health_none_read', [pageName, visible]);
          panel.push(t('health_layout_changed'));
        } else if (next.rowsFound === 0) {
          line = t('health_empty', [pageName]);
        } else {
          line = t('health_rows', [pageName, next.rowsFound]);
          panel.push(t('health_rows_detail', [next.rowsFound, next.rowsRead]));
          if (next.rowsRead > 0 && next.withoutSku === next.rowsRead) {
            level = 'error';
            host.setAttribute('data-state', 'no-sku');
            line = t('health_no_sku', [pageName, next.rowsRead]);
            panel.push(t('health_layout_changed'));
          } else if (next.errors > 0) {
            level = 'warning';
            panel.push(t('health_row_errors', [next.errors]));
          }
        }
      }
      dot.className = `dot ${level}`;
      text.textContent = `HelloWord · ${line}`;
      detail.replaceChildren(...panel.map((p) => h('p', null, p)));
    },
    remove() {
      host.remove();
    },
  };
}
