import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { Overview } from './Overview';
import { LastError } from './LastError';
import { PopupSearch } from './PopupSearch';
import { refreshOverview } from './store';

function openOptions(hash: string) {
  void browser.tabs.create({ url: `${browser.runtime.getURL("/options.html")}#${hash}` });
  window.close();
}

/** Quick look at the workspace from the toolbar; the retrospective views join it later. */
export function PopupApp() {
  useSignals();
  useEffect(() => {
    void refreshOverview();
  }, []);
  return (
    <>
      <header className="top">
        <h1>HelloWord</h1>
      </header>
      <main>
        <PopupSearch />
        <LastError />
        <Overview compact />
        <div className="actions">
          <button type="button" className="primary" onClick={() => openOptions('catalogue')}>
            {t('popup_open_catalogue')}
          </button>
          <button type="button" onClick={() => openOptions('backup')}>
            {t('popup_open_backup')}
          </button>
        </div>
      </main>
    </>
  );
}
