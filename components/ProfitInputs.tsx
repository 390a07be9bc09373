import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { showMoney } from '@/lib/domain/profit';
import type { Marketplace, ProfitListing, ProfitSettings } from '@/lib/domain/schemas';
import { t } from '@/lib/i18n/t';
import type { ProfitData } from '@/lib/messaging/rules-protocol';
import { listingKey, moneyInput, parseRates, ratesText, removeListing, upsertListing } from './profit-model';
import { parseNumber } from './rules-model';

const MARKETPLACES: readonly Marketplace[] = ['amazon', 'ebay', 'shopify'];

interface Props {
  data: ProfitData;
  onSave: (profit: ProfitSettings) => Promise<boolean | undefined>;
  onErrors: (errors: string[]) => void;
}

/** The seller's prices, fees and rates the profit view computes with (kept in the settings, so in backups). */
export function ProfitInputs({ data, onSave, onErrors }: Props) {
  useSignals();
  const editing = useSignal<ProfitListing | null>(null);
  const profit = data.profit;
  const text = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

  const saveGeneral = async (form: HTMLFormElement) => {
    const freight = moneyInput(text(form, 'freightAmount'), text(form, 'freightCurrency'));
    const marketing = text(form, 'marketingPercent');
    const rates = parseRates(text(form, 'rates'));
    const base = text(form, 'ratesBase').toUpperCase();
    const asOf = text(form, 'ratesAsOf');
    const problems: string[] = [];
    if (freight.error) problems.push(t(`profit_error_freight_${freight.error}`));
    if (marketing && parseNumber(marketing) === undefined) problems.push(t('profit_error_marketing'));
    if (rates.invalid.length > 0) problems.push(t('profit_error_rates', [rates.invalid.join(', ')]));
    if (Object.keys(rates.rates).length > 0 && !/^[A-Z]{3}$/.test(base)) problems.push(t('profit_error_base'));
    if (problems.length > 0) return onErrors(problems);
    const next: ProfitSettings = { listings: profit.listings, commissionRates: profit.commissionRates };
    if (freight.money) next.freightPerKg = freight.money;
    const m = parseNumber(marketing);
    if (m !== undefined) next.marketingPercent = m;
    if (Object.keys(rates.rates).length > 0) next.exchangeRates = { base, rates: rates.rates, source: text(form, 'ratesSource') || 'seller', ...(asOf && { asOf }) };
    await onSave(next);
  };

  const saveListing = async (form: HTMLFormElement) => {
    const price = moneyInput(text(form, 'priceAmount'), text(form, 'priceCurrency'));
    const fee = moneyInput(text(form, 'feeAmount'), text(form, 'feeCurrency'));
    const marketing = text(form, 'listingMarketing');
    const problems: string[] = [];
    if (!price.money) problems.push(t('profit_error_price'));
    if (fee.error) problems.push(t('profit_error_fee'));
    if (marketing && parseNumber(marketing) === undefined) problems.push(t('profit_error_marketing'));
    if (problems.length > 0 || !price.money) return onErrors(problems);
    const listing: ProfitListing = {
      sku: text(form, 'sku'),
      marketplace: text(form, 'marketplace') as Marketplace,
      destination: text(form, 'destination').toUpperCase(),
      price: price.money,
      ...(fee.money && { fulfilmentFee: fee.money }),
      ...(marketing && { marketingPercent: parseNumber(marketing)! }),
    };
    let next = profit;
    if (editing.value && listingKey(editing.value) !== listingKey(listing)) next = removeListing(next, listingKey(editing.value));
    if (await onSave(upsertListing(next, listing))) {
      editing.value = null;
      form.reset();
    }
  };

  const saveCommission = async (form: HTMLFormElement) => {
    const percent = parseNumber(text(form, 'percent'));
    const minimum = moneyInput(text(form, 'minAmount'), text(form, 'minCurrency'));
    if (percent === undefined || minimum.error) return onErrors([t('profit_error_commission')]);
    const marketplace = text(form, 'marketplace') as Marketplace;
    const categoryId = text(form, 'categoryId');
    const id = `${marketplace}:${categoryId || 'default'}`;
    const rate = { id, marketplace, percent, source: text(form, 'source') || 'seller', ...(categoryId && { categoryId }), ...(minimum.money && { minimum: minimum.money }) };
    if (await onSave({ ...profit, commissionRates: [...profit.commissionRates.filter((r) => r.id !== id), rate] })) form.reset();
  };

  const current = editing.value;
  const categoryName = (id: string | undefined) => (id ? (data.categories.find((c) => c.id === id)?.name ?? id) : t('profit_commission_default'));

  return (
    <div className="profit-inputs">
      <h3>{t('profit_inputs_heading')}</h3>
      <form
        className="grid"
        data-testid="profit-general"
        key={JSON.stringify([profit.freightPerKg, profit.marketingPercent, profit.exchangeRates])}
        onSubmit={(e) => {
          e.preventDefault();
          void saveGeneral(e.currentTarget);
        }}
      >
        <label>
          {t('profit_label_freight_per_kg')}
          <input name="freightAmount" inputMode="decimal" defaultValue={profit.freightPerKg?.amount ?? ''} />
        </label>
        <label>
          {t('profit_currency')}
          <input name="freightCurrency" maxLength={3} placeholder="CNY" defaultValue={profit.freightPerKg?.currency ?? ''} />
        </label>
        <label>
          {t('profit_label_marketing_percent')}
          <input name="marketingPercent" inputMode="decimal" defaultValue={profit.marketingPercent ?? ''} />
        </label>
        <label>
          {t('profit_rates_base')}
          <input name="ratesBase" maxLength={3} placeholder="USD" defaultValue={profit.exchangeRates?.base ?? ''} />
        </label>
        <label className="wide">
          {t('profit_rates')}
          <input name="rates" placeholder="CNY=7.2, EUR=0.92, GBP=0.79" defaultValue={profit.exchangeRates ? ratesText(profit.exchangeRates.rates) : ''} aria-describedby="profit-rates-help" />
          <span id="profit-rates-help" className="muted rules-small">
            {t('profit_rates_hint')}
          </span>
        </label>
        <label>
          {t('profit_rates_as_of')}
          <input name="ratesAsOf" type="date" defaultValue={profit.exchangeRates?.asOf ?? ''} />
        </label>
        <label>
          {t('profit_rates_source')}
          <input name="ratesSource" maxLength={300} defaultValue={profit.exchangeRates?.source ?? ''} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('profit_save_general')}
          </button>
        </div>
      </form>

      <h4>{current ? t('profit_edit_listing', [current.sku]) : t('profit_add_listing')}</h4>
      {data.skus.length === 0 && <p className="empty">{t('profit_no_skus')}</p>}
      <form
        className="grid"
        data-testid="profit-listing-form"
        key={current ? listingKey(current) : 'new'}
        onSubmit={(e) => {
          e.preventDefault();
          void saveListing(e.currentTarget);
        }}
      >
        <label>
          {t('profit_sku')}
          <select name="sku" required defaultValue={current?.sku ?? data.skus[0]?.sku ?? ''}>
            {data.skus.map((s) => (
              <option key={s.sku} value={s.sku}>
                {s.sku} {s.title && `— ${s.title}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profit_marketplace')}
          <select name="marketplace" defaultValue={current?.marketplace ?? 'amazon'}>
            {MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {t(`marketplace_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profit_destination')}
          <input name="destination" required maxLength={2} pattern="[A-Za-z]{2}" placeholder="DE" defaultValue={current?.destination ?? ''} />
        </label>
        <label>
          {t('profit_price')}
          <input name="priceAmount" required inputMode="decimal" defaultValue={current?.price.amount ?? ''} />
        </label>
        <label>
          {t('profit_currency')}
          <input name="priceCurrency" required maxLength={3} placeholder="EUR" defaultValue={current?.price.currency ?? ''} />
        </label>
        <label>
          {t('profit_label_fulfilment_fee')}
          <input name="feeAmount" inputMode="decimal" defaultValue={current?.fulfilmentFee?.amount ?? ''} />
        </label>
        <label>
          {t('profit_currency')}
          <input name="feeCurrency" maxLength={3} defaultValue={current?.fulfilmentFee?.currency ?? ''} />
        </label>
        <label>
          {t('profit_listing_marketing')}
          <input name="listingMarketing" inputMode="decimal" defaultValue={current?.marketingPercent ?? ''} />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={data.skus.length === 0}>
            {current ? t('profit_save_listing') : t('profit_add_listing_button')}
          </button>
          {current && (
            <button type="button" onClick={() => (editing.value = null)}>
              {t('warehouses_cancel')}
            </button>
          )}
        </div>
      </form>
      {profit.listings.length > 0 && (
        <table className="table" data-testid="profit-listings">
          <caption>{t('profit_listings_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profit_sku')}</th>
              <th scope="col">{t('profit_market')}</th>
              <th scope="col">{t('profit_price')}</th>
              <th scope="col">{t('profit_label_fulfilment_fee')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {profit.listings.map((l) => (
              <tr key={listingKey(l)}>
                <td>{l.sku}</td>
                <td>
                  {t(`marketplace_${l.marketplace}`)} · {l.destination}
                </td>
                <td>{showMoney(l.price)}</td>
                <td>{l.fulfilmentFee ? showMoney(l.fulfilmentFee) : '—'}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => (editing.value = l)} aria-label={t('profit_edit_listing', [l.sku])}>
                    {t('warehouses_edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => void onSave(removeListing(profit, listingKey(l)))}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4>{t('profit_commissions_heading')}</h4>
      {profit.commissionRates.length === 0 ? (
        <p className="empty">{t('profit_commissions_empty')}</p>
      ) : (
        <table className="table" data-testid="profit-commissions">
          <thead>
            <tr>
              <th scope="col">{t('profit_marketplace')}</th>
              <th scope="col">{t('profit_category')}</th>
              <th scope="col">{t('profit_percent')}</th>
              <th scope="col">{t('profit_minimum')}</th>
              <th scope="col">{t('duty_source')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {profit.commissionRates.map((r) => (
              <tr key={r.id}>
                <td>{t(`marketplace_${r.marketplace}`)}</td>
                <td>{categoryName(r.categoryId)}</td>
                <td>{r.percent}%</td>
                <td>{r.minimum ? showMoney(r.minimum) : '—'}</td>
                <td>{r.source}</td>
                <td className="row-actions">
                  <button type="button" className="danger" onClick={() => void onSave({ ...profit, commissionRates: profit.commissionRates.filter((x) => x.id !== r.id) })}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="grid"
        data-testid="profit-commission-form"
        onSubmit={(e) => {
          e.preventDefault();
          void saveCommission(e.currentTarget);
        }}
      >
        <label>
          {t('profit_marketplace')}
          <select name="marketplace" defaultValue="amazon">
            {MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {t(`marketplace_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profit_category')}
          <select name="categoryId" defaultValue="">
            <option value="">{t('profit_commission_default')}</option>
            {data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {`${'— '.repeat(c.level - 1)}${c.name}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profit_percent')}
          <input name="percent" required inputMode="decimal" placeholder="15" />
        </label>
        <label>
          {t('profit_minimum')}
          <input name="minAmount" inputMode="decimal" placeholder="0.30" />
        </label>
        <label>
          {t('profit_currency')}
          <input name="minCurrency" maxLength={3} placeholder="USD" />
        </label>
        <label className="wide">
          {t('duty_source')}
          <input name="source" maxLength={300} placeholder={t('profit_commission_source_placeholder')} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('profit_add_commission')}
          </button>
        </div>
      </form>
    </div>
  );
}
