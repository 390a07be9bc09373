/**
 * The retrospective's charts and helpers rendered with react-dom in happy-dom: every chart states
 * its numbers as text (aria-label, legend, table), the Pareto bar sorts and folds its reasons, the
 * dashboard's address round-trips its filters, and a damaged stored choice falls back to 30 days.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bars } from '@/components/charts/Bars';
import { ParetoBar } from '@/components/charts/ParetoBar';
import { Sparkline } from '@/components/charts/Sparkline';
import { parseRetroHash, retroHash, skuList } from '@/components/RetroDashboard';
import { customPeriodProblem } from '@/components/RetroParts';
import { bucketDays, casesPoints, loadChoice, rateText, saveChoice, whyText } from '@/components/retro-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});
const render = (element: React.ReactElement) => act(() => root.render(element));

describe('<Sparkline>', () => {
  it('names every point in its label and in a table', () => {
    render(<Sparkline label="Returns" points={[{ label: '2026-11-01', value: 3 }, { label: '2026-11-08', value: 0 }, { label: '2026-11-15', value: 5 }]} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Returns: 2026-11-01 3, 2026-11-08 0, 2026-11-15 5');
    expect([...container.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['2026-11-013', '2026-11-080', '2026-11-155']);
    expect(container.querySelector('path')!.getAttribute('d')).toMatch(/^M2\.0 [\d.]+L48\.0 22\.0L94\.0 2\.0$/);
  });

  it('an empty series says so instead of drawing a line', () => {
    render(<Sparkline label="Returns" points={[]} />);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Returns: —');
    expect(container.querySelector('path')).toBeNull();
  });
});

describe('<ParetoBar>', () => {
  it('sorts largest first, folds the tail into "other", and states count, share and running share', () => {
    const items = [
      { key: 'damaged', label: 'Damaged', count: 2 },
      { key: 'size_fit', label: 'Size', count: 6 },
      { key: 'defective', label: 'Defective', count: 1 },
      { key: 'other', label: 'Other', count: 1 },
      { key: 'zero', label: 'Zero', count: 0 },
    ];
    render(<ParetoBar items={items} label="Reasons" otherLabel="Others" limit={2} />);
    const legend = [...container.querySelectorAll('.chart-legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['Size 6 (60.0 % · Σ 60.0 %)', 'Damaged 2 (20.0 % · Σ 80.0 %)', 'Others 2 (20.0 % · Σ 100.0 %)']);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Reasons: Size 6 (60.0 %), Damaged 2 (20.0 %), Others 2 (20.0 %)');
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toEqual([60, 20, 20]);
  });

  it('legend entries become buttons for the drill-down, except the folded tail', () => {
    const picked: string[] = [];
    render(<ParetoBar items={[{ key: 'a', label: 'A', count: 3 }, { key: 'b', label: 'B', count: 1 }, { key: 'c', label: 'C', count: 1 }]} label="R" otherLabel="Others" limit={1} onSelect={(k) => picked.push(k)} />);
    const buttons = container.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    act(() => buttons[0]!.click());
    expect(picked).toEqual(['a']);
  });
});

describe('<Bars>', () => {
  it('is a table: label, bar, value as text; the scale can be fixed', () => {
    render(<Bars label="Rate" bars={[{ key: 'us', label: 'US', value: 0.25 }, { key: 'de', label: 'DE', value: 0.05 }]} max={0.5} format={(v) => `${v * 100} %`} />);
    expect(container.querySelector('caption')!.textContent).toBe('Rate');
    expect([...container.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('.chart-bar-value')!.textContent])).toEqual([
      ['US', '25 %'],
      ['DE', '5 %'],
    ]);
    expect([...container.querySelectorAll('rect:nth-child(2)')].map((r) => r.getAttribute('width'))).toEqual(['50', '10']);
  });
});

describe('retro helpers', () => {
  it('the dashboard address keeps the tab and filters, and ignores what it does not know', () => {
    const hash = retroHash('customer', { country: 'US', categoryId: 'cat-apparel', skus: 'A-1, B-2' });
    expect(hash).toBe('#retro/customer?country=US&category=cat-apparel&sku=A-1%2C+B-2');
    expect(parseRetroHash(hash)).toEqual({ tab: 'customer', filters: { country: 'US', categoryId: 'cat-apparel', skus: 'A-1, B-2' } });
    expect(parseRetroHash('#retro/nonsense?country=usa')).toEqual({ tab: 'product', filters: { country: '', categoryId: '', skus: '' } });
    expect(skuList(' A-1, B-2;A-1\nC-3 ')).toEqual(['A-1', 'B-2', 'C-3']);
  });

  it('a custom period is refused in plain words when it cannot be asked for', () => {
    expect(customPeriodProblem('', '2026-11-21')).toMatch(/first day/);
    expect(customPeriodProblem('2026-11-22', '2026-11-21')).toMatch(/start on or before/);
    expect(customPeriodProblem('2020-01-01', '2026-11-21')).toMatch(/at most 731 days/);
    expect(customPeriodProblem('2026-10-01', '2026-11-21')).toBeNull();
  });

  it('daily series become daily, weekly or 30-day points named by their first day', () => {
    expect([7, 14, 15, 90, 121].map(bucketDays)).toEqual([1, 1, 7, 7, 30]);
    const series = { from: '2026-11-01', units: new Array(15).fill(1), returns: [1, 0, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0, 0, 0, 4], exchanges: [0, 1, ...new Array(13).fill(0)] };
    expect(casesPoints(series)).toEqual([
      { label: '2026-11-01', value: 4 },
      { label: '2026-11-08', value: 2 },
      { label: '2026-11-15', value: 4 },
    ]);
    expect(casesPoints(series, 'returns').map((p) => p.value)).toEqual([3, 2, 4]);
  });

  it('a rate without sales says so; an action’s why is put in words', () => {
    expect(rateText({ numerator: 2, denominator: 0, rate: null })).toBe('no sales');
    expect(rateText({ numerator: 1, denominator: 8, rate: 0.125 })).toBe('12.5 %');
    expect(whyText({ code: 'retro_why_fix_size_chart', params: { reason: 'size_fit', share: 60 } })).toBe('Size / fit is 60 % of its returns this week');
    expect(whyText({ code: 'retro_why_delist', params: { rate: 42, threshold: 10 } })).toBe('30-day return rate 42 %, over three times the 10 % threshold');
  });

  it('the last period is remembered; a damaged one falls back to 30 days', () => {
    saveChoice({ period: { kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, marketplaces: ['ebay'] });
    expect(loadChoice()).toEqual({ period: { kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, marketplaces: ['ebay'] });
    localStorage.setItem('hw.retro.choice', '{"period":{"kind":"last","days":12}}');
    expect(loadChoice()).toEqual({ period: { kind: 'last', days: 30 }, marketplaces: [] });
    localStorage.setItem('hw.retro.choice', 'not json');
    expect(loadChoice().period).toEqual({ kind: 'last', days: 30 });
  });
});
