/**
 * Defers rendering until an element comes near the viewport. On a 2,000-row page only the rows a
 * seller can see (plus a screen or two ahead) pay for layout; the rest render as they scroll in,
 * before they are visible, so nothing jumps.
 */
import { forEachInSlices } from './schedule';

export class NearViewport {
  private readonly pending = new Map<Element, (() => void)[]>();
  private readonly observer: IntersectionObserver;
  private ready: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = -Infinity;

  /**
   * `minInterval`: work that becomes ready while scrolling is gathered and run at most this often.
   * Each run changes the host table once, and on a long table every change costs a full table
   * layout, so fewer, larger runs are far cheaper than one per row.
   */
  constructor(
    private readonly signal: AbortSignal,
    { rootMargin = '200% 0px', minInterval = 400 }: { rootMargin?: string; minInterval?: number } = {},
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) {
            // A row styled `display: contents` (CSS-grid tables) has no box and never intersects:
            // watch its first cell instead. The first report of every target says whether it has one.
            const rect = entry.boundingClientRect;
            const child = entry.target.firstElementChild;
            if (rect.width === 0 && rect.height === 0 && child && !this.pending.has(child) && this.pending.has(entry.target)) {
              this.observer.unobserve(entry.target);
              this.pending.set(child, this.pending.get(entry.target)!);
              this.pending.delete(entry.target);
              this.observer.observe(child);
            }
            continue;
          }
          this.observer.unobserve(entry.target);
          this.ready.push(...(this.pending.get(entry.target) ?? []));
          this.pending.delete(entry.target);
        }
        if (this.ready.length && this.timer === undefined) {
          this.timer = setTimeout(() => this.run(), Math.max(0, this.lastRun + minInterval - performance.now()));
        }
      },
      { rootMargin },
    );
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      this.pending.clear();
      clearTimeout(this.timer);
    });
  }

  private run(): void {
    this.timer = undefined;
    this.lastRun = performance.now();
    const work = this.ready;
    this.ready = [];
    void forEachInSlices(work, (item) => item(), this.signal);
  }

  /** Runs `work` once `element` is within the margin of the viewport (on the next frame if it already is). */
  whenNear(element: Element, work: () => void): void {
    const queued = this.pending.get(element);
    if (queued) {
      queued.push(work);
      return;
    }
    this.pending.set(element, [work]);
    this.observer.observe(element);
  }
}
