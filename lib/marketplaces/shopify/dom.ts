/**
 * Reading Shopify admin pages by what they say rather than how they are styled: inline labels
 * ("SKU: …", "Tracking number: …" — labels.ts), cards found by their headings ("Fulfilled",
 * "Return requested"), form fields found by their <label>, and address blocks. Text is read with
 * textContent and never parsed as HTML; nothing here reads styles or layout.
 */
import { countryFromName } from '../countries';
import { collapseWhitespace, parseRelativeDateTime, type DateTimeParts } from '../parse';
import { BLOCK_PATTERNS, matchInlineLabel, returnReasonCode, type InlineLabelKey } from './labels';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** An empty cell or field: "", "-", "—". */
export const PLACEHOLDER = /^[-–—]?$/;
/** What follows the date in an order page's subtitle: "… at 2:15 pm from Online Store". */
const SUBTITLE_TAIL = /\s+(?:from|via|on)\s+.*$|\s*(?:来自|通过|经由).*$/i;

// ── Labels ───────────────────────────────────────────────────────────────────────────────────

export interface Labelled {
  key: InlineLabelKey;
  value: string;
  /** The element holding the label and its value (the "SKU: …" line). */
  line: Element;
}

/**
 * Every inline label under `root` with its value, in document order, in one walk. What a label's
 * value already accounted for is skipped, so a buyer's note that reads "SKU: …" is never a label.
 */
export function scanLabels(root: Element): Labelled[] {
  const out: Labelled[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'script' || tag === 'style' || tag === 'template') walker.currentNode = lastDescendant(node);
      continue;
    }
    const text = node as Text;
    const label = matchInlineLabel(text.data);
    if (!label) continue;
    if (label.value) {
      if (text.parentElement) out.push({ key: label.key, value: collapseWhitespace(label.value), line: text.parentElement });
      continue;
    }
    // The value follows the label: climb to the element holding only the label, then read its
    // following siblings up to the next label.
    let labelNode: Node = text;
    const labelText = collapseWhitespace(text.data);
    while (labelNode.parentElement && labelNode.parentElement !== root && collapseWhitespace(labelNode.parentElement.textContent ?? '') === labelText) {
      labelNode = labelNode.parentElement;
    }
    const parts: string[] = [];
    let last: Node | null = null;
    for (let sibling = labelNode.nextSibling; sibling; sibling = sibling.nextSibling) {
      const siblingText = sibling.textContent ?? '';
      if (parts.some((p) => p.trim() !== '') && matchInlineLabel(collapseWhitespace(siblingText))) break;
      parts.push(siblingText);
      last = sibling;
    }
    let value = collapseWhitespace(parts.join(' '));
    const colonFirst = value.startsWith(':') || value.startsWith('：');
    if (!label.hasColon && !colonFirst) continue; // a heading that happens to read "SKU", not a label
    if (colonFirst) value = value.slice(1).trim();
    const line = labelNode.parentElement ?? root;
    if (value) out.push({ key: label.key, value, line });
    if (last) walker.currentNode = lastDescendant(last);
  }
  return out;
}

export function labelValueIn(root: Element, key: InlineLabelKey): string | undefined {
  return scanLabels(root).find((l) => l.key === key)?.value || undefined;
}

/** A return reason printed without a label: one of the reasons the admin offers, on its own line. */
export function reasonPhraseIn(item: Element): string | undefined {
  const walker = item.ownerDocument.createTreeWalker(item, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = collapseWhitespace((t as Text).data);
    if (text && text.length < 40 && returnReasonCode(text)) return text;
  }
  return undefined;
}

// ── Cards, fields, blocks ────────────────────────────────────────────────────────────────────

export interface Card {
  element: Element;
  headingElement: Element;
  heading: string;
}

/** The nearest enclosing block whose first heading comes before `item`: its card. */
export function cardOf(item: Element): Card | null {
  for (let el = item.parentElement; el; el = el.parentElement) {
    const heading = el.querySelector(HEADING);
    if (heading && heading !== item && !heading.contains(item) && heading.compareDocumentPosition(item) & 4) {
      return { element: el, headingElement: heading, heading: textOf(heading) };
    }
  }
  return null;
}

/** Short texts beside a heading (its badges: "Paid", "Unfulfilled", "Canceled"). */
export function badgesNear(heading: Element): string[] {
  return shortTextsIn(heading.parentElement ?? heading);
}

/** The first few short texts in a block, one per text node (badges, status words). */
export function shortTextsIn(around: Element): string[] {
  const out: string[] = [];
  const walker = around.ownerDocument.createTreeWalker(around, SHOW_TEXT);
  for (let t = walker.nextNode(); t && out.length < 12; t = walker.nextNode()) {
    const text = collapseWhitespace((t as Text).data);
    if (text && text.length <= 30) out.push(text);
  }
  return out;
}

