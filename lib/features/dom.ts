/**
 * A tiny element builder for injected UI. Strings always become text nodes: page and buyer text is
 * data, never markup, and nothing here can turn it into HTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props) {
    if (props.class) element.className = props.class;
    if (props.title) element.title = props.title;
    if (props.attrs) for (const [name, value] of Object.entries(props.attrs)) element.setAttribute(name, value);
    if (props.onClick) (element as HTMLElement).addEventListener('click', props.onClick);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}
