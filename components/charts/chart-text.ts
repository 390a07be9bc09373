/**
 * Shared by the hand-drawn SVG charts: how a number is read out. Charts never hold the only copy
 * of a figure; each one also states its numbers as text (aria-label and a table or legend).
 *
 * Why hand-drawn SVG rather than a library: the three charts the retrospective needs (sparkline,
 * Pareto bar, horizontal bars) are ≈ 4 kB minified / 2.4 kB gzip together, where a charting
 * library starts around 20 kB gzip (uPlot, canvas) and goes past 60–100 kB (Chart.js, Recharts).
 * Canvas charts are opaque to screen readers and to find-in-page; SVG + text is neither, prints
 * sharply, and the popup's first render stays inside its budget.
 */
export type Format = (value: number) => string;

export const plainNumber: Format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** 0.1234 → "12.3 %". */
export const percent: Format = (value) => `${(value * 100).toFixed(1)} %`;

/** Colour-blind-safe (Okabe–Ito order), in Pareto order; the folded tail is always grey. */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#e69f00'] as const;
export const OTHER_COLOUR = '#9aa3a3';

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
