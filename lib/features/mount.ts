/**
 * Injected UI lives in an open shadow root on a host element that carries the test/assistive hooks
 * (`data-helloword="<feature>"` plus the business keys), so the page's CSS cannot touch it.
 */
import { applyStyles } from './styles';

export const HOST_TAG = 'helloword-annotation';

export interface HostKeys {
  sku?: string;
  orderId?: string;
  rowKey?: string;
}

export function createHost(feature: string, keys: HostKeys, css: string, tag = HOST_TAG): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('data-helloword', feature);
  if (keys.sku) host.setAttribute('data-sku', keys.sku);
  if (keys.orderId) host.setAttribute('data-order-id', keys.orderId);
  if (keys.rowKey) host.setAttribute('data-row-key', keys.rowKey);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, css);
  return { host, root };
}

/** True for nodes we inserted ourselves (so our own mutations don't trigger a rescan). */
export function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-helloword');
}
