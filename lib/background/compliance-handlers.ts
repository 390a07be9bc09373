/**
 * The Compliance view's messages (F9, F27). Edits are validated with the domain's plain-words
 * checks before they reach the store; after a certificate changes, the daily check runs again so
 * the toolbar badge is right at once.
 */
import { localIsoDate } from '../domain/demo';
import { validateCertificate, validateComplianceRule } from '../domain/compliance-registry';
import type { FieldProblem } from '../domain/issues';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

const wire = (problems: readonly FieldProblem[]) =>
  problems.map((p) => ({ path: p.path, message: p.message, ...(p.found !== undefined && { found: p.found }) }));

export function complianceHandlers(deps: BackgroundDeps) {
  /** A failed re-check must not turn a saved edit into an error: the next daily run repairs the badge. */
  const recheck = async () => {
    try {
      await deps.complianceCheck?.run();
    } catch (error) {
      console.warn('HelloWord: compliance check after an edit failed', error);
    }
  };

  return {
    async getComplianceWorkspace() {
      const store = await deps.store();
      const [skus, categories, rules, certificates, settings] = await Promise.all([
        store.listAllSkus(),
        store.listCategories(),
        store.listComplianceRules(),
        store.listCertificates(),
        store.getSettings(),
      ]);
      return {
        skus: skus.map(({ sku, title, model, categoryId, certificateIds }) => ({ sku, title, ...(model !== undefined && { model }), categoryId, certificateIds })),
        categories,
        rules,
        certificates,
        expiringWithinDays: settings.expiringWithinDays,
        today: localIsoDate(deps.now()),
      };
    },

    async saveCertificate({ certificate, previousId }) {
      const checked = validateCertificate(certificate);
      if (!checked.ok) return { ok: false as const, problems: wire(checked.problems) };
      const store = await deps.store();
      const cert = checked.value;
      if (previousId !== undefined && previousId !== cert.id) {
        return { ok: false as const, problems: [{ path: 'id', message: 'cannot be changed; add a new certificate instead' }] };
      }
      if (previousId === undefined && (await store.listCertificates()).some((c) => c.id === cert.id)) {
        return { ok: false as const, problems: [{ path: 'id', message: 'is already used by another certificate', found: JSON.stringify(cert.id) }] };
      }
      await store.putCertificate(cert);
      await recheck();
      return { ok: true as const, id: cert.id };
    },

    async deleteCertificate({ id }) {
      await (await deps.store()).deleteCertificate(id);
      await recheck();
      return { deleted: true };
    },

    async saveComplianceRule({ rule, previousId }) {
      const store = await deps.store();
      const categories = await store.listCategories();
      const checked = validateComplianceRule(rule, new Set(categories.map((c) => c.id)));
      if (!checked.ok) return { ok: false as const, problems: wire(checked.problems) };
      if (previousId !== undefined && previousId !== checked.value.id) {
        return { ok: false as const, problems: [{ path: 'id', message: 'cannot be changed; add a new rule instead' }] };
      }
      if (previousId === undefined && (await store.listComplianceRules()).some((r) => r.id === checked.value.id)) {
        return { ok: false as const, problems: [{ path: 'id', message: 'is already used by another rule', found: JSON.stringify(checked.value.id) }] };
      }
      await store.putComplianceRule(checked.value);
      return { ok: true as const, id: checked.value.id };
    },

    async deleteComplianceRule({ id }) {
      await (await deps.store()).deleteComplianceRule(id);
      return { deleted: true };
    },

    async runComplianceCheck({ today }) {
      if (!deps.complianceCheck) throw new Error('The certificate check is not available in this part of HelloWord.');
      return deps.complianceCheck.run({ today });
    },
  } satisfies Partial<Handlers>;
}
