/// <reference types="vite/client" />
import { useSignal, type Signal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useRef } from 'react';
import type { FromImportWorker, ToImportWorker } from '@/entrypoints/options/import.worker';
import ImportWorker from '@/entrypoints/options/import.worker?worker';
import { CATALOGUE_TEMPLATE_CSV, SUPPLIER_TEMPLATE_CSV } from '@/lib/import/sheets';
import type { ImportSummary } from '@/lib/import/run';
import { emptyResult, IMPORT_KINDS, type ImportBatchResult } from '@/lib/import/store-batch';
import { t } from '@/lib/i18n/t';
import { refreshCatalogue, refreshOverview } from './store';

const ACCEPT = '.csv,.tsv,.txt,.xlsx';

type Phase =
  | { step: 'idle' }
  | { step: 'detected'; file: File; label: string; notes: string[]; problem?: string }
  | { step: 'importing'; file: File; label: string; percent: number }
  | { step: 'done'; file: File; summary: ImportSummary | null; stored: ImportBatchResult; stopped: boolean; percent: number; error?: string };

/** One import of one file: a worker parses and stores it a chunk at a time; this page shows progress. */
class ImportRun {
  private readonly worker = new ImportWorker();
  private readonly controller = new AbortController();
  private stored = emptyResult();

  constructor(
    private readonly file: File,
    private readonly phase: Signal<Phase>,
  ) {
    // Terminating the worker aborts the chunk in flight: its transaction is all or nothing.
    this.controller.signal.addEventListener('abort', () => this.worker.terminate());
  }

  private post(message: ToImportWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** Reads the file and lets the worker detect what it is; nothing is stored yet. */
  async detect(): Promise<void> {
    const bytes = await this.file.arrayBuffer();
    this.worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'detected') this.phase.value = { step: 'detected', file: this.file, ...message };
      else this.onEvent(message);
    };
    this.worker.onerror = (event) => this.finish(null, event.message || t('import_worker_failed'));
    this.post({ type: 'start', name: this.file.name, bytes }, [bytes]);
  }

  start(label: string): void {
    this.phase.value = { step: 'importing', file: this.file, label, percent: 0 };
    this.post({ type: 'import' });
  }

  stop(): void {
    this.controller.abort();
    this.finish(null);
  }

  private onEvent(message: Exclude<FromImportWorker, { type: 'detected' }>): void {
    if (this.controller.signal.aborted) return;
    this.stored = message.stored;
    if (message.type === 'error') return this.finish(null, message.message);
    if (message.type === 'summary') return this.finish(message.summary);
    const current = this.phase.value;
    if (current.step === 'importing') {
      this.phase.value = { ...current, percent: message.total === 0 ? 100 : Math.round((message.done / message.total) * 100) };
    }
  }

  private finish(summary: ImportSummary | null, error?: string): void {
    if (this.phase.value.step === 'done') return;
    this.worker.terminate();
    const current = this.phase.value;
    const percent = summary && !summary.problem ? 100 : current.step === 'importing' ? current.percent : 0;
    this.phase.value = { step: 'done', file: this.file, summary, stored: this.stored, stopped: summary === null && !error, percent, error };
    void refreshOverview();
    void refreshCatalogue();
  }

  dispose(): void {
    this.controller.abort();
  }
}

function TemplateLink({ csv, fileName, label }: { csv: string; fileName: string; label: string }) {
  const href = useSignal<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    href.value = url;
    return () => URL.revokeObjectURL(url);
  }, [csv, href]);
  return href.value ? (
    <a className="button" href={href.value} download={fileName}>
      {label}
    </a>
  ) : null;
}

