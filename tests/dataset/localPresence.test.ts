/**
 * The boot-time question "may this device hold workbench data?" is answered without opening (and so creating) the
 * database; when the browser cannot tell, the database is opened as before, so stored work is never hidden.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_DB_NAME, mayHaveLocalData } from '../../src/dataset/localPresence';

const withIndexedDb = (value: unknown) => vi.stubGlobal('indexedDB', value);

afterEach(() => vi.unstubAllGlobals());

describe('mayHaveLocalData', () => {
  it('is false on a first visit: no workbench database among the origin’s databases', async () => {
    withIndexedDb({ databases: () => Promise.resolve([{ name: 'another-app', version: 1 }]) });
    expect(await mayHaveLocalData()).toBe(false);
  });

  it('is true once the workbench has stored something', async () => {
    withIndexedDb({ databases: () => Promise.resolve([{ name: LOCAL_DB_NAME, version: 2 }]) });
    expect(await mayHaveLocalData()).toBe(true);
  });

  it('opens the database when the browser cannot list databases, or the listing fails', async () => {
    withIndexedDb({});
    expect(await mayHaveLocalData()).toBe(true);
    withIndexedDb({ databases: () => Promise.reject(new DOMException('blocked', 'SecurityError')) });
    expect(await mayHaveLocalData()).toBe(true);
  });

  it('is false without IndexedDB at all', async () => {
    withIndexedDb(undefined);
    expect(await mayHaveLocalData()).toBe(false);
  });
});
