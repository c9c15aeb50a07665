import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { PORTS } from './ports.ts';

/**
 * Opens the app once on each dev server before any test: a fresh checkout's first page load
 * waits for Vite to optimize dependencies and transform every module, which is start-up cost,
 * not what a test measures.
 */
export default async function globalSetup(): Promise<void> {
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    for (const port of [PORTS.dev, PORTS.corpusDev, PORTS.faultsDev]) {
      await page.goto(`http://localhost:${port}/twilio`);
      await page.getByRole('navigation', { name: 'Vendors' }).waitFor({ timeout: 120_000 });
      await page.waitForLoadState('networkidle');
    }
  } finally {
    await browser.close();
  }
}
