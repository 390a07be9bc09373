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
export const catalogue = signal<ResponseOf<'listCatalogue'> | null>(null);
export const catalogueQuery = signal('');
export const lastError = signal<string | null>(null);

async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
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
export const refreshCatalogue = () =>
  guarded(async () => (catalogue.value = await sendMessage('listCatalogue', { query: catalogueQuery.value, limit: 200 })));

/** Optimistic: the switch flips at once; the background's answer (or the error) follows. */
export const saveSettings = (patch: Partial<Settings>) => {
  const previous = settings.value;
  if (previous) settings.value = { ...previous, ...patch };
  return guarded(async () => {
    try {
      settings.value = await sendMessage('saveSettings', patch);
    } catch (error) {
      settings.value = previous;
      throw error;
    }
  });
};

export async function refreshAll(): Promise<void> {
  await Promise.all([refreshOverview(), refreshSettings(), refreshCatalogue()]);
}
