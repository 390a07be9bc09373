import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { Category } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { CategoryMappingDraft } from '@/lib/messaging/content-protocol';
import { sendMessage } from '@/lib/messaging/page-client';
import { catalogue, guarded, refreshCatalogue } from './store';

/** A platform category handed over by a listing's "map" button arrives in the query string; parsed like any input. */
export function mappingDraftFromUrl(): CategoryMappingDraft | null {
  const params = new URLSearchParams(location.search);
  if (!params.has('mapValue')) return null;
  const draft = CategoryMappingDraft.safeParse({
    marketplace: params.get('mapMarketplace') ?? '',
    kind: params.get('mapKind') ?? '',
    value: params.get('mapValue') ?? '',
    label: params.get('mapLabel') ?? undefined,
  });
  return draft.success ? draft.data : null;
}

/** The central tree in reading order (parents before children), for a select with indentation. */
function inTreeOrder(categories: readonly Category[]): Category[] {
  const children = new Map<string | null, Category[]>();
  for (const c of categories) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: Category[] = [];
  const visit = (parent: string | null) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

/** F8: map one platform category onto the central category tree; every listing of it is then tagged. */
export function CategoryMappingPanel({ draft, onDone }: { draft: CategoryMappingDraft; onDone: () => void }) {
  useSignals();
  const choice = useSignal('');
  const saved = useSignal<string | null>(null);
  const categories = catalogue.value?.categories ?? [];
  const current = categories.find((c) =>
    c.platformMappings.some((m) => m.marketplace === draft.marketplace && m.kind === draft.kind && m.value.toLowerCase() === draft.value.toLowerCase()),
  );
  const shown = draft.label && draft.label !== draft.value ? `${draft.label} (${draft.value})` : draft.value;

  const save = async () => {
    if (!choice.value) return;
    const result = await guarded(() => sendMessage('mapPlatformCategory', { marketplace: draft.marketplace, kind: draft.kind, value: draft.value, categoryId: choice.value }));
    if (result?.category) {
      saved.value = localName(result.category);
      history.replaceState(null, '', location.pathname + location.hash);
      void refreshCatalogue();
    }
  };

  return (
    <section className="card" aria-labelledby="mapping-heading" data-testid="category-mapping-panel">
      <h2 id="mapping-heading">{t('mapping_heading')}</h2>
      <p>
        {t(`platform_category_${draft.marketplace}`)} <strong>{shown}</strong>
        {current && <span className="muted"> — {t('mapping_current', [localName(current)])}</span>}
      </p>
      {saved.value ? (
        <p role="status" className="notice ok" data-testid="mapping-saved">
          {t('mapping_saved', [shown, saved.value])}{' '}
          <button type="button" onClick={onDone}>
            {t('close')}
          </button>
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            {t('mapping_choose')}
            <select value={choice.value} onChange={(event) => (choice.value = event.currentTarget.value)} required>
              <option value="">—</option>
              {inTreeOrder(categories).map((c) => (
                <option key={c.id} value={c.id}>
                  {'\u00a0\u00a0'.repeat(c.level - 1)}
                  {localName(c)}
                </option>
              ))}
            </select>
          </label>
          <div className="row-actions">
            <button type="submit" className="primary" disabled={!choice.value}>
              {t('mapping_save')}
            </button>
            <button type="button" onClick={onDone}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
