// First, before anything parses: no CSP violation from zod's `new Function` probe (see dataset/zodJitless.ts).
import './dataset/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import './app/styles.css';
import { App } from './app/App';
import { datasetQuery } from './dataset/queries';
import { localDataQuery } from './dataset/localQueries';
import { openedQuery } from './dataset/openedQueries';
import { loadMapChunk } from './app/mapChunk';
import { registerServiceWorker } from './app/registerServiceWorker';
import { afterMarks } from './app/AfterMarks';

// No waterfall: before React renders anything, the dataset load starts (taking over the download that
// <link rel="preload"> began while the HTML was parsed), and the map's code and basemap load beside it, so the
// marks can be drawn as soon as the data is ready. What this device keeps (IndexedDB: imports, an opened dataset)
// is read beside them too: the dashboard waits for it, and read only once the data is in it cost a second round of
// module loading and database opening. The timeline's and charts' code load after the marks are drawn.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(datasetQuery);
void queryClient.prefetchQuery(openedQuery);
void queryClient.prefetchQuery(localDataQuery);
void loadMapChunk();
void import('./features/map/basemap').then((m) => queryClient.prefetchQuery(m.basemapQuery));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
// After the first marks: registering loads workbox-window and opens the cache storage, none of which the first screen
// needs (the worker itself installs once the page has loaded in any case).
if (import.meta.env.PROD) afterMarks(registerServiceWorker);
