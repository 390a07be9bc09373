/**
 * Reading text out of eBay Messages pages: visible text only (our own UI, scripts, form fields and
 * decorative `aria-hidden` parts skipped), with line breaks where a message body has them. Text is
 * read from text nodes and never parsed as HTML. Screen-reader text (eBay's `.clipped` spans) is
 * read on purpose: it says "Unread" and who wrote a message.
 */
import { collapseWhitespace } from '../parse';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'select', 'textarea', 'input', 'iframe', 'object', 'img']);
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'tr', 'dd', 'dt', 'table']);
export const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'small', 'abbr', 'bdi', 'bdo', 'time', 'label']);

export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Nodes never read: our own UI, scripts, form fields, editors, hidden parts. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.hasAttribute('data-helloword') || isHidden(el) || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

/** Controls inside a message ("Report", "Translate") are not its text. */
export function isControl(el: Element): boolean {
  return el.localName === 'button' || el.getAttribute('role') === 'button';
}

export interface WalkHandlers {
  /** Return true to skip the element's subtree. */
  element?: (el: Element) => boolean | void;
  text?: (node: Text) => void;
  leave?: (el: Element) => void;
}

/** Depth-first over light-DOM elements and texts below `root`, skipping what is never read. */
export function walk(root: Element, handlers: WalkHandlers, { controls = false } = {}): void {
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        handlers.text?.(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el) || (!controls && isControl(el))) continue;
        if (handlers.element?.(el) === true) continue;
        visit(el);
        handlers.leave?.(el);
      }
    }
  };
  visit(root);
}

/** The visible text of an element, one space between parts. */
export function textOf(el: Element | null | undefined, options: { controls?: boolean } = {}): string {
  if (!el) return '';
  const parts: string[] = [];
  walk(el, { text: (node) => parts.push(node.data) }, options);
  return collapseWhitespace(parts.join(' '));
}

/** The texts of an element, one per text node (a card's username, subject, time apart). */
export function textPieces(el: Element, options: { controls?: boolean } = {}): string[] {
  const pieces: string[] = [];
  walk(
    el,
    {
      text: (node) => {
        const text = collapseWhitespace(node.data);
        if (text) pieces.push(text);
      },
    },
    options,
  );
  return pieces;
}

/** Text with its paragraph and line breaks, for a message body. */
export function blockText(el: Element): string {
  let out = '';
  walk(el, {
    element: (child) => {
      if (child.localName === 'br' || BLOCK_TAGS.has(child.localName)) out += '\n';
    },
    text: (node) => (out += node.data),
    leave: (child) => {
      if (BLOCK_TAGS.has(child.localName)) out += '\n';
    },
  });
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n as Text).data.trim() !== '');
}

export const cut = (text: string | undefined, max: number): string | undefined => (!text ? undefined : text.length > max ? text.slice(0, max) : text);
