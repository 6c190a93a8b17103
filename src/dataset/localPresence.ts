/**
 * Whether this device may hold workbench data, asked without opening the database: opening creates it (and runs
 * its upgrade) on a first visit, a long task at boot for a visitor who has stored nothing. Kept apart from
 * localStore.ts so the answer costs no idb code either.
 */
export const LOCAL_DB_NAME = 'rasd-workbench';

export async function mayHaveLocalData(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  // Browsers without `databases()` (Firefox before 126) cannot say without opening: open it.
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    const names = (await indexedDB.databases()).map((d) => d.name);
    return names.includes(LOCAL_DB_NAME);
  } catch {
    return true;
  }
}
