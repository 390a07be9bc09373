/**
 * The retrospective's (复盘, F16–F21) state shared by the popup and the dashboard: the chosen
 * period and marketplaces (remembered in this page's localStorage, parsed like any stored input),
 * answers kept per query so switching back to a period is instant, and the small text helpers
 * every retro view uses. Numbers come only from the background (lib/domain/retro).
 */
import { signal } from '@preact/signals-react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { formatMoney, t } from '@/lib/i18n/t';
import { Marketplace } from '@/lib/domain/vocabulary';
import {
  DrilldownRequest,
  RetroExportRequest,
  RetroPeriod,
  RetroSummary as RetroSummarySchema,
  RetroViewRequest,
  type ActionsView,
  type CostView,
  type CustomerView,
  type DailySeries,
  type DrilldownResult,
  type ProductView,
  type RetroAlerts,
  type RetroExportResult,
  type ServiceView,
  type LinkTarget,
  type Rate,
  type RetroFiltersInput,
  type RetroQueryInput,
  type RetroSummary,
} from '@/lib/domain/retro/model';
import { sendMessage } from '@/lib/messaging/page-client';
import type { SparkPoint } from './charts/Sparkline';

export const MARKETPLACES = Marketplace.options;

// ── The chosen period and marketplaces ─────────────────────────────────────────────────────

const STORAGE_KEY = 'hw.retro.choice';
const StoredChoice = z.object({
  period: RetroPeriod,
  marketplaces: z.array(Marketplace).default([]),
});
export type RetroChoice = z.infer<typeof StoredChoice>;

const DEFAULT_CHOICE: RetroChoice = { period: { kind: 'last', days: 30 }, marketplaces: [] };

/** The last choice, or 30 days over every marketplace when none (or a damaged one) is stored. */
export function loadChoice(): RetroChoice {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_CHOICE;
    const parsed = StoredChoice.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_CHOICE;
  } catch {
    return DEFAULT_CHOICE;
  }
}

export function saveChoice(choice: RetroChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Storage full or blocked: the choice simply is not remembered.
  }
}

export const retroChoice = signal<RetroChoice>(loadChoice());

export function choose(patch: Partial<RetroChoice>): void {
  retroChoice.value = { ...retroChoice.value, ...patch };
  saveChoice(retroChoice.value);
}

export function queryOf(choice: RetroChoice, filters: Omit<RetroFiltersInput, 'marketplaces'> = {}): RetroQueryInput {
  return { period: choice.period, filters: { ...filters, marketplaces: choice.marketplaces } };
}

export const queryKey = (query: unknown) => JSON.stringify(query);

// ── The popup's summary, one answer per query kept ─────────────────────────────────────────

export const summary = signal<RetroSummary | null>(null);
/** The query the shown summary answers (a newer one may be on its way). */
export const summaryKey = signal('');
export const summaryError = signal<string | null>(null);
const summaries = new Map<string, Promise<RetroSummary>>();

function fetchSummary(query: RetroQueryInput): Promise<RetroSummary> {
  const key = queryKey(query);
  let pending = summaries.get(key);
  if (!pending) {
    pending = sendRetro('retroSummary', query);
    summaries.set(key, pending);
    pending.catch(() => summaries.delete(key));
  }
  return pending;
}

// The last answer is kept in this page's localStorage, so the next popup shows numbers in its first
// frame (marked as updating) while the fresh answer is on its way. Parsed like any stored input.
const LAST_SUMMARY_KEY = 'hw.retro.lastSummary';
const StoredSummary = z.object({ key: z.string(), at: z.string(), summary: RetroSummarySchema });

/** The kept answer to `query`, when there is one and it is intact. */
export function keptSummary(query: RetroQueryInput): { at: string; summary: RetroSummary } | null {
  try {
    const raw = localStorage.getItem(LAST_SUMMARY_KEY);
    if (!raw) return null;
    const parsed = StoredSummary.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.key === queryKey(query) ? parsed.data : null;
  } catch {
    return null;
  }
}

