/**
 * Cooperative scheduling so annotating a long page never blocks the host page: work runs in slices
 * of a few milliseconds and yields to the browser between them (no long task).
 */
const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` for each item, yielding whenever a slice has used up its time. Stops when `signal` aborts. */
export async function forEachInSlices<T>(items: readonly T[], work: (item: T, index: number) => void, signal?: AbortSignal): Promise<void> {
  let sliceStart = performance.now();
  for (let index = 0; index < items.length; index++) {
    if (signal?.aborted) return;
    work(items[index] as T, index);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
