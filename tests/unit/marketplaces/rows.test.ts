import { describe, expect, it } from 'vitest';
import { innermostRowsHolding } from '@/lib/marketplaces/rows';

const ROW = 'tr, [role="row"]';
const LINK = 'a[href*="/order"]';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const ids = (rows: Element[]) => rows.map((row) => row.id);

describe('innermostRowsHolding (rows found from their links, not with :has())', () => {
  it('finds each row once, in document order, however many links it holds', () => {
    const doc = page(`<table><tbody>
      <tr id="r1"><td><a href="/orders/1">1</a></td><td><a href="/orders/1/print">print</a></td></tr>
      <tr id="plain"><td>no link</td></tr>
      <tr id="r2"><td><span><a href="/orders/2">2</a></span></td></tr>
    </tbody></table>
    <div role="row" id="r3"><a href="/order/3">3</a></div>`);
    expect(ids(innermostRowsHolding(doc, ROW, LINK))).toEqual(['r1', 'r2', 'r3']);
  });

  it('drops an outer layout row that holds order rows, even when it holds a link of its own', () => {
    const doc = page(`<table><tbody><tr id="layout"><td><a href="/orders/all">all orders</a>
      <table><tbody>
        <tr id="a"><td><a href="/orders/1">1</a></td></tr>
        <tr id="b"><td><a href="/orders/2">2</a></td></tr>
      </tbody></table>
      <a href="/orders/more">more</a></td></tr></tbody></table>`);
    expect(ids(innermostRowsHolding(doc, ROW, LINK))).toEqual(['a', 'b']);
  });

  it('drops a row that holds a found row through a row without a link', () => {
    const doc = page(`<div role="row" id="outer"><a href="/orders/x">x</a>
      <div role="row" id="middle"><div role="row" id="inner"><a href="/orders/1">1</a></div></div></div>`);
    expect(ids(innermostRowsHolding(doc, ROW, LINK))).toEqual(['inner']);
  });

  it('keeps to rows inside the root it is given', () => {
    const doc = page(`<table><tbody><tr id="around"><td><div id="root"><a href="/orders/1">1</a>
      <table><tbody><tr id="inside"><td><a href="/orders/2">2</a></td></tr></tbody></table></div></td></tr></tbody></table>`);
    const root = doc.getElementById('root')!;
    expect(ids(innermostRowsHolding(root, ROW, LINK))).toEqual(['inside']);
    expect(ids(innermostRowsHolding(doc, ROW, LINK))).toEqual(['inside']);
  });

  it('accepts links already found, and finds nothing without links or rows', () => {
    const doc = page(`<ul><li><a href="/orders/1">1</a></li></ul><table><tbody><tr id="r"><td><a href="/orders/2">2</a></td></tr></tbody></table>`);
    const links = Array.from(doc.querySelectorAll(LINK));
    expect(ids(innermostRowsHolding(doc, ROW, links))).toEqual(['r']);
    expect(innermostRowsHolding(doc, ROW, [])).toEqual([]);
    expect(innermostRowsHolding(doc, ROW, 'a[href*="/returns"]')).toEqual([]);
  });
});
