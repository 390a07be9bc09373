/**
 * State shared by the popup and the options page, as signals. Every value comes from the
 * background over the validated protocol; nothing here touches IndexedDB.
 */
import { signal } from '@preact/signals-react';
import type { Settings } from '@/lib/domain/schemas';
import { sendMessage } from '@/lib/messaging/page-client';
import type { ResponseOf } from '@/lib/messaging/protocol';

export const overview = signal<ResponseOf<'getOverview'> | null>(null);
export const settings = signal<Settings | null>(null);
/** The whole catalogue (F8), loaded once per change; the catalogue view searches it in memory. */
export const catalogue = signal<ResponseOf<'loadCatalogue'> | null>(null);
export const catalogueQuery = signal('');
export const lastError = signal<string | null>(null);

/** Runs a request; a failure is shown in plain words by <LastError /> instead of being lost. */
export async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    lastError.value = null;
    return await work();
  } catch (error) {
    lastError.value = error instanceof Error ? error.message : String(error);
    return undefined;
  }
}

export const refreshOverview = () => guarded(async () => (overview.value = await sendMessage('getOverview', {})));
export const refreshSettings = () => guarded(async () => (settings.value = await sendMessage('getSettings', {})));
/** Replies may arrive out of order: only the newest request of each kind may write its signal. */
function latestOnly() {
  let newest = 0;
  return () => {
    const ticket = ++newest;
    return () => ticket === newest;
  };
}

const catalogueTicket = latestOnly();
export const refreshCatalogue = () =>
  guarded(async () => {
    const isNewest = catalogueTicket();
    const result = await sendMessage('loadCatalogue', {});
    if (isNewest()) catalogue.value = result;
  });

/** Settings being saved right now (the switches show "saving…" until the background confirms). */
export const settingsSaving = signal(0);
const settingsTicket = latestOnly();

/**
 * Optimistic: the switch flips at once and only the changed keys are sent (the background merges
 * feature switches key by key). If the save fails, the settings are read back from the background,
 * so the page never shows a state that is not stored.
 */
export const saveSettings = (patch: Partial<Settings>) => {
  const current = settings.value;
  if (current) settings.value = { ...current, ...patch, features: { ...current.features, ...patch.features } };
  const isNewest = settingsTicket();
  settingsSaving.value++;
  return guarded(async () => {
    try {
      const saved = await sendMessage('saveSettings', patch);
      if (isNewest()) settings.value = saved;
    } catch (error) {
      settings.value = await sendMessage('getSettings', {}).catch(() => current);
      throw error;
    } finally {
      settingsSaving.value--;
    }
  });
};

export async function refreshAll(): Promise<void> {
  // The catalogue (all SKUs) is loaded by the catalogue view when it opens, not by every view.
  await Promise.all([refreshOverview(), refreshSettings()]);
}

/** Reply templates in effect (F13): HelloWord's, each with the seller's edit where there is one, then the seller's own. */
export const replyTemplates = signal<ResponseOf<'listReplyTemplates'>['templates'] | null>(null);
const replyTemplatesTicket = latestOnly();
export const refreshReplyTemplates = () =>
  guarded(async () => {
    const isNewest = replyTemplatesTicket();
    const result = await sendMessage('listReplyTemplates', {});
    if (isNewest()) replyTemplates.value = result.templates;
  });

/** The popup's look-up (F20): the query as typed, and the answer to the newest query only. */
export const lookupQuery = signal('');
export const lookupResult = signal<ResponseOf<'lookup'> | null>(null);
export const lookupPending = signal(false);
const lookupTicket = latestOnly();
export const runLookup = (query: string) =>
  guarded(async () => {
    const isNewest = lookupTicket();
    lookupPending.value = true;
    try {
      const result = await sendMessage('lookup', { query });
      if (isNewest()) lookupResult.value = result;
    } finally {
      if (isNewest()) lookupPending.value = false;
    }
  });
