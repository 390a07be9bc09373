import { useSignals } from '@preact/signals-react/runtime';
import { useSignal } from '@preact/signals-react';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging/page-client';
import { overview, refreshAll } from './store';

/** Export / restore the whole workspace as one JSON file, and load or clear the demo workspace. */
export function BackupPanel() {
  useSignals();
  const status = useSignal<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);
  const busy = useSignal(false);

  const run = async (work: () => Promise<{ kind: 'ok' | 'error'; lines: string[] }>) => {
    busy.value = true;
    try {
      status.value = await work();
      await refreshAll();
    } catch (error) {
      status.value = { kind: 'error', lines: [error instanceof Error ? error.message : String(error)] };
    } finally {
      busy.value = false;
    }
  };

  const exportBackup = () =>
    run(async () => {
      const { fileName, json } = await sendMessage('exportBackup', {});
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { kind: 'ok', lines: [t('backup_exported', [fileName])] };
    });

  const restore = (file: File) =>
    run(async () => {
      if (!confirm(t('backup_restore_confirm', [file.name]))) return { kind: 'ok', lines: [t('backup_restore_cancelled')] };
      const result = await sendMessage('restoreBackup', { fileName: file.name, text: await file.text() });
      return result.ok
        ? { kind: 'ok', lines: [t('backup_restored', [file.name]), summarise(result.counts)] }
        : { kind: 'error', lines: [t('backup_refused', [file.name]), ...result.errors] };
    });

  const loadDemo = () =>
    run(async () => {
      const result = await sendMessage('loadDemoWorkspace', {});
      return result.ok ? { kind: 'ok', lines: [t('demo_loaded'), summarise(result.counts)] } : { kind: 'error', lines: result.errors };
    });

  const clear = () =>
    run(async () => {
      if (!confirm(t('workspace_clear_confirm'))) return { kind: 'ok', lines: [t('backup_restore_cancelled')] };
      await sendMessage('clearWorkspace', {});
      return { kind: 'ok', lines: [t('workspace_cleared')] };
    });

  return (
    <section aria-labelledby="backup-heading" className="card">
      <h2 id="backup-heading">{t('backup_heading')}</h2>
      <p className="muted">{t('backup_intro')}</p>
      <div className="actions">
        <button type="button" data-action="export-backup" disabled={busy.value} onClick={() => void exportBackup()}>
          {t('backup_export')}
        </button>
        <label className="button">
          {t('backup_restore')}
          <input
            type="file"
            accept="application/json,.json"
            data-action="restore-backup"
            disabled={busy.value}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" data-action="load-demo" disabled={busy.value} onClick={() => void loadDemo()}>
          {t('demo_load')}
        </button>
        <button type="button" className="danger" data-action="clear-workspace" disabled={busy.value} onClick={() => void clear()}>
          {t('workspace_clear')}
        </button>
      </div>
      {overview.value?.lastBackupAt && <p className="muted">{t('backup_last', [new Date(overview.value.lastBackupAt).toLocaleString()])}</p>}
      {status.value && (
        <div role={status.value.kind === 'error' ? 'alert' : 'status'} className={`notice ${status.value.kind}`} data-testid="backup-status">
          {status.value.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}

function summarise(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([store, n]) => `${t(`store_${store}`)}: ${n}`)
    .join(' · ');
}
