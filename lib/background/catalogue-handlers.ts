/** The catalogue editor's messages (F8, F26): see lib/messaging/catalogue-protocol.ts. */
import { WorkspaceValidationError } from '../db/store';
import { loadDefaultHsNomenclature } from '../domain/defaults';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './handlers';

/** A refused write as the form shows it: the problems, each naming its field. */
function refused(error: unknown): { ok: false; errors: string[] } {
  if (error instanceof WorkspaceValidationError) return { ok: false, errors: error.problems };
  return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
}

async function attempt(work: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}

export function catalogueHandlers(deps: BackgroundDeps) {
  return {
    async loadCatalogue() {
      const snapshot = await (await deps.store()).readCatalogue();
      return { ...snapshot, suppliers: snapshot.suppliers.map((s) => ({ id: s.id, name: s.name })) };
    },

    async saveCategory({ category, isNew }) {
      return attempt(async () => {
        const store = await deps.store();
        const id = typeof category === 'object' && category !== null ? (category as { id?: unknown }).id : undefined;
        const existing = typeof id === 'string' ? (await store.listCategories()).find((c) => c.id === id) : undefined;
        if (isNew && existing) throw new Error(`A category with the id ${JSON.stringify(id)} already exists (${existing.name}); reload the page and try again.`);
        if (!isNew && typeof id === 'string' && !existing) throw new Error(`The category ${JSON.stringify(id)} no longer exists (deleted in another tab?); reload the page.`);
        return store.putCategory(category);
      });
    },

    async moveCategory({ id, parentId }) {
      return attempt(async () => (await deps.store()).moveCategoryBranch(id, parentId));
    },

    async deleteCategoryNode({ id, strategy }) {
      return attempt(async () => (await deps.store()).deleteCategoryNode(id, strategy));
    },

    async saveRoleTag({ tag }) {
      return attempt(async () => (await deps.store()).putTag(tag));
    },

    async deleteRoleTag({ id }) {
      const skusUpdated = await (await deps.store()).deleteTagEverywhere(id);
      return { deleted: true, skusUpdated };
    },

    async describeHsCode({ code }) {
      const digits = code.replace(/\D/g, '');
      const hs = await loadDefaultHsNomenclature();
      const valid = digits.length === 6 ? hs.isValidHs6(digits) : hs.isValidNationalCode(digits);
      const found = /^(\d{6}|\d{8,10})$/.test(digits) ? hs.describe(digits) : undefined;
      return {
        valid,
        ...(found && { description: found.description }),
        ...(found?.heading && { heading: found.heading }),
        ...(found?.chapter && { chapter: found.chapter }),
      };
    },
  } satisfies Partial<Handlers>;
}