function keepSummary(key: string, result: RetroSummary): void {
  try {
    localStorage.setItem(LAST_SUMMARY_KEY, JSON.stringify({ key, at: new Date().toISOString(), summary: result }));
  } catch {
    // Storage full or blocked: the next popup waits for the answer.
  }
}

/** When the summary on screen is the kept one (ISO time it was computed), else null. */
export const summaryKeptAt = signal<string | null>(null);

/** Before the first answer: the kept one, if it answers the same query. */
export function showKeptSummary(query: RetroQueryInput): boolean {
  if (summary.value) return false;
  const kept = keptSummary(query);
  if (!kept) return false;
  summary.value = kept.summary;
  summaryKeptAt.value = kept.at;
  return true;
}

let firstShown: () => void = () => undefined;
/** Settles once the first summary (fresh or failed) is on its way to the screen. */
export const firstSummarySettled = new Promise<void>((resolve) => (firstShown = resolve));

let newestSummary = '';
/** Shows the summary of `query`; an older answer arriving late never replaces a newer one. */
export async function loadSummary(query: RetroQueryInput): Promise<void> {
  const key = queryKey(query);
  newestSummary = key;
  try {
    const result = await fetchSummary(query);
    if (newestSummary !== key) return;
    summaryError.value = null;
    summary.value = result;
    summaryKeptAt.value = null;
    summaryKey.value = key;
    keepSummary(key, result);
  } catch (error) {
    if (newestSummary === key) summaryError.value = error instanceof Error ? error.message : String(error);
  } finally {
    firstShown();
  }
}

/**
 * Asks for the other preset periods once the first is shown, so switching period costs no round
 * trip. One at a time: the background answers the popup's own requests between them.
 */
export async function prefetchPresets(choice: RetroChoice): Promise<void> {
  for (const days of [7, 30, 90] as const) {
    const query = queryOf({ ...choice, period: { kind: 'last', days } });
    if (!summaries.has(queryKey(query))) await fetchSummary(query).catch(() => undefined);
  }
}

/** After an import or a restore the kept answers are stale. */
export function forgetSummaries(): void {
  summaries.clear();
}

// ── Text ───────────────────────────────────────────────────────────────────────────────────

/** Enum values by their translated name, or as they are when no translation exists. */
export function named(prefix: string, value: string): string {
  const text = t(`${prefix}${value}`);
  return text === `${prefix}${value}` ? value : text;
}

export const reasonName = (reason: string) => named('reason_', reason);
/** Message names allow only letters, digits and "_": "north-america" → retro_region_north_america. */
export const regionName = (region: string) => named('retro_region_', region.replace(/-/g, '_'));
export const marketplaceName = (marketplace: string) => named('marketplace_', marketplace);

/** 0.1234 → "12.3 %". */
export function percentText(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** A rate as a seller reads it: "12.3 %", or `empty` ("no sales") when there is nothing to divide by. */
export function rateText(rate: Rate, empty = t('retro_no_sales')): string {
  return rate.rate === null ? empty : percentText(rate.rate);
}

/** "5 of 40" — what a rate was computed from. */
export function rateBasis(rate: Rate): string {
  return t('retro_rate_basis', [formatCount(rate.numerator), formatCount(rate.denominator)]);
}

export function formatCount(value: number): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Hours as "36 h" up to two days, then "3.2 d". */
export function hoursText(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 48) return t('retro_hours', [hours < 10 ? hours.toFixed(1) : String(Math.round(hours))]);
  return t('retro_days', [(hours / 24).toFixed(1)]);
}

export const money = formatMoney;

/** "2026-10-23 – 2026-11-21 (30 days)". */
export function periodText(period: { from: string; to: string; days: number }): string {
  return t('retro_period_range', [period.from, period.to, period.days]);
}

