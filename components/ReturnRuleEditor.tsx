import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { createCatalogueIndex } from '@/lib/domain/catalogue';
import type { NameKind } from '@/lib/domain/rule-edit';
import { ReturnActionKind, ReturnReason, type ReturnCondition } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import type { RuleEditorData } from '@/lib/messaging/rules-protocol';
import { CONDITION_TYPES, RETURN_TARGETS, newCondition, parseCountryList, parseNumber, type ConditionType, type DraftRule } from './rules-model';

const APPROVALS = ['automatic', 'agent', 'supervisor'] as const;

interface Props {
  rule: DraftRule;
  data: RuleEditorData;
  nameOf: (kind: NameKind, id: string) => string;
  onChange: (rule: DraftRule) => void;
  onClose: () => void;
}

/** One rule's condition builder and action: every change goes straight into the draft list. */
export function ReturnRuleEditor({ rule, data, nameOf, onChange, onClose }: Props) {
  useSignals();
  const addType = useSignal<ConditionType>('reason');
  const currencies = data.caseCurrencies.map((c) => c.currency);
  const index = createCatalogueIndex(data.categories, data.tags);
  const categoryOptions = [...data.categories].sort((a, b) =>
    index.pathOf(a.id).map((c) => c.name).join('/') < index.pathOf(b.id).map((c) => c.name).join('/') ? -1 : 1,
  );
  const idBase = `rule-${rule.id}`;

  const setCondition = (i: number, condition: ReturnCondition) => onChange({ ...rule, conditions: rule.conditions.map((c, k) => (k === i ? condition : c)) });
  const removeCondition = (i: number) => onChange({ ...rule, conditions: rule.conditions.filter((_, k) => k !== i) });
  const setAction = (patch: Partial<DraftRule['action']>) => {
    const action = { ...rule.action, ...patch };
    if (action.kind !== 'exchange_with_coupon') delete action.couponPercent;
    else if (action.couponPercent === undefined) action.couponPercent = 10;
    onChange({ ...rule, action });
  };

  return (
    <div className="rules-editor" role="group" aria-label={t('rules_editor_label', [rule.name])} data-testid="rule-editor">
      <div className="grid">
        <label>
          {t('rules_name')}
          <input defaultValue={rule.name} key={`${rule.id}-name`} maxLength={300} onChange={(e) => onChange({ ...rule, name: e.currentTarget.value })} />
        </label>
        <label>
          {t('rules_name_zh')}
          <input
            defaultValue={rule.nameZh ?? ''}
            key={`${rule.id}-namezh`}
            maxLength={300}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              const next: DraftRule = { ...rule };
              if (value) next.nameZh = value;
              else delete next.nameZh;
              onChange(next);
            }}
          />
        </label>
      </div>

      <fieldset className="rules-conditions">
        <legend>{t('rules_conditions')}</legend>
        {rule.conditions.length === 0 && <p className="muted">{t('rules_catch_all_hint')}</p>}
        {rule.conditions.map((condition, i) => (
          <div className="rules-condition" key={`${rule.id}-${i}-${condition.type}`} data-condition-type={condition.type}>
            <span className="rules-condition-kind">{t(`rules_kind_${condition.type}`)}</span>
            <ConditionInput
              condition={condition}
              id={`${idBase}-c${i}`}
              currencies={currencies}
              categories={categoryOptions.map((c) => ({ id: c.id, label: `${'— '.repeat(c.level - 1)}${nameOf('category', c.id)}` }))}
              tags={data.tags.map((tag) => ({ id: tag.id, label: nameOf('tag', tag.id) }))}
              onChange={(c) => setCondition(i, c)}
            />
            <button type="button" className="danger" onClick={() => removeCondition(i)} aria-label={t('rules_remove_condition_label', [t(`rules_kind_${condition.type}`)])}>
              {t('rules_remove_condition')}
            </button>
          </div>
        ))}
        <div className="rules-add-condition">
          <label>
            {t('rules_add_condition_kind')}
            <select value={addType.value} onChange={(e) => (addType.value = e.currentTarget.value as ConditionType)}>
              {CONDITION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`rules_kind_${type}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...rule,
                conditions: [...rule.conditions, newCondition(addType.value, { currencies, firstCategory: categoryOptions[0]?.id, firstTag: data.tags[0]?.id })],
              })
            }
          >
            {t('rules_add_condition')}
          </button>
        </div>
      </fieldset>

      <fieldset className="rules-action">
        <legend>{t('rules_action_heading')}</legend>
        <div className="grid">
          <label>
            {t('rules_action_kind')}
            <select value={rule.action.kind} onChange={(e) => setAction({ kind: e.currentTarget.value as DraftRule['action']['kind'] })}>
              {ReturnActionKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`action_${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('rules_approval')}
            <select value={rule.action.approval} onChange={(e) => setAction({ approval: e.currentTarget.value as (typeof APPROVALS)[number] })}>
              {APPROVALS.map((a) => (
                <option key={a} value={a}>
                  {t(`approval_${a}`)}
                </option>
              ))}
            </select>
          </label>
          {rule.action.kind === 'exchange_with_coupon' && (
            <label>
              {t('rules_coupon_percent')}
              <input
                inputMode="decimal"
                key={`${rule.id}-coupon`}
                defaultValue={rule.action.couponPercent ?? ''}
                onChange={(e) => setAction({ couponPercent: parseNumber(e.currentTarget.value) ?? Number.NaN })}
              />
            </label>
          )}
          <label>
            {t('rules_return_to')}
            <select value={rule.action.returnTo} onChange={(e) => setAction({ returnTo: e.currentTarget.value })}>
              {RETURN_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {t(`rules_target_${target.replaceAll('-', '_')}`)}
                </option>
              ))}
              {data.warehouses.map((w) => (
                <option key={w.id} value={w.id}>
                  {t('rules_target_warehouse', [w.name, w.address.city, w.address.country])}
                </option>
              ))}
              {!RETURN_TARGETS.includes(rule.action.returnTo as (typeof RETURN_TARGETS)[number]) && !data.warehouses.some((w) => w.id === rule.action.returnTo) && (
                <option value={rule.action.returnTo}>{t('rules_target_missing', [rule.action.returnTo])}</option>
              )}
            </select>
          </label>
        </div>
        {rule.action.kind === 'refund_without_return' && rule.action.returnTo !== 'none' && <p className="muted">{t('rules_refund_keeps_item')}</p>}
        <p className="muted">
          <a href="#warehouses">{t('rules_manage_warehouses')}</a>
        </p>
      </fieldset>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('rules_close_editor')}
        </button>
      </div>
    </div>
  );
}