function StoredCounts({ stored }: { stored: ImportBatchResult }) {
  return (
    <table className="import-counts">
      <thead>
        <tr>
          <th scope="col">{t('import_col_kind')}</th>
          <th scope="col">{t('import_col_added')}</th>
          <th scope="col">{t('import_col_updated')}</th>
          <th scope="col">{t('import_col_unchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {IMPORT_KINDS.map((kind) => (
          <tr key={kind} data-kind={kind}>
            <th scope="row">{t(`import_kind_${kind}`)}</th>
            <td data-count="added">{stored[kind].added}</td>
            <td data-count="updated">{stored[kind].updated}</td>
            <td data-count="unchanged">{stored[kind].unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Progress({ percent, labelledBy }: { percent: number; labelledBy: string }) {
  return (
    <div role="progressbar" aria-labelledby={labelledBy} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="progress" style={{ height: 10, background: '#e3e6ea', borderRadius: 5, overflow: 'hidden', margin: '0.5em 0' }}>
      <div className="progress-fill" style={{ width: `${percent}%`, height: '100%', background: '#2f7d5b', transition: 'width 0.2s' }} />
    </div>
  );
}

function Result({ phase }: { phase: Extract<Phase, { step: 'done' }> }) {
  const { summary, stored, stopped, error } = phase;
  const errors = IMPORT_KINDS.flatMap((kind) => stored[kind].errors);
  return (
    <section aria-labelledby="import-result" className="import-result">
      <h3 id="import-result">{t('import_result_heading', [phase.file.name])}</h3>
      <Progress percent={phase.percent} labelledBy="import-result" />
      {error && <p role="alert">{error}</p>}
      {stopped && <p role="status">{t('import_stopped')}</p>}
      {summary?.problem && <p role="alert">{summary.problem}</p>}
      {summary && !summary.problem && (
        <p role="status" className="import-totals">
          {t('import_totals', [summary.label, summary.imported, summary.skipped])}
        </p>
      )}
      <StoredCounts stored={stored} />
      <p className="hint">{t('import_again_harmless')}</p>
      {summary && summary.notes.length > 0 && (
        <ul className="import-notes">
          {summary.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <ul className="import-errors">
          {errors.slice(0, 50).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {summary && summary.skippedRows.length > 0 && (
        <table className="import-skipped">
          <caption>{t('import_skipped_caption', [summary.skippedRows.length, summary.skipped])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import_col_line')}</th>
              <th scope="col">{t('import_col_column')}</th>
              <th scope="col">{t('import_col_value')}</th>
              <th scope="col">{t('import_col_reason')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.skippedRows.map((row, i) => (
              <tr key={i}>
                <td>{row.line}</td>
                <td>{row.column ?? ''}</td>
                <td>{row.value ?? ''}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** F15: drop a marketplace report or a catalogue / supplier sheet; it is detected, parsed off-thread and stored. */
export function Import() {
  useSignals();
  const phase = useSignal<Phase>({ step: 'idle' });
  const dragging = useSignal(false);
  const run = useRef<ImportRun | null>(null);
  useEffect(() => () => run.current?.dispose(), []);

  const choose = (file: File | undefined) => {
    if (!file) return;
    run.current?.dispose();
    const next = new ImportRun(file, phase);
    run.current = next;
    phase.value = { step: 'detected', file, label: '', notes: [] };
    void next.detect().catch((error: unknown) => {
      phase.value = { step: 'done', file, summary: null, stored: emptyResult(), stopped: false, percent: 0, error: error instanceof Error ? error.message : String(error) };
    });
  };
  const current = phase.value;
  const busy = current.step === 'importing';

  return (
    <section aria-labelledby="import-heading" className="import">
      <h2 id="import-heading">{t('import_heading')}</h2>
      <p>{t('import_intro')}</p>
      <div
        className={`drop-zone${dragging.value ? ' dragging' : ''}`}
        style={{ border: `2px dashed ${dragging.value ? '#2f7d5b' : '#aab'}`, borderRadius: 8, padding: '1.5em', textAlign: 'center' }}
        onDragOver={(event) => {
          event.preventDefault();
          dragging.value = true;
        }}
        onDragLeave={() => (dragging.value = false)}
        onDrop={(event) => {
          event.preventDefault();
          dragging.value = false;
          if (!busy) choose(event.dataTransfer.files[0]);
        }}
      >
        <p>{t('import_drop')}</p>
        <label>
          {t('import_choose')}{' '}
          <input type="file" accept={ACCEPT} disabled={busy} onChange={(event) => choose(event.currentTarget.files?.[0])} />
        </label>
      </div>
      <p className="import-templates">
        {t('import_templates')}{' '}
        <TemplateLink csv={CATALOGUE_TEMPLATE_CSV} fileName="helloword-catalogue-template.csv" label={t('import_template_catalogue')} />{' '}
        <TemplateLink csv={SUPPLIER_TEMPLATE_CSV} fileName="helloword-supplier-template.csv" label={t('import_template_suppliers')} />
      </p>

      {current.step === 'detected' && (
        <section aria-labelledby="import-detected" className="import-detected">
          <h3 id="import-detected">{current.file.name}</h3>
          {current.problem ? (
            <p role="alert">{current.problem}</p>
          ) : current.label === '' ? (
            <p role="status">{t('import_detecting')}</p>
          ) : (
            <>
              <p role="status" className="import-kind">
                {t('import_detected', [current.label])}
              </p>
              <button type="button" onClick={() => run.current?.start(current.label)}>
                {t('import_start')}
              </button>
            </>
          )}
          {current.notes.length > 0 && (
            <ul className="import-notes">
              {current.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      {current.step === 'importing' && (
        <section aria-labelledby="import-progress" className="import-progress">
          <h3 id="import-progress">{t('import_importing', [current.label])}</h3>
          <Progress percent={current.percent} labelledBy="import-progress" />
          <button type="button" onClick={() => run.current?.stop()}>
            {t('import_stop')}
          </button>
        </section>
      )}

      {current.step === 'done' && <Result phase={current} />}
    </section>
  );
}
