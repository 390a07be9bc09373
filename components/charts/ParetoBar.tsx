import { colourAt, OTHER_COLOUR, PALETTE, percent } from './chart-text';

export interface ParetoItem {
  key: string;
  label: string;
  count: number;
}

/**
 * Reasons as one horizontal bar split largest-first (a Pareto bar), with a legend that states
 * every count, share and running share as visible text, so the numbers need no hovering.
 * `onSelect` turns each legend entry into a button (drill-down to the cases behind it).
 */
export function ParetoBar({
  items,
  label,
  limit = 5,
  otherLabel,
  onSelect,
  compact = false,
}: {
  items: readonly ParetoItem[];
  label: string;
  /** Entries beyond this many are folded into `otherLabel`. */
  limit?: number;
  otherLabel: string;
  onSelect?: (key: string) => void;
  compact?: boolean;
}) {
  // No colour is used twice: beyond the palette, the rest is folded into "other".
  limit = Math.min(limit, PALETTE.length);
  const sorted = [...items].filter((i) => i.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const shown = sorted.slice(0, limit);
  const rest = sorted.slice(limit).reduce((sum, i) => sum + i.count, 0);
  const parts = rest > 0 ? [...shown, { key: '__other', label: otherLabel, count: rest }] : shown;
  const total = parts.reduce((sum, i) => sum + i.count, 0);
  let running = 0;
  const rows = parts.map((part, index) => {
    running += part.count;
    return { ...part, index, colour: part.key === '__other' ? OTHER_COLOUR : colourAt(index), share: total ? part.count / total : 0, cumulative: total ? running / total : 0 };
  });
  const spoken = `${label}: ${rows.map((r) => `${r.label} ${r.count} (${percent(r.share)})`).join(', ') || '—'}`;
  return (
    <figure className={compact ? 'chart-pareto compact' : 'chart-pareto'} data-chart="pareto">
      <svg role="img" aria-label={spoken} viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height={compact ? 8 : 12} focusable="false">
        <title>{spoken}</title>
        {total === 0 && <rect x="0" y="0" width="100" height="8" fill="#eef0f0" />}
        {rows.map((r) => (
          <rect key={r.key} x={(r.cumulative - r.share) * 100} y="0" width={r.share * 100} height="8" fill={r.colour} />
        ))}
      </svg>
      <figcaption className="sr-only">{label}</figcaption>
      <ol className="chart-legend">
        {rows.map((r) => {
          const body = (
            <>
              <span className="chart-swatch" style={{ background: r.colour }} aria-hidden="true" />
              <span className="chart-legend-label">{r.label}</span>{' '}
              <span className="chart-legend-value" data-value={r.count}>
                {r.count}
              </span>{' '}
              <span className="muted">({percent(r.share)}{compact ? '' : ` · Σ ${percent(r.cumulative)}`})</span>
            </>
          );
          return (
            <li key={r.key} data-key={r.key}>
              {onSelect && r.key !== '__other' ? (
                <button type="button" className="chart-linklike" onClick={() => onSelect(r.key)}>
                  {body}
                </button>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
