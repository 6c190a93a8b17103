import { defineConfig } from '@playwright/test';

// Several people (and CI) may build into different folders and serve on different ports at once.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT ?? 'dist';
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 120_000,
  // Waits, not speed limits: a busy 2-core machine can take several seconds to draw the map.
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    serviceWorkers: 'block',
    locale: 'ar',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
