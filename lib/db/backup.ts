/**
 * Full JSON backup and restore of a workspace (F15). The file format lives in lib/domain/backup.ts;
 * this side only reads and writes IndexedDB.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, DEFAULT_APP_INFO } from '../domain/backup';
import { DemoWorkspace, daysBetween, localIsoDate, shiftDemoDates } from '../domain/demo';
import { describeIssues, problemText } from '../domain/issues';
import type { WorkspaceStore } from './store';

/** Everything in the workspace, as a backup file. Records `lastBackupAt`. */
export async function exportBackup(
  store: WorkspaceStore,
  now: Date,
  app: { name: string; version: string } = DEFAULT_APP_INFO,
): Promise<BackupFile> {
  const data = await store.readWorkspace();
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: { name: app.name, version: app.version },
    data,
  };
  await store.setMeta('lastBackupAt', backup.exportedAt);
  return backup;
}

/**
 * Replaces the workspace with the backup's data in one transaction: a file that fails validation
 * stores nothing, and restoring the same file twice leaves the same workspace.
 */
export async function restoreBackup(store: WorkspaceStore, backup: BackupFile): Promise<void> {
  await store.replaceWorkspace(backup.data);
}

export type LoadDemoResult = { ok: true; shiftedByDays: number } | { ok: false; errors: string[] };

/**
 * Replaces the workspace with the demo (public/demo/workspace.json, as text or parsed JSON), its
 * dates moved so that the demo's anchor date is `today` (the seller's local date). Records
 * `demoLoadedAt` in the same transaction; a later restore or clear removes it.
 */
export async function loadDemoWorkspace(store: WorkspaceStore, demoJson: unknown, today: Date): Promise<LoadDemoResult> {
  let json = demoJson;
  if (typeof demoJson === 'string') {
    try {
      json = JSON.parse(demoJson);
    } catch {
      return { ok: false, errors: ['The demo workspace file is not valid JSON.'] };
    }
  }
  const parsed = DemoWorkspace.safeParse(json);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, json).map(problemText) };
  const shiftedByDays = daysBetween(parsed.data.anchorDate, localIsoDate(today));
  await store.replaceWorkspace(shiftDemoDates(parsed.data.backup, shiftedByDays).data, { demoLoadedAt: today.toISOString() });
  return { ok: true, shiftedByDays };
}
