import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/app/csp.ts';
import { CHECKED_ENV, precacheData, prepareSiteData } from './scripts/lib/siteDataset.ts';
import { precompressSite, servePrecompressed } from './scripts/lib/precompressed.ts';
import { preloadBasemap, preloadFonts, preloadMapCode, warmIntl } from './scripts/lib/pageHead.ts';

/** Adds the CSP to the built page only: the dev server injects inline styles and scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'rasd-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * The runtime cache of detail files. Their names do not change with the data, so the cache is named after the data
 * version (set by datasetGate once it knows it): a new dataset never reads an old dataset's cached details.
 */
const detailsCache = {
  urlPattern: ({ url }: { url: URL }) => url.pathname.includes('/data/details/'),
  handler: 'CacheFirst' as const,
  options: { cacheName: 'rasd-details' },
};

/**
 * Every build of the site checks the dataset it ships (`<publicDir>/data`: the shipped one, or the one
 * `npm run build:site` staged) with the zod schema and against its report texts, and fails naming each problem
 * record. From the checked dataset it writes the columnar core the page loads (`data/core.json`) and the claim
 * details fetched on demand (`data/details/`), see scripts/lib/siteDataset.ts `prepareSiteData`. The core's content
 * hash goes into the page (`<meta name="rasd-data-version">`) and into `data/manifest.json` (beside the
 * dataset's own hash): a new dataset changes index.html, so the service worker sees a new version. The page also
 * takes the hash as proof: a core whose bytes hash to it was written here from a validated dataset, so the page does
 * not validate its records again (src/dataset/loadCore.ts); this gate must therefore never emit a hash of a core it
 * did not make from a checked dataset.
 */
function datasetGate(): Plugin {
  let dataDir = '';
  let version = '';
  return {
    name: 'rasd-dataset-gate',
    apply: 'build',
    configResolved(config) {
      dataDir = join(config.publicDir, 'data');
    },
    buildStart() {
      const site = prepareSiteData(dataDir, process.env[CHECKED_ENV]);
      if (site.problems.length > 0) {
        const shown = site.problems.slice(0, 100);
        const more = site.problems.length - shown.length;
        this.error(
          `the dataset in ${dataDir} cannot ship: ${site.problems.length} problem(s)\n  ${shown.join('\n  ')}` +
            (more > 0 ? `\n  … and ${more} more` : ''),
        );
      }
      if (!site.textsChecked) this.warn(`no report texts in ${dataDir}/reports: quotes were not checked`);
      for (const f of site.files) this.emitFile({ type: 'asset', fileName: `data/${f.path}`, source: f.bytes });
      this.emitFile({ type: 'asset', fileName: 'data/manifest.json', source: JSON.stringify(site.manifest) + '\n' });
      version = site.manifest.hash;
      detailsCache.options.cacheName = `rasd-details-${version}`;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { name: 'rasd-data-version', content: version }, injectTo: 'head' },
        // The core's download starts while the HTML is parsed; loadCore's fetch of the same URL takes it over.
        {
          tag: 'link',
          attrs: { rel: 'preload', href: './data/core.json', as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ],
    },
  };
}

/**
 * The large data files (the core: 33 MB at 100k incidents; the optional UCDP dataset) are gzipped once, after the
 * build, beside themselves (`core.json.gz`), as a static host's `gzip_static` serves them; `vite preview`
 * (`npm start`) answers from those files too, instead of gzipping 33 MB anew on every page load (~1.7 s of CPU
 * here before the first byte). See scripts/lib/precompressed.ts.
 */
function precompressedData(): Plugin {
  let outDir = '';
  return {
    name: 'rasd-precompressed-data',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      precompressSite(outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(outDir));
    },
  };
}

// base './' lets the built dashboard be served from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    datasetGate(),
    preloadBasemap(),
    preloadMapCode(),
    preloadFonts(),
    warmIntl(),
    precompressedData(),
    // Offline after the first visit: the app shell, fonts, basemap, core (and small detail files) and report texts
    // are precached.
    // 'prompt': a new build or dataset waits until the visitor chooses to reload (src/app/UpdatePrompt.tsx); the
    // service worker is registered from main.tsx's bundle (no inline script), so the CSP stays strict.
    VitePWA({
      registerType: 'prompt',
      // A dataset over the precache limit (a 100k synthetic one: 200 MB) is left out of the precache with a
      // warning instead of failing the build; such a site works online only.
      showMaximumFileSizeToCacheInBytesWarning: true,
      injectRegister: false,
      manifest: {
        name: 'Rasd · رصد',
        short_name: 'Rasd',
        description: 'Syria strike reports, every number traced to its words',
        lang: 'ar',
        dir: 'rtl',
        start_url: './',
        display: 'standalone',
        background_color: '#f6f4ef',
        theme_color: '#1f3a4d',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,json,txt}'],
        // Optional comparison datasets (UCDP GED: 25 MB) load only when the user turns them on, then stay offline.
        // The workbench's gazetteer (3.7 MB) is fetched only when an analyst first imports or picks a place; its
        // name carries a content hash, so once fetched it is served from the cache, offline included.
        globIgnores: ['datasets/**', 'assets/gazetteer-*.json'],
        manifestTransforms: [(entries) => precacheData(entries)],
        runtimeCaching: [
          detailsCache,
          {
            urlPattern: ({ url }) => /\/assets\/gazetteer-[^/]*\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'rasd-workbench-gazetteer' },
          },
          {
            urlPattern: ({ url }) => url.pathname.includes('/datasets/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'rasd-optional-datasets' },
          },
        ],
        // The core can grow large (41 MB at 100k synthetic incidents); it is still worth keeping offline.
        maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes the page at once (offline from the first visit); a later one waits for
        // the visitor's "reload" (no skipWaiting), so a page never runs old code against new data.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Stable vendor chunks keep the app's own chunk small and cacheable.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|react-is)[\\/]/,
            },
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet|supercluster|kdbush)[\\/]/,
            },
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|d3-[^\\/]+|victory-vendor|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js-light)[\\/]/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // zod loads only with code that validates (no page needs it before its first marks, issue 12);
            // zodJitless sets its jitless option from the entry without importing it.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // Everything else the entry imports statically, in one chunk: split by which lazy chunks share it,
            // it made ten more files of 38 B to 94 KB that the page fetched before it could run, six at a time
            // (HTTP/1.1), ahead of the data and fonts it had preloaded.
            { name: 'boot', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
