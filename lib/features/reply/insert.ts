/**
 * Putting text into a reply box so that the host app registers it (F6). Host apps keep the reply in
 * their own state — React-controlled textareas, Katal `kat-textarea` (the real textarea lives in
 * its shadow root), contenteditable editors — and only learn of a change through input events. The
 * browser's own editing command (`insertText`) fires exactly those events, goes on the undo stack
 * (Ctrl+Z takes the template out again) and keeps focus; where it is refused, the value is set
 * through the native setter and a composed `input` event is dispatched, which React's value
 * tracker and Katal's listeners both see.
 */

export type ReplyBoxKind = 'textarea' | 'kat-textarea' | 'contenteditable';

export interface ResolvedBox {
  kind: ReplyBoxKind;
  /** The element that holds the text and takes the caret. */
  editable: HTMLTextAreaElement | HTMLInputElement | HTMLElement;
}

export function resolveReplyBox(box: HTMLElement): ResolvedBox | null {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return { kind: 'textarea', editable: box };
  if (box.localName === 'kat-textarea') {
    const inner = box.shadowRoot?.querySelector('textarea') ?? box.querySelector('textarea');
    return inner ? { kind: 'kat-textarea', editable: inner } : null;
  }
  if (box.isContentEditable) return { kind: 'contenteditable', editable: box };
  const nested = box.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]');
  return nested && nested !== box ? resolveReplyBox(nested) : null;
}

/** The reply box's current text. */
export function readReplyText(box: HTMLElement): string {
  const resolved = resolveReplyBox(box);
  if (!resolved) return '';
  const { editable } = resolved;
  return editable instanceof HTMLTextAreaElement || editable instanceof HTMLInputElement ? editable.value : (editable.innerText ?? editable.textContent ?? '');
}

export interface InsertResult {
  kind: ReplyBoxKind;
  /** How the text went in: the editing command (undoable) or the setter fallback. */
  via: 'command' | 'setter';
}

/**
 * Inserts `text` at the caret, replacing the box's content when it holds only whitespace, then
 * selects `select` (offsets within `text`) so the agent types over the first part to personalise.
 */
export function insertReply(
  box: HTMLElement,
  text: string,
  select?: { start: number; end: number },
  { replace = false }: { replace?: boolean } = {},
): InsertResult | null {
  const resolved = resolveReplyBox(box);
  if (!resolved) return null;
  const { kind, editable } = resolved;
  editable.focus({ preventScroll: false });
  if (editable instanceof HTMLTextAreaElement || editable instanceof HTMLInputElement) {
    const blank = replace || editable.value.trim() === '';
    if (blank) editable.setSelectionRange(0, editable.value.length);
    const start = blank ? 0 : (editable.selectionStart ?? editable.value.length);
    let via: InsertResult['via'] = 'command';
    if (!execInsert(editable.ownerDocument, text) || !editable.value.includes(text)) {
      via = 'setter';
      const before = blank ? '' : editable.value.slice(0, start);
      const after = blank ? '' : editable.value.slice(editable.selectionEnd ?? start);
      setNativeValue(editable, before + text + after);
      editable.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
      editable.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    const at = select ?? { start: text.length, end: text.length };
    editable.setSelectionRange(start + at.start, start + at.end);
    return { kind, via };
  }
  // contenteditable
  const doc = editable.ownerDocument;
  const selection = doc.getSelection();
  if (replace || (editable.textContent ?? '').trim() === '' || !selection || !editable.contains(selection.anchorNode)) {
    const range = doc.createRange();
    range.selectNodeContents(editable);
    if (!replace && (editable.textContent ?? '').trim() !== '') range.collapse(false);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  let via: InsertResult['via'] = 'command';
  if (!execInsert(doc, text)) {
    via = 'setter';
    insertPlainText(editable, text);
    editable.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  }
  // Editors turn line breaks into blocks, so offsets do not survive: find the part by its text.
  if (select && select.end > select.start) selectText(editable, text.slice(select.start, select.end));
  return { kind, via };
}

function execInsert(doc: Document, text: string): boolean {
  try {
    // Deprecated in name only: it is still the one way to edit "as the user" (undo stack, events).
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** React tracks `value` through its own setter on the element: go through the prototype's. */
function setNativeValue(element: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/** Text nodes and line breaks at the caret, never HTML. */
function insertPlainText(editable: HTMLElement, text: string): void {
  const doc = editable.ownerDocument;
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  if (range && editable.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    range.insertNode(fragment);
  } else {
    editable.append(fragment);
  }
}

/** Selects the first occurrence of `needle` (within one text node) inside `root`. */
function selectText(root: HTMLElement, needle: string): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
}
