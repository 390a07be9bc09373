/** F24: the reply clock as text ("5 h 12 min left", "overdue by 2 h 3 min"), kept current. */
import { formatDuration, SOON_MS, type ClockState } from '../../domain/reply-clock';
import { t } from '../../i18n/t';

export function clockState(remainingMs: number): ClockState {
  return remainingMs < 0 ? 'overdue' : remainingMs < SOON_MS ? 'soon' : 'ok';
}

export function clockText(remainingMs: number): string {
  const { days, hours, minutes } = formatDuration(remainingMs);
  const span = days > 0 ? t('duration_days_hours', [days, hours]) : hours > 0 ? t('duration_hours_minutes', [hours, minutes]) : t('duration_minutes', [minutes]);
  return remainingMs < 0 ? t('clock_overdue', [span]) : t('clock_left', [span]);
}

/** Updates `element` (and its host's data-state) now and every 30 s until `signal` aborts. */
export function keepClockCurrent(element: HTMLElement, host: HTMLElement, dueAt: string, signal: AbortSignal, now: () => number = Date.now): void {
  const due = Date.parse(dueAt);
  const paint = () => {
    const remaining = due - now();
    const state = clockState(remaining);
    element.className = `clock ${state}`;
    element.textContent = clockText(remaining);
    host.setAttribute('data-state', state);
    host.setAttribute('data-remaining-minutes', String(Math.trunc(remaining / 60_000)));
  };
  paint();
  const timer = setInterval(paint, 30_000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
