import { describe, expect, it } from 'vitest';
import { DETAIL_CACHE_PREFIX, dropOtherDetailCaches } from '../../src/app/detailCaches';

describe('detail caches of earlier data versions', () => {
  it('deletes every other version’s detail cache and nothing else', async () => {
    const names = new Set([
      `${DETAIL_CACHE_PREFIX}aaaaaaaaaaaaaaaa`,
      `${DETAIL_CACHE_PREFIX}bbbbbbbbbbbbbbbb`,
      'workbox-precache-v2-http://127.0.0.1/',
      'rasd-optional-datasets',
    ]);
    const storage = {
      keys: async () => [...names],
      delete: async (name: string) => names.delete(name),
    };
    expect(await dropOtherDetailCaches('bbbbbbbbbbbbbbbb', storage)).toEqual([
      `${DETAIL_CACHE_PREFIX}aaaaaaaaaaaaaaaa`,
    ]);
    expect([...names].sort()).toEqual(
      [
        `${DETAIL_CACHE_PREFIX}bbbbbbbbbbbbbbbb`,
        'rasd-optional-datasets',
        'workbox-precache-v2-http://127.0.0.1/',
      ].sort(),
    );
  });
});