interface ConditionProps {
  condition: ReturnCondition;
  id: string;
  currencies: readonly string[];
  categories: readonly { id: string; label: string }[];
  tags: readonly { id: string; label: string }[];
  onChange: (condition: ReturnCondition) => void;
}

function ConditionInput({ condition, id, currencies, categories, tags, onChange }: ConditionProps) {
  useSignals();
  const countryProblem = useSignal<string[]>([]);
  const newCurrency = useSignal('');
  switch (condition.type) {
    case 'reason':
      return (
        <div className="rules-checks" role="group" aria-label={t('rules_kind_reason')}>
          {ReturnReason.options.map((reason) => (
            <label key={reason}>
              <input
                type="checkbox"
                checked={condition.anyOf.includes(reason)}
                onChange={(e) =>
                  onChange({ ...condition, anyOf: e.currentTarget.checked ? [...condition.anyOf, reason] : condition.anyOf.filter((r) => r !== reason) })
                }
              />
              {t(`reason_${reason}`)}
            </label>
          ))}
        </div>
      );
    case 'orderValueBelow':
    case 'orderValueAtLeast': {
      const shown = [...new Set([...currencies, ...Object.keys(condition.amounts)])];
      return (
        <div className="rules-amounts">
          {shown.map((currency) => (
            <label key={currency}>
              {t('rules_amount_in', [currency])}
              <input
                inputMode="decimal"
                data-currency={currency}
                defaultValue={condition.amounts[currency] ?? ''}
                placeholder={t('rules_amount_not_set')}
                onChange={(e) => {
                  const amounts = { ...condition.amounts };
                  const value = e.currentTarget.value.trim();
                  if (value === '') delete amounts[currency];
                  else amounts[currency] = parseNumber(value) ?? Number.NaN;
                  onChange({ ...condition, amounts });
                }}
              />
            </label>
          ))}
          <label>
            {t('rules_add_currency')}
            <input value={newCurrency.value} maxLength={3} placeholder="SEK" onChange={(e) => (newCurrency.value = e.currentTarget.value.toUpperCase())} />
          </label>
          <button
            type="button"
            disabled={!/^[A-Z]{3}$/.test(newCurrency.value) || newCurrency.value in condition.amounts}
            onClick={() => {
              onChange({ ...condition, amounts: { ...condition.amounts, [newCurrency.value]: newCurrency.value === 'JPY' ? 3000 : 20 } });
              newCurrency.value = '';
            }}
          >
            {t('rules_add_currency_button')}
          </button>
        </div>
      );
    }
    case 'category':
      return (
        <label>
          <span className="sr-only">{t('rules_kind_category')}</span>
          <select
            multiple
            size={Math.min(8, categories.length)}
            value={condition.anyOf}
            onChange={(e) => onChange({ ...condition, anyOf: [...e.currentTarget.selectedOptions].map((o) => o.value) })}
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <span className="muted rules-small">{t('rules_category_hint')}</span>
        </label>
      );
    case 'tag':
      return (
        <div className="rules-checks" role="group" aria-label={t('rules_kind_tag')}>
          {tags.length === 0 && <span className="muted">{t('rules_no_tags')}</span>}
          {tags.map((tag) => (
            <label key={tag.id}>
              <input
                type="checkbox"
                checked={condition.anyOf.includes(tag.id)}
                onChange={(e) => onChange({ ...condition, anyOf: e.currentTarget.checked ? [...condition.anyOf, tag.id] : condition.anyOf.filter((x) => x !== tag.id) })}
              />
              {tag.label}
            </label>
          ))}
        </div>
      );
    case 'country':
      return (
        <label>
          <span className="sr-only">{t('rules_kind_country')}</span>
          <input
            id={`${id}-countries`}
            defaultValue={condition.anyOf.join(', ')}
            placeholder="US, CA, GB"
            aria-describedby={`${id}-countries-help`}
            onChange={(e) => {
              const parsed = parseCountryList(e.currentTarget.value);
              countryProblem.value = parsed.invalid;
              onChange({ ...condition, anyOf: parsed.countries });
            }}
          />
          <span id={`${id}-countries-help`} className={countryProblem.value.length > 0 ? 'rules-small rules-inline-error' : 'muted rules-small'}>
            {countryProblem.value.length > 0 ? t('rules_country_invalid', [countryProblem.value.join(', ')]) : t('rules_country_hint')}
          </span>
        </label>
      );
    case 'daysSinceDeliveryAtMost':
      return (
        <label>
          {t('rules_days_label')}
          <input
            inputMode="numeric"
            defaultValue={condition.days}
            onChange={(e) => onChange({ ...condition, days: parseNumber(e.currentTarget.value) ?? Number.NaN })}
          />
        </label>
      );
    case 'customerReturnsAtLeast':
      return (
        <label>
          {t('rules_count_label')}
          <input
            inputMode="numeric"
            defaultValue={condition.count}
            onChange={(e) => onChange({ ...condition, count: parseNumber(e.currentTarget.value) ?? Number.NaN })}
          />
        </label>
      );
  }
}
