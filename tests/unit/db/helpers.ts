import { openWorkspace, type InvalidRecord, type WorkspaceStore } from '../../../lib/db/store';

let counter = 0;

/** A database name no other test uses (fake-indexeddb is shared by the whole test file). */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const FIXED_NOW = new Date('2026-11-21T08:00:00.000Z');

export async function openTestWorkspace(label: string): Promise<{ store: WorkspaceStore; invalid: InvalidRecord[] }> {
  const invalid: InvalidRecord[] = [];
  const store = await openWorkspace(uniqueDbName(label), { now: () => FIXED_NOW, onInvalidRecord: (r) => invalid.push(r) });
  return { store, invalid };
}
