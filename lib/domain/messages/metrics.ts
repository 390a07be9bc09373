/**
 * Classification metrics, shared by the quality test and the bench so both report the same
 * numbers: accuracy, per-class precision/recall/F1, macro-F1 and a confusion matrix.
 */

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** How many items truly are of this class. */
  support: number;
  /** How many items were predicted as this class. */
  predicted: number;
}

export interface Metrics<L extends string> {
  labels: readonly L[];
  total: number;
  correct: number;
  accuracy: number;
  /** Unweighted mean of the per-class F1 over the classes that occur (in truth or prediction). */
  macroF1: number;
  perClass: Record<L, ClassMetrics>;
  /** confusion[truth][predicted] = count. */
  confusion: Record<L, Record<L, number>>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Metrics of `pairs` (truth, predicted) over `labels`; labels outside the list are counted as misses. */
export function computeMetrics<L extends string>(labels: readonly L[], pairs: ReadonlyArray<{ truth: L; predicted: L }>): Metrics<L> {
  const confusion = Object.fromEntries(labels.map((t) => [t, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<L, Record<L, number>>;
  let correct = 0;
  for (const { truth, predicted } of pairs) {
    if (truth === predicted) correct++;
    const row = confusion[truth];
    if (row && predicted in row) row[predicted]++;
  }
  const perClass = {} as Record<L, ClassMetrics>;
  const f1s: number[] = [];
  for (const label of labels) {
    const tp = confusion[label][label];
    const support = labels.reduce((sum, p) => sum + confusion[label][p], 0);
    const predicted = labels.reduce((sum, t) => sum + confusion[t][label], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision, recall, f1, support, predicted };
    if (support > 0 || predicted > 0) f1s.push(f1);
  }
  return {
    labels,
    total: pairs.length,
    correct,
    accuracy: ratio(correct, pairs.length),
    macroF1: ratio(f1s.reduce((a, b) => a + b, 0), f1s.length),
    perClass,
    confusion,
  };
}

/** The confusion matrix as aligned text: rows = truth, columns = predicted. */
export function formatConfusion<L extends string>(metrics: Metrics<L>, abbreviate: (label: L) => string = (l) => l.slice(0, 6)): string {
  const width = Math.max(6, ...metrics.labels.map((l) => abbreviate(l).length)) + 1;
  const rowLabel = Math.max(...metrics.labels.map((l) => l.length)) + 1;
  const header = ' '.repeat(rowLabel) + metrics.labels.map((l) => abbreviate(l).padStart(width)).join('');
  const rows = metrics.labels.map((t) => t.padEnd(rowLabel) + metrics.labels.map((p) => String(metrics.confusion[t][p] || '·').padStart(width)).join(''));
  return [header, ...rows].join('\n');
}
