import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { Overview } from './Overview';
import { LastError } from './LastError';
import { PopupSearch } from './PopupSearch';
import { RetroPopup } from './RetroPopup';
import { refreshOverview } from './store';
import { firstSummarySettled } from './retro-state';

function openOptions(hash: string) {
  void browser.tabs.create({ url: `${browser.runtime.getURL("/options.html")}#${hash}` });
  window.close();
}

/** The toolbar popup: look-up (F20), the retrospective (F16–F21) and the workspace at a glance. */
export function PopupApp() {
  useSignals();
  useEffect(() => {
    // The retrospective's numbers come first: the workspace counts (which count every stored
    // record) are asked for once they are shown, or after 1.5 s at the latest.
    let asked = false;
    const ask = () => {
      if (asked) return;
      asked = true;
      void refreshOverview();
    };
    void firstSummarySettled.then(ask);
    const timer = setTimeout(ask, 1_500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <header className="top">
        <h1>HelloWord</h1>
      </header>
      <main>
        <PopupSearch />
        <LastError />
        <RetroPopup />
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
