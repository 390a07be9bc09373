/**
 * The import worker (F15): parses a dropped file off the options page's thread. Wiring only: the
 * parsing is lib/import/run.ts. The page pulls one chunk at a time ('next'), so a slow background
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
  if (message.type === 'next' && events) {
    events.next().then(
      (step) => {
        if (!step.done) scope.postMessage(step.value);
      },
      (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }
};
