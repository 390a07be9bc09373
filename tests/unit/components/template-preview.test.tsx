/**
 * The preview and the body editor rendered with react-dom in happy-dom (no testing library in the
 * project: plain DOM queries and React's act()).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateBodyEditor } from '@/components/TemplateBodyEditor';
import { TemplatePreview } from '@/components/TemplatePreview';

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
const kinds = () => [...container.querySelectorAll<HTMLElement>('[data-testid="tpl-preview"] [data-kind]')].map((el) => [el.dataset.kind, el.textContent]);

describe('<TemplatePreview>', () => {
  it('shows the sample order as text with values, notes and missing values highlighted', () => {
    render(<TemplatePreview body={'Hallo,\nBestellung {{orderId}} <b>{{trackingNumber}}</b>\n[[Entschuldigung]]'} language="de" sellerName="" agentName="" />);
    const preview = container.querySelector<HTMLElement>('[data-testid="tpl-preview"]')!;
    expect(preview.getAttribute('lang')).toBe('de');
    expect(preview.textContent).toBe('Hallo,\nBestellung 114-3941689-8772232 <b>1Z999AA10123456784</b>\n[✎ Entschuldigung]');
    expect(preview.querySelector('b')).toBeNull();
    expect(kinds()).toEqual([
      ['value', '114-3941689-8772232'],
      ['value', '1Z999AA10123456784'],
      ['personalise', '[✎ Entschuldigung]'],
    ]);

    const toggle = container.querySelector<HTMLInputElement>('[data-testid="tpl-show-missing"]')!;
    act(() => toggle.click());
    expect(kinds()).toContainEqual(['missing', '[✎ Sendungsnummer]']);
    expect(container.textContent).toContain('Buyer name');
  });
});

describe('<TemplateBodyEditor>', () => {
  it('shows each problem with its position and selects it on click', () => {
    let body = 'Hi {{ordrId}}';
    const onChange = (next: string) => (body = next);
    render(<TemplateBodyEditor id="b" body={body} onChange={onChange} />);
    const textarea = container.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const problem = container.querySelector<HTMLButtonElement>('[data-testid="tpl-problems"] button')!;
    expect(problem.textContent).toBe('Line 1, column 4: {{ordrId}} is not a variable templates can use. Did you mean {{orderId}}?');
    act(() => problem.click());
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([3, 13]);
  });

  it('inserts a variable from the menu at the cursor', () => {
    let body = 'Order  shipped';
    render(<TemplateBodyEditor id="b" body={body} onChange={(next) => (body = next)} />);
    const textarea = container.querySelector<HTMLTextAreaElement>('textarea')!;
    textarea.setSelectionRange(6, 6);
    act(() => container.querySelector<HTMLButtonElement>('[data-action="insert-variable"]')!.click());
    const item = container.querySelector<HTMLButtonElement>('[role="menuitem"][data-variable="orderId"]')!;
    expect(item.textContent).toContain('Order number');
    act(() => item.click());
    expect(body).toBe('Order {{orderId}} shipped');
    expect(container.querySelector('[role="menu"]')).toBeNull();
  });
});
