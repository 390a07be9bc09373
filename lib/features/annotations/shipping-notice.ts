/**
 * F7: on order rows, an order not shipped in time or stalled in transit gets a notice before the
 * buyer writes, with the reason in plain words and a reassurance reply ready to copy (the library's
 * late-shipment / delayed-parcel template in the marketplace's language, filled for this order).
 */
import { h } from '../dom';
import { defineRowFeature, ORDER_PAGES } from '../feature';
import { createHost } from '../mount';
import { ANNOTATION_CSS } from '../styles';
import { explain, t } from '../../i18n/t';
import { sendMessage } from '../../messaging/content-client';

export const shippingNotice = defineRowFeature({
  id: 'shipping-notice',
  pages: ORDER_PAGES,
  render(row, { shippingNotice: notice }, { marketplace }) {
    if (!notice) return null;
    const { host, root } = createHost('shipping-notice', { sku: row.sku, orderId: row.orderId, rowKey: row.key }, ANNOTATION_CSS);
    host.setAttribute('data-kind', notice.kind);
    const reply = h('div', { class: 'reply', attrs: { hidden: '' } });
    const button = h(
      'button',
      {
        attrs: { type: 'button', 'aria-expanded': 'false', 'data-role': 'reassurance' },
        onClick: (event) => {
          event.preventDefault();
          event.stopPropagation();
          const open = reply.hasAttribute('hidden');
          reply.toggleAttribute('hidden', !open);
          button.setAttribute('aria-expanded', String(open));
          if (open && !reply.hasChildNodes()) void loadReply(reply, { marketplace, kind: notice.kind, orderId: row.orderId, buyerName: row.buyerName, sku: row.sku, title: row.title, host: location.hostname });
        },
      },
      t('notice_reply'),
    );
    root.append(
      h(
        'div',
        { class: `line notice ${notice.kind}`, attrs: { role: 'status' } },
        h('span', { class: 'status warning' }, t(`notice_${notice.kind}`)),
        h('span', null, explain(notice.explanation)),
        button,
      ),
      reply,
    );
    return host;
  },
});

/** The marketplace's language from its host (amazon.de → de): the buyer most likely reads it. */
function languageOfHost(host: string): string | undefined {
  const tld = host.split('.').slice(-2).join('.');
  const map: Record<string, string> = { de: 'de', fr: 'fr', it: 'it', es: 'es', 'co.jp': 'ja', jp: 'ja', 'com.mx': 'es', at: 'de', ch: 'de' };
  return map[tld] ?? map[tld.split('.').pop() ?? ''];
}

async function loadReply(
  target: HTMLElement,
  input: { marketplace: 'amazon' | 'ebay' | 'shopify'; kind: 'late_shipment' | 'shipping_delay'; orderId?: string | undefined; buyerName?: string | undefined; sku?: string | undefined; title?: string | undefined; host: string },
): Promise<void> {
  target.replaceChildren(h('span', { class: 'muted' }, t('notice_reply_loading')));
  try {
    const language = languageOfHost(input.host);
    const response = await sendMessage('suggestReplies', {
      thread: {
        marketplace: input.marketplace,
        ...(input.orderId && { orderId: input.orderId }),
        ...(input.buyerName && { buyerName: input.buyerName }),
        ...(input.sku && { sku: input.sku }),
        ...(input.title && { productTitle: input.title }),
        ...(language && { languageHint: language }),
      },
      intent: input.kind,
      ...(language && { language }),
    });
    const suggestion = response.suggestions[0];
    if (!suggestion) {
      target.replaceChildren(h('span', { class: 'muted' }, t('reply_no_templates')));
      return;
    }
    const text = h('pre', { class: 'reply-text', attrs: { 'data-template-id': suggestion.templateId, 'data-language': suggestion.language } }, suggestion.text);
    const copied = h('span', { class: 'muted', attrs: { role: 'status' } });
    const copy = h(
      'button',
      {
        attrs: { type: 'button', 'data-role': 'copy' },
        onClick: (event) => {
          event.preventDefault();
          event.stopPropagation();
          navigator.clipboard.writeText(suggestion.text).then(
            () => (copied.textContent = t('notice_reply_copied')),
            () => {
              // No clipboard permission on this page: select the text so Ctrl+C copies it.
              const range = document.createRange();
              range.selectNodeContents(text);
              const selection = getSelection();
              selection?.removeAllRanges();
              selection?.addRange(range);
              copied.textContent = t('notice_reply_select');
            },
          );
        },
      },
      t('notice_reply_copy'),
    );
    target.replaceChildren(text, h('div', { class: 'line' }, copy, copied));
  } catch (error) {
    target.replaceChildren(h('span', { class: 'muted' }, t('reply_failed', [String(error)])));
  }
}
