import { defineConfig, devices } from '@playwright/test';
import { DEFAULT_SAMPLE_CREDENTIALS as creds } from './src/server/sample-backend/index.ts';
import { launchOptions } from './e2e/browser.ts';
import { CORPUS_OUT, PORTS, PREVIEW_OUT } from './e2e/ports.ts';

const corpusBackend = `http://127.0.0.1:${PORTS.corpusBackend}`;

/**
 * End-to-end tests in real Chromium against the real dev server, proxy and sample backend.
 * A second dev server treats a sample backend serving the converted corpus as the live vendors,
 * so the credentialed proxy path is exercised too.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORTS.dev}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // Fault rules and token expiry hold for every page of a sample backend: these tests have a
      // dev server and sample backend of their own, and run one at a time; listed first so that
      // they start first, beside the others, rather than after them.
      name: 'faults',
      testMatch: /faults\.spec\.ts/,
      fullyParallel: false,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptions(),
        baseURL: `http://localhost:${PORTS.faultsDev}`,
      },
    },
    {
      name: 'chromium',
      testIgnore: /faults\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() },
    },
  ],
  webServer: [
    {
      command: `npm run dev -- --port ${PORTS.dev} --strictPort`,
      url: `http://localhost:${PORTS.dev}`,
      env: { SAMPLE_BACKEND_PORT: String(PORTS.sampleBackend) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run dev -- --port ${PORTS.faultsDev} --strictPort`,
      url: `http://localhost:${PORTS.faultsDev}`,
      env: { SAMPLE_BACKEND_PORT: String(PORTS.faultsBackend), SAMPLE_BACKEND_FAULTS: '1' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run corpus:convert -- --out ${CORPUS_OUT} && npm run sample-backend -- --port ${PORTS.corpusBackend} --data ${CORPUS_OUT}`,
      // A 401 counts as up for Playwright: the backend answers, and wants credentials.
      url: `${corpusBackend}/twilio/v1/Sessions`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npm run dev -- --port ${PORTS.corpusDev} --strictPort`,
      url: `http://localhost:${PORTS.corpusDev}`,
      env: {
        TWILIO_ACCOUNT_SID: creds.twilio.accountSid,
        TWILIO_AUTH_TOKEN: creds.twilio.authToken,
        TWILIO_BASE_URL: `${corpusBackend}/twilio`,
        TELNYX_API_KEY: creds.telnyx.apiKey,
        TELNYX_BASE_URL: `${corpusBackend}/telnyx/v2`,
        MOVEWORKS_ACCESS_TOKEN: creds.moveworks.accessToken,
        MOVEWORKS_ASSISTANT_NAME: creds.moveworks.assistantName,
        MOVEWORKS_BASE_URL: `${corpusBackend}/moveworks/rest/v1beta1`,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The production bundle under preview's Content-Security-Policy (e2e/preview.spec.ts), and
      // the offline page of the HTML export beside it.
      command: `npx vite build --outDir ${PREVIEW_OUT} --emptyOutDir && npx vite build -c vite.offline.config.ts --outDir ${PREVIEW_OUT} && npx vite preview --outDir ${PREVIEW_OUT} --port ${PORTS.preview} --strictPort`,
      url: `http://localhost:${PORTS.preview}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
