/**
 * Defers rendering until an element comes near the viewport. On a 2,000-row page only the rows a
 * seller can see (plus a screen or two ahead) pay for layout; the rest render as they scroll in,
 * before they are visible, so nothing jumps.
 */
import { forEachInSlices } from './schedule';

export class NearViewport {
  /** Observed element → the element it stands for (itself, or the row of a `display: contents` row's first cell). */
  private readonly pending = new Map<Element, Element>();
  private readonly observer: IntersectionObserver;
  private ready: Element[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = -Infinity;

  /**
   * `onNear` runs once for each watched element, when it comes within the margin of the viewport.
   * `minInterval`: work that becomes ready while scrolling is gathered and run at most this often.
   * Each run changes the host table once, and on a long table every change costs a full table
   * layout, so fewer, larger runs are far cheaper than one per row.
   */
  constructor(
    private readonly signal: AbortSignal,
    private readonly onNear: (element: Element) => void,
    { rootMargin = '200% 0px', minInterval = 400 }: { rootMargin?: string; minInterval?: number } = {},
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const target = entry.target;
          const element = this.pending.get(target);
          if (element === undefined) continue;
          if (!entry.isIntersecting) {
            // A row styled `display: contents` (CSS-grid tables) has no box and never intersects:
            // watch its first cell instead. The first report of every target says whether it has one.
            const rect = entry.boundingClientRect;
            if (rect.width !== 0 || rect.height !== 0) continue;
            const child = target.firstElementChild;
            if (child && !this.pending.has(child)) {
              this.observer.unobserve(target);
              this.pending.delete(target);
              this.pending.set(child, element);
              this.observer.observe(child);
            }
            continue;
          }
          this.observer.unobserve(target);
          this.pending.delete(target);
          this.ready.push(element);
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
    void forEachInSlices(work, this.onNear, this.signal);
  }

  /** Calls `onNear(element)` once `element` is within the margin of the viewport (on the next frame if it already is). */
  watch(element: Element): void {
    if (this.pending.has(element)) return;
    this.pending.set(element, element);
    this.observer.observe(element);
  }
}
