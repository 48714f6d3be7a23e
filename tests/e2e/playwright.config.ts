import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './chromium.mjs';

const PORT = 4173;
const BASE = '/shorewise/';

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A focused test (.only) must never let the rest of the suite slip, on any machine.
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    browserName: 'chromium',
    launchOptions: CHROMIUM,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    // The service worker would answer later requests of a test from its cache, out of
    // reach of page.route; specs/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node serve.mjs ../../dist ${PORT} ${BASE}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