// ── Series → sparkline points ──────────────────────────────────────────────────────────────

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days per point: daily up to two weeks, weekly up to four months, then 30-day steps. */
export function bucketDays(length: number): number {
  return length <= 14 ? 1 : length <= 120 ? 7 : 30;
}

/** Returns (and exchanges) per day/week, each point named by its first day. */
export function casesPoints(series: DailySeries, what: 'returns' | 'exchanges' | 'both' = 'both'): SparkPoint[] {
  const step = bucketDays(series.returns.length);
  const points: SparkPoint[] = [];
  for (let start = 0; start < series.returns.length; start += step) {
    let value = 0;
    for (let i = start; i < Math.min(start + step, series.returns.length); i++) {
      if (what !== 'exchanges') value += series.returns[i] ?? 0;
      if (what !== 'returns') value += series.exchanges[i] ?? 0;
    }
    points.push({ label: addDays(series.from, start), value });
  }
  return points;
}

// ── Links into the dashboard ───────────────────────────────────────────────────────────────

export function dashboardHref(link: LinkTarget | string): string {
  return `${browser.runtime.getURL('/options.html')}${link.startsWith('#') ? link : `#${link}`}`;
}

/** From the popup: a new tab with the dashboard at `link`, then the popup closes as toolbar popups do. */
export function openFromPopup(link: LinkTarget | string): void {
  void browser.tabs.create({ url: dashboardHref(link) });
  window.close();
}

// ── The full views, one answer per request kept ────────────────────────────────────────────

type ViewRequest = z.input<typeof RetroViewRequest>;
/** What each retro message takes and gives (lib/messaging/retro-protocol.ts). */
export interface RetroMessages {
  retroSummary: { request: RetroQueryInput; response: RetroSummary };
  retroProducts: { request: ViewRequest; response: ProductView };
  retroCustomers: { request: ViewRequest; response: CustomerView };
  retroService: { request: RetroQueryInput; response: ServiceView };
  retroCosts: { request: RetroQueryInput; response: CostView };
  retroActions: { request: RetroQueryInput; response: ActionsView };
  retroAlerts: { request: RetroQueryInput; response: RetroAlerts };
  retroDrilldown: { request: z.input<typeof DrilldownRequest>; response: DrilldownResult };
  retroExport: { request: z.input<typeof RetroExportRequest>; response: RetroExportResult };
}

/** The protocol client (which parses request and answer with the retro schemas), typed by the contract. */
export function sendRetro<N extends keyof RetroMessages>(name: N, request: RetroMessages[N]['request']): Promise<RetroMessages[N]['response']> {
  return (sendMessage as unknown as (name: string, payload: unknown) => Promise<RetroMessages[N]['response']>)(name, request);
}

type ViewName = Exclude<keyof RetroMessages, 'retroSummary' | 'retroDrilldown' | 'retroExport'>;
const views = new Map<string, Promise<unknown>>();

/** One view's answer for `request`; the same request asked twice is one round trip. */
export function fetchView<N extends ViewName>(name: N, request: RetroMessages[N]['request']): Promise<RetroMessages[N]['response']> {
  const key = `${name}\u0001${queryKey(request)}`;
  let pending = views.get(key) as Promise<RetroMessages[N]['response']> | undefined;
  if (!pending) {
    pending = sendRetro(name, request);
    views.set(key, pending);
    pending.catch(() => views.delete(key));
    if (views.size > 200) views.delete(views.keys().next().value!);
  }
  return pending;
}

export function forgetViews(): void {
  views.clear();
  summaries.clear();
}

/** An action's reason in words: the locale text for its code, else the reason and share it names. */
export function whyText(why: { code: string; params: Record<string, string | number> }): string {
  // Shares and rates arrive as whole percents; the text puts the "%" after them.
  const values = Object.entries(why.params).map(([name, value]) => (name === 'reason' && typeof value === 'string' ? reasonName(value) : value));
  for (const key of [`retro_why_${why.code}`, why.code]) {
    const text = t(key, values);
    if (text !== key) return text;
  }
  return values.join(' · ');
}
