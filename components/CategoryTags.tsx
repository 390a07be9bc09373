import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useMemo } from 'react';
import { newTagId, tagUsage } from '@/lib/domain/category-tree';
import type { RoleTag, Sku } from '@/lib/domain/schemas';
import { localName, t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { skuCountText } from './CategoryTree';
import { guarded, refreshCatalogue } from './store';

/** F3/F8: role tags — the built-in traffic / profit / seasonal / long-tail and the seller's own. */
export function CategoryTags({ tags, skus, onShowSkus }: { tags: RoleTag[]; skus: readonly Sku[]; onShowSkus: (tagId: string) => void }) {
  useSignals();
  const usage = useMemo(() => tagUsage(skus), [skus]);
  const errors = useSignal<string[]>([]);
  const done = useSignal<string | null>(null);
  const adding = useSignal({ label: '', labelZh: '', color: '#0b7285' });
  const sorted = [...tags].sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.label.localeCompare(b.label));

  const save = async (tag: RoleTag, message: string) => {
    errors.value = [];
    const result = await guarded(() => sendMessage('saveRoleTag', { tag }));
    if (!result) return false;
    if (!result.ok) {
      errors.value = result.errors;
      return false;
    }
    done.value = message;
    await refreshCatalogue();
    return true;
  };

  return (
    <div className="card">
      <h3>{t('catalogue_tags_heading')}</h3>
      <p className="muted catalogue-hint">{t('catalogue_tags_help')}</p>
      {done.value && (
        <p role="status" className="notice ok" data-testid="tags-done">
          {done.value}
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="empty">{t('catalogue_tags_none')}</p>
      ) : (
        <table className="table catalogue-tags" data-testid="tags-table">
          <thead>
            <tr>
              <th scope="col">{t('catalogue_tag_colour')}</th>
              <th scope="col">{t('catalogue_name_en')}</th>
              <th scope="col">{t('catalogue_name_zh')}</th>
              <th scope="col">{t('catalogue_tag_used')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((tag) => (
              <TagRow
                key={tag.id + tag.label + (tag.labelZh ?? '') + tag.color}
                tag={tag}
                used={usage.get(tag.id) ?? 0}
                onSave={(next) => save(next, t('catalogue_tag_saved', [next.label]))}
                onShowSkus={() => onShowSkus(tag.id)}
                onDelete={async () => {
                  const used = usage.get(tag.id) ?? 0;
                  if (!confirm(t('catalogue_tag_delete_confirm', [localName(tag), used]))) return;
                  const result = await guarded(() => sendMessage('deleteRoleTag', { id: tag.id }));
                  if (!result) return;
                  done.value = t('catalogue_tag_deleted', [localName(tag), result.skusUpdated]);
                  await refreshCatalogue();
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="catalogue-inline-form"
        data-testid="tag-add-form"
        onSubmit={(event) => {
          event.preventDefault();
          const { label, labelZh, color } = adding.value;
          if (!label.trim()) return;
          const tag: RoleTag = { id: newTagId(label, new Set(tags.map((x) => x.id))), label: label.trim(), ...(labelZh.trim() && { labelZh: labelZh.trim() }), color, builtIn: false };
          void save(tag, t('catalogue_tag_added', [tag.label])).then((ok) => ok && (adding.value = { label: '', labelZh: '', color }));
        }}
      >
        <fieldset>
          <legend>{t('catalogue_tag_add')}</legend>
          <label>
            {t('catalogue_name_en')}
            <input name="tagLabel" value={adding.value.label} onChange={(event) => (adding.value = { ...adding.value, label: event.currentTarget.value })} required />
          </label>
          <label>
            {t('catalogue_name_zh')}
            <input name="tagLabelZh" value={adding.value.labelZh} onChange={(event) => (adding.value = { ...adding.value, labelZh: event.currentTarget.value })} />
          </label>
          <label>
            {t('catalogue_tag_colour')}
            <input type="color" name="tagColor" value={adding.value.color} onChange={(event) => (adding.value = { ...adding.value, color: event.currentTarget.value })} />
          </label>
          <button type="submit" className="primary" disabled={!adding.value.label.trim()}>
            {t('catalogue_tag_add')}
          </button>
        </fieldset>
      </form>
      {errors.value.length > 0 && (
        <div role="alert" className="notice error">
          {errors.value.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}

function TagRow({
  tag,
  used,
  onSave,
  onDelete,
  onShowSkus,
}: {
  tag: RoleTag;
  used: number;
  onSave: (tag: RoleTag) => Promise<boolean>;
  onDelete: () => Promise<void>;
  onShowSkus: () => void;
}) {
  useSignals();
  const draft = useSignal({ label: tag.label, labelZh: tag.labelZh ?? '', color: tag.color });
  const changed = draft.value.label !== tag.label || draft.value.labelZh !== (tag.labelZh ?? '') || draft.value.color.toLowerCase() !== tag.color.toLowerCase();
  const name = localName(tag);
  return (
    <tr data-tag={tag.id}>
      <td>
        <input
          type="color"
          aria-label={t('catalogue_tag_colour_of', [name])}
          value={draft.value.color}
          onChange={(event) => (draft.value = { ...draft.value, color: event.currentTarget.value })}
        />
      </td>
      <td>
        <input aria-label={t('catalogue_tag_label_of', [name])} value={draft.value.label} onChange={(event) => (draft.value = { ...draft.value, label: event.currentTarget.value })} />
        {tag.builtIn && <span className="catalogue-badge">{t('catalogue_tag_builtin')}</span>}
      </td>
      <td>
        <input
          aria-label={t('catalogue_tag_label_zh_of', [name])}
          value={draft.value.labelZh}
          onChange={(event) => (draft.value = { ...draft.value, labelZh: event.currentTarget.value })}
        />
      </td>
      <td>
        <button type="button" className="catalogue-linklike" onClick={onShowSkus} disabled={used === 0} data-testid="tag-usage">
          {skuCountText(used)}
        </button>
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={!changed || !draft.value.label.trim()}
          onClick={() => void onSave({ ...tag, label: draft.value.label.trim(), labelZh: draft.value.labelZh.trim() || undefined, color: draft.value.color })}
        >
          {t('save')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={tag.builtIn}
          title={tag.builtIn ? t('catalogue_tag_builtin_keep') : undefined}
          aria-label={t('catalogue_tag_delete', [name])}
          onClick={() => void onDelete()}
        >
          {t('delete')}
        </button>
      </td>
    </tr>
  );
}
