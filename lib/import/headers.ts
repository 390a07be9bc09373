/**
 * Column names as the reports print them differ by marketplace, by download vs on-screen export and
 * by age: "order-id" / "amazon-order-id" / "Order ID", "Fulfilment-centre-id" (Amazon .com.au),
 * "item price" (.es), "Sold For" / "Item Price" (eBay's newer export). Headers are compared after
 * `headerKey`, and each column the importers read lists every name it goes by.
 */

/** "Fulfilment-centre-id", "fulfillment_center_id", " Fulfillment Center ID " → "fulfillment-center-id". */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[()[\]]/g, ' ')
    .replace(/[\s_\-./:]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/fulfilment/g, 'fulfillment')
    .replace(/centre/g, 'center');
}

export type ColumnSpec<K extends string> = Readonly<Record<K, readonly string[]>>;
export type Columns<K extends string> = Readonly<Record<K, number>> & { readonly names: Readonly<Record<K, string>> };

/** Where each wanted column is in `header` (-1 when absent), and the name the file gives it. */
export function resolveColumns<K extends string>(header: readonly string[], spec: ColumnSpec<K>): Columns<K> {
  const keys = header.map(headerKey);
  const index = {} as Record<K, number>;
  const names = {} as Record<K, string>;
  for (const field of Object.keys(spec) as K[]) {
    const aliases = spec[field].map(headerKey);
    let at = -1;
    for (const alias of aliases) {
      at = keys.indexOf(alias);
      if (at >= 0) break;
    }
    index[field] = at;
    names[field] = at >= 0 ? (header[at] ?? '').replace(/^\uFEFF/, '').trim() : (spec[field][0] ?? field);
  }
  return Object.assign(index, { names });
}

/** The wanted columns the header lacks, by their usual name. */
export function missingColumns<K extends string>(columns: Columns<K>, required: readonly K[]): string[] {
  return required.filter((field) => columns[field] < 0).map((field) => columns.names[field]);
}

/** The trimmed cell at `index`, or '' when the column is absent or the row is short. */
export function cellAt(cells: readonly string[], index: number): string {
  if (index < 0) return '';
  const value = cells[index];
  return value === undefined ? '' : value.trim();
}