/** The first date-time in the few texts after the page title ("Nov 3, 2026 at 2:15 pm from Online Store"). */
export function dateAfter(title: Element, now: Date): DateTimeParts | null {
  const doc = title.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  walker.currentNode = lastDescendant(title);
  for (let t = walker.nextNode(), seen = 0; t && seen < 40; t = walker.nextNode(), seen++) {
    const text = collapseWhitespace((t as Text).data).replace(SUBTITLE_TAIL, '');
    if (!text || !/\d/.test(text)) continue;
    const parsed = parseRelativeDateTime(text, now);
    if (parsed) return parsed;
  }
  return null;
}

/** The block after a heading or label that reads exactly `pattern` ("Shipping address"). */
export function blockAfterHeading(root: Element, pattern: RegExp): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!pattern.test((t as Text).data)) continue;
    let labelNode: Node = t;
    const labelText = collapseWhitespace((t as Text).data);
    while (labelNode.parentElement && labelNode.parentElement !== root && collapseWhitespace(labelNode.parentElement.textContent ?? '') === labelText) {
      labelNode = labelNode.parentElement;
    }
    const next = nextElement(labelNode);
    if (next) return next;
  }
  return null;
}

/** The text after a label that reads exactly `pattern` (the payment card's "Total" → "€59,98 EUR"). */
export function valueAfterLabel(root: Element, pattern: RegExp): string | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!pattern.test((t as Text).data)) continue;
    const values = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
    values.currentNode = t;
    for (let v = values.nextNode(), seen = 0; v && seen < 6; v = values.nextNode(), seen++) {
      const text = collapseWhitespace((v as Text).data);
      if (text && /\d/.test(text)) return text;
    }
  }
  return undefined;
}

/** Address lines (one per block element or <br>), last first → the first that names a country. */
export function countryOfAddress(address: Element): string | null {
  for (const line of linesOf(address).slice(-3).reverse()) {
    const country = countryFromName(line) ?? countryFromName(line.split(/[,，]/).pop() ?? '');
    if (country) return country;
  }
  return null;
}

const BLOCK_TAGS = new Set(['div', 'p', 'li', 'address', 'dd', 'dt', 'td', 'tr', 'section']);

/** The lines a block shows: split at <br> and at block elements; links and buttons ("View map") skipped. */
function linesOf(block: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapseWhitespace(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).localName;
      if (tag === 'br') flush();
      else if (tag === 'a' || tag === 'button' || tag === 'script' || tag === 'style') continue;
      else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(block);
  flush();
  return lines;
}

export interface Field {
  label: Element;
  control: Element | null;
  value: string;
  /** The smallest block holding both the label and its control. */
  container: Element;
}

/** Form fields whose <label> reads `pattern` ("SKU (Stock Keeping Unit)", "Type"), with their values. */
export function labelledFields(root: Element, pattern: RegExp): Field[] {
  const fields: Field[] = [];
  for (const label of Array.from(root.getElementsByTagName('label'))) {
    if (!pattern.test(textOf(label))) continue;
    const forId = label.getAttribute('for');
    const control = (forId ? root.ownerDocument.getElementById(forId) : null) ?? label.querySelector('input, select, textarea');
    let container: Element = label;
    while (control && container.parentElement && !container.contains(control)) container = container.parentElement;
    const value = control ? controlValue(control) : textOf(nextElement(label));
    fields.push({ label, control, value, container: control ? container : (label.parentElement ?? label) });
  }
  return fields;
}

/** The product type: the "Product type" field, or "Type" inside the "Product organization" card. */
export function productTypeField(root: Element): Field | null {
  const organization = blockAfterHeading(root, BLOCK_PATTERNS.productOrganization);
  const card = organization?.parentElement ?? null;
  const scopes = card ? [card, root] : [root];
  for (const scope of scopes) {
    const fields = labelledFields(scope, BLOCK_PATTERNS.productType).filter((f) => scope === card || /product|产品|商品/i.test(textOf(f.label)));
    const field = fields.find((f) => f.value && !PLACEHOLDER.test(f.value));
    if (field) return field;
  }
  return null;
}

export function controlValue(control: Element): string {
  const value = (control as HTMLInputElement).value ?? control.getAttribute('value') ?? '';
  return collapseWhitespace(String(value));
}

export function textOf(el: Element | null | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

export function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** The element after a heading: its next element sibling, or its parent's. */
export function nextElement(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    let s = n.nextSibling;
    while (s && s.nodeType !== 1) s = s.nextSibling;
    if (s) return s as Element;
  }
  return null;
}
