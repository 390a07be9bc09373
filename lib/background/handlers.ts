/**
 * What the background does for each protocol message: reads and writes the workspace (IndexedDB,
 * via lib/db) and runs the pure domain logic. The store is reopened lazily: MV3 may stop the worker
 * at any moment, so nothing here lives only in memory.
 */
import { parseBackup } from '../domain/backup';
import { createAnnotator } from '../domain/annotate';
import { loadDefaultHsNomenclature } from '../domain/defaults';
import { caseFromMessage, caseFromReturnRow } from '../domain/cases';
import { createClassifier } from '../domain/messages/classify';
import type { Classification, SellerKeywords } from '../domain/messages/intents';
import { planReply, REASON_OF_INTENT } from '../domain/reply';
import { replyClock, replyDeadlineHours } from '../domain/reply-clock';
import { daysBetween, localIsoDate } from '../domain/demo';
import { WorkspaceValidationError, type WorkspaceStore } from '../db/store';
import { exportBackup, loadDemoWorkspace, restoreBackup } from '../db/backup';
import { packAnnotations } from '../messaging/annotations-wire';
import type { Handlers } from '../messaging/server';
import { answerLookup, lookupSnapshot } from '../domain/lookup';
import { catalogueHandlers } from './catalogue-handlers';
import { rulesHandlers } from './rules-handlers';
import { complianceHandlers } from './compliance-handlers';
import { suppliersHandlers } from './suppliers-handlers';
import { retroHandlers } from './retro-handlers';
import type { createComplianceChecker } from './compliance-check';
import { problemSentence, skuCodeProblems } from '../domain/sku-codes';

export interface BackgroundDeps {
  store: () => Promise<WorkspaceStore>;
  now: () => Date;
  /** The demo workspace file (public/demo/workspace.json). */
  fetchDemo: () => Promise<unknown>;
  /** Opens the options page with a query and hash. */
  openOptions: (query: string, hash: string) => Promise<void>;
  appVersion: string;
  /** The daily certificate check (compliance-check.ts); absent where no browser API is wired (tests). */
  complianceCheck?: ReturnType<typeof createComplianceChecker>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  // The classifier compiles the seller's keywords once; rebuilt when they change.
  let classifier: { keywords: string; classify: ReturnType<typeof createClassifier>['classify'] } | undefined;
  const classifierFor = (keywords: SellerKeywords) => {
    const key = JSON.stringify(keywords);
    if (classifier?.keywords !== key) classifier = { keywords: key, classify: createClassifier({ extraKeywords: keywords }).classify };
    return classifier.classify;
  };

