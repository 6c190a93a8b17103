import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/app/csp.ts';

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

// base './' lets the built dashboard be served from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline after the first visit: the app shell, fonts, basemap, dataset and report texts are precached.
    // The service worker is registered from a file (no inline script), so the CSP stays strict.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
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
        globIgnores: ['datasets/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/datasets/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'rasd-optional-datasets' },
          },
        ],
        // The dataset can grow large; it is still worth keeping offline.
        maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
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
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
