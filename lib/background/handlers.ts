/**
 * What the background does for each protocol message: reads and writes the workspace (IndexedDB,
 * via lib/db) and runs the pure domain logic. The store is reopened lazily: MV3 may stop the worker
 * at any moment, so nothing here lives only in memory.
 */
import { parseBackup } from '../domain/backup';
import { createAnnotator } from '../domain/annotate';
import { loadDefaultHsNomenclature } from '../domain/defaults';
import { caseFromReturnRow } from '../domain/cases';
import { daysBetween, localIsoDate } from '../domain/demo';
import { WorkspaceValidationError, type WorkspaceStore } from '../db/store';
import { exportBackup, loadDemoWorkspace, restoreBackup } from '../db/backup';
import { packAnnotations } from '../messaging/annotations-wire';
import type { Handlers } from '../messaging/server';

export interface BackgroundDeps {
  store: () => Promise<WorkspaceStore>;
  now: () => Date;
  /** The demo workspace file (public/demo/workspace.json). */
  fetchDemo: () => Promise<unknown>;
  /** Opens the options page with a query and hash. */
  openOptions: (query: string, hash: string) => Promise<void>;
  appVersion: string;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    async getSettings() {
      return (await deps.store()).getSettings();
    },

    async saveSettings(patch) {
      return (await deps.store()).saveSettings(patch);
    },

    async annotateRows(request) {
      const store = await deps.store();
      const skus = [...new Set(request.rows.flatMap((row) => (row.sku ? [row.sku] : [])))];
      const [snapshot, hs] = await Promise.all([store.loadAnnotationSnapshot(skus), loadDefaultHsNomenclature()]);
      const now = deps.now();
      const annotator = createAnnotator({ ...snapshot, hs, today: localIsoDate(now) });
      return packAnnotations(annotator.annotate(request, now.getTime()));
    },

    async recordReturnCases(request) {
      const store = await deps.store();
      const cases = request.rows.flatMap((row) => {
        const record = caseFromReturnRow(request.marketplace, row);
        return record ? [record] : [];
      });
      const result = await store.putCases(cases);
      return { recorded: result.added + result.updated };
    },

    async openCatalogueDraft(draft) {
      const query = new URLSearchParams({ sku: draft.sku, marketplace: draft.marketplace });
      if (draft.title) query.set('title', draft.title);
      if (draft.asin) query.set('asin', draft.asin);
      await deps.openOptions(query.toString(), 'catalogue');
      return { opened: true };
    },

    async mapPlatformCategory(mapping) {
      return { category: await (await deps.store()).mapPlatformCategory(mapping) };
    },

    async openCategoryMapping(draft) {
      const query = new URLSearchParams({ mapMarketplace: draft.marketplace, mapKind: draft.kind, mapValue: draft.value });
      if (draft.label) query.set('mapLabel', draft.label);
      await deps.openOptions(query.toString(), 'catalogue');
      return { opened: true };
    },

    async getOverview() {
      const store = await deps.store();
      const [counts, settings, certificates, skus, seededFrom, lastBackupAt] = await Promise.all([
        store.counts(),
        store.getSettings(),
        store.listCertificates(),
        store.listSkus({}),
        store.getMeta('demoLoadedAt'),
        store.getMeta('lastBackupAt'),
      ]);
      const today = localIsoDate(deps.now());
      const certificatesExpiring = certificates
        .filter((cert) => cert.expiresOn)
        .map((cert) => ({ id: cert.id, kind: cert.kind, number: cert.number, expiresOn: cert.expiresOn!, daysLeft: daysBetween(today, cert.expiresOn!) }))
        .filter((cert) => cert.daysLeft <= settings.expiringWithinDays)
        .sort((a, b) => a.daysLeft - b.daysLeft);
      return {
        counts,
        certificatesExpiring,
        skusWithoutHsCode: skus.filter((sku) => !sku.hsCode).length,
        demoLoaded: Boolean(seededFrom),
        lastBackupAt: lastBackupAt ?? null,
      };
    },

    async exportBackup() {
      const now = deps.now();
      const backup = await exportBackup(await deps.store(), now, { name: 'HelloWord', version: deps.appVersion });
      return { fileName: `helloword-backup-${localIsoDate(now)}.json`, json: JSON.stringify(backup, null, 2) };
    },

    async restoreBackup({ fileName, text }) {
      const parsed = parseBackup(text, fileName);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const store = await deps.store();
      await restoreBackup(store, parsed.backup);
      return { ok: true, counts: await store.counts() };
    },

    async loadDemoWorkspace() {
      const store = await deps.store();
      const result = await loadDemoWorkspace(store, await deps.fetchDemo(), deps.now());
      if (!result.ok) return result;
      await store.setMeta('demoLoadedAt', deps.now().toISOString());
      return { ok: true, counts: await store.counts() };
    },

    async clearWorkspace() {
      await (await deps.store()).clearWorkspace();
      return { cleared: true };
    },

    async listCatalogue({ query, limit }) {
      const store = await deps.store();
      const [all, categories, tags, certificates] = await Promise.all([
        store.listSkus({ query }),
        store.listCategories(),
        store.listTags(),
        store.listCertificates(),
      ]);
      return { skus: all.slice(0, limit), total: all.length, categories, tags, certificates };
    },

    async saveSku({ sku }) {
      const result = await (await deps.store()).putSku(sku);
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },

    async deleteSku({ sku }) {
      await (await deps.store()).deleteSku(sku);
      return { deleted: true };
    },

    async listDutyRates() {
      return { dutyRates: await (await deps.store()).listDutyRates() };
    },

    async saveDutyRate({ dutyRate }) {
      try {
        await (await deps.store()).putDutyRate(dutyRate);
        return { ok: true };
      } catch (error) {
        if (error instanceof WorkspaceValidationError) return { ok: false, errors: error.problems };
        throw error;
      }
    },

    async deleteDutyRate({ id }) {
      await (await deps.store()).deleteDutyRate(id);
      return { deleted: true };
    },
  };
}
