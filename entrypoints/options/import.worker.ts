/**
 * The import worker (F15): parses a dropped file off the options page's thread. Wiring only: the
 * parsing is lib/import/run.ts. The page pulls one slice of a chunk at a time ('next'), so a slow background
 * (it stores each chunk before asking for the next) holds the parser back instead of piling up
 * batches in memory.
 */
import { detectReport, isZip } from '@/lib/import/detect';
import { importFile, type ImportBatch, type ImportEvent, type ImportSummary } from '@/lib/import/run';

export type ToImportWorker = { type: 'start'; name: string; bytes: ArrayBuffer } | { type: 'next' };

export type FromImportWorker =
  /** What the file looks like, from its first chunk, before anything is stored. */
  | { type: 'detected'; label: string; notes: string[]; problem?: string }
  | { type: 'batch'; batch: ImportBatch; done: number; total: number }
  | { type: 'summary'; summary: ImportSummary }
  | { type: 'error'; message: string };

const scope = self as unknown as { postMessage(message: FromImportWorker): void; onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null };
let events: AsyncGenerator<ImportEvent, void, undefined> | undefined;

/**
 * Records per message to the page: a 1 MiB chunk is ~5,000 rows, and receiving, checking and
 * forwarding that many at once is one task of 100–200 ms on the page's thread; slices of this
 * size keep each under the 50 ms of a long task.
 */
const SLICE = 1000;
let pending: FromImportWorker[] = [];
/** Bytes done at the end of the previous chunk, where the current chunk's progress starts. */
let lastDone = 0;

/** One chunk's batch as messages of at most SLICE records each, progress spread over them. */
function slices(event: Extract<ImportEvent, { type: 'batch' }>, from: number): FromImportWorker[] {
  const { batch, done, total } = event;
  const kinds = ['orders', 'cases', 'skus', 'suppliers'] as const;
  const size = kinds.reduce((sum, kind) => sum + batch[kind].length, 0);
  if (size <= SLICE) return [event];
  const out: FromImportWorker[] = [];
  let sent = 0;
  for (const kind of kinds) {
    for (let i = 0; i < batch[kind].length; i += SLICE) {
      const part: ImportBatch = { orders: [], cases: [], skus: [], suppliers: [], skipped: out.length === 0 ? batch.skipped : [] };
      (part[kind] as unknown[]) = batch[kind].slice(i, i + SLICE);
      sent += part[kind].length;
      out.push({ type: 'batch', batch: part, done: Math.round(from + ((done - from) * sent) / size), total });
    }
  }
  return out;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') {
    const input = { name: message.name, bytes: new Uint8Array(message.bytes) };
    if (isZip(input.bytes)) {
      scope.postMessage({ type: 'detected', label: 'Excel workbook (.xlsx)', notes: [] });
    } else {
      const detection = detectReport(input);
      scope.postMessage(
        detection.ok
          ? { type: 'detected', label: detection.label, notes: detection.notes }
          : { type: 'detected', label: '', notes: detection.notes, problem: detection.problem },
      );
    }
    events = importFile(input);
    pending = [];
    lastDone = 0;
    return;
  }
  if (message.type === 'next' && pending.length > 0) {
    scope.postMessage(pending.shift()!);
    return;
  }
  if (message.type === 'next' && events) {
    events.next().then(
      (step) => {
        if (step.done) return;
        if (step.value.type !== 'batch') return scope.postMessage(step.value);
        pending = slices(step.value, lastDone);
        lastDone = step.value.done;
        scope.postMessage(pending.shift()!);
      },
      (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }
};
