/**
 * Finding rows by what they hold, without `:has()`. `root.querySelectorAll('tr:has(a[href*="/order"])')`
 * makes the selector engine search the subtree of every row on the page (on a 2,000-row grid that
 * is 10–20 ms, once per alternative in the selector list). Going the other way — find the links,
 * then each link's nearest row — touches each link once.
 */

/**
 * The innermost elements matching `rowSelector` (inside `root`) that hold an element matching
 * `holding`, in document order: the same list as `root.querySelectorAll(`${row}:has(${holding})`)`
 * once every row holding another such row (an outer layout row) is dropped.
 */
export function innermostRowsHolding(root: ParentNode, rowSelector: string, holding: string | readonly Element[]): Element[] {
  const links = typeof holding === 'string' ? Array.from(root.querySelectorAll(holding)) : holding;
  const scoped = (root as Node).nodeType !== 9; // a Document holds every row; an element only its descendants
  const found = new Set<Element>();
  const rows: Element[] = [];
  for (const link of links) {
    const row = link.closest(rowSelector);
    if (!row || found.has(row)) continue;
    if (scoped && (row === (root as Node) || !(root as Node).contains(row))) continue;
    found.add(row);
    rows.push(row);
  }
  if (rows.length < 2) return rows;
  // A row that holds another found row (a link of its own beside a nested grid) is a layout row.
  let outer: Set<Element> | undefined;
  for (const row of rows) {
    for (let up = row.parentElement?.closest(rowSelector); up; up = up.parentElement?.closest(rowSelector)) {
      if (found.has(up)) (outer ??= new Set()).add(up);
    }
  }
  // Rows left do not nest, so the order of their first link is document order.
  return outer ? rows.filter((row) => !outer.has(row)) : rows;
}
