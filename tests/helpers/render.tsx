import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { App } from '../../src/app/App';
// The dashboard loads these on demand, after the data (the map) or after the marks (the lists) or on opening a
// report. Imported here, so a test's finders wait for the app, not for Vitest compiling them on first use.
import '../../src/features/map/MapPanel';
import '../../src/features/incidents/EventList';
import '../../src/features/report/ReportView';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { FROZEN_DIR } from './dataset';

/** Serves `files` (URL suffix → body) to the app's fetch; anything else is a 404. */
export function stubFetch(files: Record<string, string | (() => string)>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const hit = Object.entries(files).find(([suffix]) => url.endsWith(suffix));
    if (!hit) return new Response('not found', { status: 404 });
    const body = typeof hit[1] === 'function' ? hit[1]() : hit[1];
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The shipped dataset and report texts (the frozen copy, see helpers/dataset.ts), as the built app would fetch them. */
export function shippedFiles(): Record<string, string> {
  const files: Record<string, string> = { 'data/dataset.json': readFileSync(`${FROZEN_DIR}/dataset.json`, 'utf8') };
  for (const f of readdirSync(`${FROZEN_DIR}/reports`)) {
    files[`data/reports/${f}`] = readFileSync(`${FROZEN_DIR}/reports/${f}`, 'utf8');
  }
  return files;
}

/** Renders the whole app with a fresh QueryClient (no retries), in the given language. */
export function renderApp(language: 'ar' | 'en' = 'ar', overrides: Partial<ViewState> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} initial={{ ...initialViewState(), language, ...overrides }} />);
}
