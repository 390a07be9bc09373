import { useId } from 'react';
import { plainNumber, type Format } from './chart-text';

export interface SparkPoint {
  /** What the point stands for, e.g. the week "2026-11-09". */
  label: string;
  value: number;
}

/**
 * A trend as a small hand-drawn SVG line (no chart library: 40 bytes of path beat 40 kB of
 * dependency). Screen readers get every point in the aria-label; sighted users get the same list
 * as a tooltip and, where `table` is on, as a visually hidden table for copy and find-in-page.
 */
export function Sparkline({
  points,
  label,
  format = plainNumber,
  width = 96,
  height = 24,
  table = true,
}: {
  points: readonly SparkPoint[];
  label: string;
  format?: Format;
  width?: number;
  height?: number;
  table?: boolean;
}) {
  const id = useId();
  const text = `${label}: ${points.length === 0 ? '—' : points.map((p) => `${p.label} ${format(p.value)}`).join(', ')}`;
  const max = Math.max(0, ...points.map((p) => p.value));
  const min = Math.min(0, ...points.map((p) => p.value));
  const span = max - min || 1;
  const pad = 2;
  const step = points.length > 1 ? (width - pad * 2) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [pad + i * step, height - pad - ((p.value - min) / span) * (height - pad * 2)] as const);
  const path = xy.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join('');
  const last = xy[xy.length - 1];
  return (
    <span className="chart-spark" data-chart="sparkline">
      <svg role="img" aria-label={text} width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
        <title>{text}</title>
        <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="#d5d9d9" strokeWidth="1" />
        {points.length > 1 && <path d={path} fill="none" stroke="#0072b2" strokeWidth="1.5" strokeLinejoin="round" />}
        {last && <circle cx={last[0]} cy={last[1]} r="2" fill="#0072b2" />}
      </svg>
      {table && points.length > 0 && (
        <table className="sr-only" aria-describedby={id}>
          <caption id={id}>{label}</caption>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>{format(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </span>
  );
}
