/**
 * The import worker (F15): parses a dropped file and stores it, off the options page's thread.
 * Wiring only: parsing is lib/import/run.ts, storing is lib/import/store-batch.ts through the
 * workspace store, which this worker opens itself (an extension page's worker shares the
 * background's IndexedDB). Each chunk is stored before the next one is parsed, so memory stays
 * flat on a 50 MB file; the page only hears progress and the result.
 */
import { openWorkspace } from '@/lib/db/store';
import { detectReport, isZip } from '@/lib/import/detect';
import { importFile, type ImportEvent, type ImportSummary } from '@/lib/import/run';
import { addCounts, emptyResult, storeImportBatch, type ImportBatchResult } from '@/lib/import/store-batch';

export type ToImportWorker = { type: 'start'; name: string; bytes: ArrayBuffer } | { type: 'import' };

export type FromImportWorker =
  /** What the file looks like, from its first chunk, before anything is stored. */
  | { type: 'detected'; label: string; notes: string[]; problem?: string }
  /** After each stored chunk: bytes done of total, and the counts so far. */
  | { type: 'progress'; done: number; total: number; stored: ImportBatchResult }
  /** `storeMs`: of the whole import, the time spent storing (the rest is reading and parsing). */
  | { type: 'summary'; summary: ImportSummary; stored: ImportBatchResult; storeMs: number }
  | { type: 'error'; message: string; stored: ImportBatchResult };

const scope = self as unknown as { postMessage(message: FromImportWorker): void; onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null };
let events: AsyncGenerator<ImportEvent, void, undefined> | undefined;

/** Progress carries the counts only; the sentences of rejected records come once, with the result. */
const withoutErrors = (stored: ImportBatchResult): ImportBatchResult => {
  const copy = emptyResult();
  addCounts(copy, stored);
  for (const kind of Object.keys(copy) as (keyof ImportBatchResult)[]) copy[kind].errors = [];
  return copy;
};

async function run(source: AsyncGenerator<ImportEvent, void, undefined>): Promise<void> {
  const stored = emptyResult();
  let storeMs = 0;
  const store = await openWorkspace();
  try {
    for await (const event of source) {
      if (event.type === 'batch') {
        const started = performance.now();
        addCounts(stored, await storeImportBatch(store, event.batch));
        storeMs += performance.now() - started;
        scope.postMessage({ type: 'progress', done: event.done, total: event.total, stored: withoutErrors(stored) });
      } else {
        scope.postMessage({ type: 'summary', summary: event.summary, stored, storeMs });
      }
    }
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error), stored });
  } finally {
    await store.close();
  }
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
    return;
  }
  if (message.type === 'import' && events) {
    const source = events;
    events = undefined;
    run(source).catch((error: unknown) =>
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error), stored: emptyResult() }),
    );
  }
};
