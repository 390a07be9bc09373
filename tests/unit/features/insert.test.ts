import { describe, expect, it } from 'vitest';
import { insertReply, readReplyText, resolveReplyBox } from '../../../lib/features/reply/insert';

const TEXT = 'Dear buyer,\n[✎ say sorry]\nBest regards';
const MARK = { start: 12, end: 25 };

describe('insertReply', () => {
  it('a React-style textarea: value set through the native setter, an input event the page sees, the mark selected', () => {
    document.body.innerHTML = '<textarea id="r"></textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    const seen: string[] = [];
    box.addEventListener('input', (event) => seen.push((event.target as HTMLTextAreaElement).value));
    const result = insertReply(box, TEXT, MARK);
    expect(result?.kind).toBe('textarea');
    expect(box.value).toBe(TEXT);
    expect(seen.at(-1)).toBe(TEXT);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('[✎ say sorry]');
    expect(document.activeElement).toBe(box);
  });

  it('inserts at the caret when the agent already wrote something', () => {
    document.body.innerHTML = '<textarea id="r">Hello! </textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    box.setSelectionRange(7, 7);
    insertReply(box, 'Thanks.');
    expect(box.value).toBe('Hello! Thanks.');
  });

  it('a Katal kat-textarea: the real textarea in its shadow root gets the text; the input event is composed', () => {
    document.body.innerHTML = '<kat-textarea id="k"></kat-textarea>';
    const host = document.getElementById('k')!;
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    const composedSeen: boolean[] = [];
    host.addEventListener('input', (event) => composedSeen.push(event.composed));
    expect(resolveReplyBox(host)?.kind).toBe('kat-textarea');
    insertReply(host, TEXT, MARK);
    expect(inner.value).toBe(TEXT);
    expect(readReplyText(host)).toBe(TEXT);
    expect(composedSeen).toContain(true);
  });

  it('a contenteditable editor: text nodes and line breaks, never markup', () => {
    document.body.innerHTML = '<div id="c" contenteditable="true"></div>';
    const box = document.getElementById('c')!;
    insertReply(box, 'Hi <b>there</b>\nSecond line');
    expect(box.querySelector('b')).toBeNull();
    expect(box.textContent).toBe('Hi <b>there</b>Second line');
    expect(box.querySelectorAll('br').length).toBe(1);
  });

  it('nothing to type into: null, nothing thrown', () => {
    document.body.innerHTML = '<div id="x"></div>';
    expect(insertReply(document.getElementById('x')!, TEXT)).toBeNull();
  });
});
