import { useSignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import type { SkuInput } from '@/lib/domain/schemas';
import { CatalogueDraft } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n/t';
import { BackupPanel } from './BackupPanel';
import { Catalogue } from './Catalogue';
import { Compliance } from './Compliance';
import { CategoryMappingPanel, mappingDraftFromUrl } from './CategoryMappingPanel';
import { DutyRates } from './DutyRates';
import { FeatureSwitches } from './FeatureSwitches';
import { Import } from './Import';
import { Overview } from './Overview';
import { LastError } from './LastError';
import { refreshAll } from './store';
import { RetroDashboard } from './RetroDashboard';
import { Templates } from './Templates';
import { Profit } from './Profit';
import { ReturnRules } from './ReturnRules';
import { Warehouses } from './Warehouses';
import { Suppliers } from './Suppliers';
import { Purchasing } from './Purchasing';

/** In the order of the navigation: the review first, then the catalogue and what hangs off it, then settings. */
const VIEWS = ['retro', 'catalogue', 'compliance', 'suppliers', 'purchasing', 'profit', 'rules', 'warehouses', 'templates', 'duties', 'import', 'features', 'backup'] as const;
type View = (typeof VIEWS)[number];

function currentView(): View {
  // "#retro/product?sku=X": the view is the first path segment; the rest is the view's own.
  const hash = location.hash.replace('#', '').split(/[/?]/)[0] ?? '';
  return (VIEWS as readonly string[]).includes(hash) ? (hash as View) : 'catalogue';
}

/** A SKU handed over by the "add to catalogue" button arrives in the query string; it is parsed like any input. */
function draftFromUrl(): SkuInput | null {
  const params = new URLSearchParams(location.search);
  if (!params.has('sku')) return null;
  const draft = CatalogueDraft.safeParse({
    sku: params.get('sku') ?? '',
    title: params.get('title') ?? undefined,
    asin: params.get('asin') ?? undefined,
    marketplace: params.get('marketplace') ?? '',
  });
  if (!draft.success) return null;
  const asin = draft.data.asin && /^[A-Z0-9]{10}$/.test(draft.data.asin) ? draft.data.asin : undefined;
  return { sku: draft.data.sku, title: draft.data.title ?? '', asin, source: draft.data.marketplace };
}

export function OptionsApp() {
  useSignals();
  const view = useSignal<View>(currentView());
  const draft = useSignal(draftFromUrl());
  const mapping = useSignal(mappingDraftFromUrl());

  useEffect(() => {
    document.title = `HelloWord — ${t(`view_${view.value}`)}`;
  }, [view.value]);
  useEffect(() => {
    void refreshAll();
    const onHash = () => (view.value = currentView());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [view]);

  return (
    <>
      <header className="top">
        <h1>HelloWord</h1>
        <nav aria-label={t('nav_label')}>
          {VIEWS.map((id) => (
            <a key={id} href={`#${id}`} aria-current={view.value === id ? 'page' : undefined}>
              {t(`view_${id}`)}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <LastError />
        {view.value === 'catalogue' && mapping.value && (
          <CategoryMappingPanel draft={mapping.value} onDone={() => (mapping.value = null)} />
        )}
        {view.value === 'catalogue' && <Catalogue draft={draft.value} onDraftDone={() => (draft.value = null)} />}
        {view.value === 'duties' && <DutyRates />}
        {view.value === 'compliance' && <Compliance />}
        {view.value === 'templates' && <Templates />}
        {view.value === 'import' && <Import />}
        {view.value === 'retro' && <RetroDashboard />}
        {view.value === 'features' && <FeatureSwitches />}
        {view.value === 'rules' && <ReturnRules />}
        {view.value === 'warehouses' && <Warehouses />}
        {view.value === 'profit' && <Profit />}
        {view.value === 'suppliers' && <Suppliers />}
        {view.value === 'purchasing' && <Purchasing />}
        {view.value === 'backup' && (
          <>
            <Overview />
            <BackupPanel />
          </>
        )}
      </main>
    </>
  );
}
