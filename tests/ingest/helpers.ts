/** Shared test setup: the dictionaries from data/, prepared once per test file, and a one-report runner. */
import { loadResources } from '../../src/ingest/cli';
import { extractReport } from '../../src/ingest/extract';
import { prepare, type Prepared } from '../../src/ingest/prepare';

let cached: Prepared | null = null;

export function prepared(): Prepared {
  cached ??= prepare(loadResources('data').resources);
  return cached;
}

/** Reads one Arabic text as a report published on `published` (or with no sidecar when null). */
export function read(text: string, published: string | null = '2024-03-14', outlet = 'Test Outlet') {
  const meta = published === null ? null : { outlet, published, published_basis: 'stated in text' };
  return extractReport({ file: '900_test.txt', text, meta }, prepared());
}