  return {
    ...catalogueHandlers(deps),
    ...rulesHandlers(deps),
    ...complianceHandlers(deps),
    ...suppliersHandlers(deps),
    ...retroHandlers(deps),
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

    async suggestReplies({ thread, intent, language }) {
      const store = await deps.store();
      const now = deps.now();
      const [settings, templates] = await Promise.all([store.getSettings(), store.listReplyTemplates()]);
      const text = thread.buyerMessage?.trim() ?? '';
      const classification: Classification | null = text
        ? classifierFor(settings.classifierKeywords)(text, thread.languageHint ? { languageHint: thread.languageHint } : {})
        : null;
      const resolvedIntent = intent ?? classification?.intent ?? 'other';

      // The order the thread is about, annotated as on an order page; return-like intents also
      // run the seller's return rules, whose action and address fill the templates.
      let annotation;
      if (thread.sku || thread.orderId) {
        const reason = REASON_OF_INTENT[resolvedIntent];
        const [snapshot, hs] = await Promise.all([store.loadAnnotationSnapshot(thread.sku ? [thread.sku] : []), loadDefaultHsNomenclature()]);
        [annotation] = createAnnotator({ ...snapshot, hs, today: localIsoDate(now) }).annotate(
          {
            marketplace: thread.marketplace,
            page: reason ? 'returnDetail' : 'orderDetail',
            rows: [
              {
                key: thread.threadId ?? thread.orderId ?? 'thread',
                ...(thread.orderId && { orderId: thread.orderId }),
                ...(thread.sku && { sku: thread.sku }),
                ...(thread.productTitle && { title: thread.productTitle }),
                ...(thread.shipCountry && { shipCountry: thread.shipCountry }),
                ...(thread.orderValue && { lineValue: thread.orderValue, orderValue: thread.orderValue }),
                ...(reason && { returnReason: reason }),
              },
            ],
          },
          now.getTime(),
        );
      }
      const plan = planReply(thread, {
        classify: () => classification!,
        templates,
        settings,
        returnHint: annotation?.returnHint,
        intent,
        language,
      });
      const deadline = replyDeadlineHours(thread.marketplace, settings);
      const clock = thread.receivedAt ? replyClock(thread.receivedAt, now.getTime(), deadline.hours) : null;
      return {
        classification: classification && {
          intent: classification.intent,
          language: classification.language,
          confidence: classification.confidence,
          unsure: classification.unsure,
          ...(classification.secondary && { secondary: classification.secondary }),
          evidence: classification.evidence
            .filter((e) => e.weight > 0 || e.negated)
            .slice(0, 8)
            .map((e) => ({ intent: e.intent, phrase: e.phrase, ...(e.negated && { negated: true }) })),
        },
        intent: plan.intent,
        language: plan.language,
        suggestions: plan.suggestions.map((s) => ({
          templateId: s.templateId,
          name: s.name,
          ...(s.nameZh && { nameZh: s.nameZh }),
          intent: s.intent,
          language: s.language,
          fallback: s.fallback,
          text: s.rendered.text,
          personalise: s.rendered.personalise.map(({ start, end, hint }) => ({ start, end, hint })),
          missing: s.rendered.missing,
          firstCursor: s.rendered.firstCursor,
        })),
        ...(annotation && { annotation }),
        clock: clock && { ...clock, hours: deadline.hours, source: deadline.source },
      };
    },

    async recordMessageCase(request) {
      const store = await deps.store();
      const now = deps.now();
      const settings = await store.getSettings();
      const deadline = replyDeadlineHours(request.marketplace, settings);
      const clock = request.receivedAt ? replyClock(request.receivedAt, now.getTime(), deadline.hours) : null;
      const result = await store.putCases([caseFromMessage(request, now.toISOString(), clock?.dueAt)]);
      return { recorded: result.errors.length === 0 };
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
      await deps.complianceCheck?.run().catch(() => undefined); // F9: the badge follows the new certificates
      return { ok: true, counts: await store.counts() };
    },

    async loadDemoWorkspace() {
      const store = await deps.store();
      const result = await loadDemoWorkspace(store, await deps.fetchDemo(), deps.now());
      if (!result.ok) return result;
      await store.setMeta('demoLoadedAt', deps.now().toISOString());
      await deps.complianceCheck?.run().catch(() => undefined); // F9: the badge follows the new certificates
      return { ok: true, counts: await store.counts() };
    },

    async clearWorkspace() {
      await (await deps.store()).clearWorkspace();
      await deps.complianceCheck?.run().catch(() => undefined); // F9: the badge follows the new certificates
      return { cleared: true };
    },

    async saveSku({ sku }) {
      // F8/F26: HS codes are checked against the HS 2022 nomenclature, not only their shape.
      const codeErrors = skuCodeProblems(sku, await loadDefaultHsNomenclature()).map(problemSentence);
      const result = codeErrors.length > 0 ? { ok: false as const, errors: codeErrors } : await (await deps.store()).putSku(sku);
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },

    async deleteSku({ sku }) {
      await (await deps.store()).deleteSku(sku);
      return { deleted: true };
    },

    async listDutyRates() {
      return { dutyRates: await (await deps.store()).listDutyRates() };
    },

    async listReplyTemplates() {
      return { templates: await (await deps.store()).listReplyTemplates() };
    },

    async saveReplyTemplate({ template }) {
      try {
        await (await deps.store()).putReplyTemplate(template);
        return { ok: true };
      } catch (error) {
        if (error instanceof WorkspaceValidationError) return { ok: false, errors: error.problems };
        throw error;
      }
    },

    async deleteReplyTemplate({ id }) {
      await (await deps.store()).deleteReplyTemplate(id);
      return { deleted: true };
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

    // ── Popup look-up (F20) ──────────────────────────────────────────────────────────────────
    async lookup({ query }) {
      const store = await deps.store();
      const today = localIsoDate(deps.now());
      return answerLookup(query, {
        casesOfOrder: (orderId) => store.listCases({ orderId }),
        searchSkus: (text) => store.listSkus({ query: text }),
        snapshot: async (skus) => {
          const [snapshot, hs] = await Promise.all([store.loadAnnotationSnapshot(skus), loadDefaultHsNomenclature()]);
          return lookupSnapshot({ ...snapshot, hs, today });
        },
        allCases: () => store.listCases(),
        suppliers: () => store.listSuppliers(),
      });
    },
    // ── end popup look-up ───────────────────────────────────────────────────────────────────
  };
}
