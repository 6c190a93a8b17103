/** The prefix of the service worker's runtime caches of detail files, one per data version (vite.config.ts). */
export const DETAIL_CACHE_PREFIX = 'rasd-details-';

/**
 * Deletes the detail caches of other data versions than `version`, this page's: a site too large to precache its
 * details caches each chunk as it is read, under a name that changes with the data, so every deploy of new data
 * would otherwise leave the old version's chunks on the reader's device for good.
 */
export async function dropOtherDetailCaches(version: string, storage: Pick<CacheStorage, 'keys' | 'delete'>) {
  const keep = `${DETAIL_CACHE_PREFIX}${version}`;
  const stale = (await storage.keys()).filter((k) => k.startsWith(DETAIL_CACHE_PREFIX) && k !== keep);
  await Promise.all(stale.map((k) => storage.delete(k)));
  return stale;
}
