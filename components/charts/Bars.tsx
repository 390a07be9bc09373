import { colourAt, plainNumber, type Format } from './chart-text';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the value, e.g. "12 of 240". */
  note?: string;
}

/**
 * Simple horizontal bars drawn with SVG rects, each row a real table row: label, bar, value as
 * text. The table is the chart, so screen readers, copy/paste and print all see the numbers.
 * `max` fixes the scale (e.g. 1 for rates) so two charts side by side compare honestly.
 */
export function Bars({
  bars,
  label,
  format = plainNumber,
  max,
  onSelect,
  colour = colourAt(0),
}: {
  bars: readonly Bar[];
  label: string;
  format?: Format;
  max?: number;
  onSelect?: (key: string) => void;
  colour?: string;
}) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value));
  return (
    <table className="chart-bars" data-chart="bars">
      <caption className="sr-only">{label}</caption>
      <tbody>
        {bars.map((bar) => {
          const width = top > 0 ? Math.max(0, Math.min(1, bar.value / top)) * 100 : 0;
          return (
            <tr key={bar.key} data-key={bar.key}>
              <th scope="row">
                {onSelect ? (
                  <button type="button" className="chart-linklike" onClick={() => onSelect(bar.key)}>
                    {bar.label}
                  </button>
                ) : (
                  bar.label
                )}
              </th>
              <td className="chart-bar-cell" aria-hidden="true">
                <svg width="100%" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect x="0" y="0" width="100" height="10" fill="#eef0f0" />
                  <rect x="0" y="0" width={width} height="10" fill={colour} />
                </svg>
              </td>
              <td className="chart-bar-value" data-value={bar.value}>
                {format(bar.value)}
                {bar.note && <span className="muted"> {bar.note}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
