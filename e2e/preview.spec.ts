import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { PORTS } from './ports.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

// The production bundle, served by `vite preview` with its security headers. A script, style or
// connection the Content-Security-Policy refuses is a console error, which fails the test.
const PREVIEW = `http://localhost:${PORTS.preview}`;

test('preview serves the page with a CSP that forbids inline script, nosniff and no-referrer', async ({
  request,
}) => {
  const page = await request.get(`${PREVIEW}/telnyx/x`);
  const csp = page.headers()['content-security-policy'] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toBe("'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(await page.text()).not.toMatch(/<script>(?!<\/script>)/);
  const api = await request.get(`${PREVIEW}/api/status`);
  expect(api.headers()['cache-control']).toBe('no-store');
});

test('the app works under that policy: a transcript, its cards, search and the theme', async ({
  page,
}) => {
  await page.goto(`${PREVIEW}/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.toolHeavy)}`);
  await waitForFullLoad(page);
  const card = feed(page).locator('button[data-tool-call-id]').first();
  await card.click();
  await expect(card).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('order');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /of \d+/ })
      .first(),
  ).toBeVisible();
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test.describe('another origin', () => {
  // Chromium logs the refused cross-origin read.
  test.use({ allowedConsoleErrors: [/CORS policy|Failed to load resource/] });

  test('cannot read /api, from a page or with a forged Origin', async ({ page, request }) => {
    const forged = await request.get(`${PREVIEW}/api/status`, {
      headers: { origin: 'http://localhost:1', 'sec-fetch-site': 'same-site' },
    });
    expect(forged.status()).toBe(403);
    // A page of the dev server (another port: same site, other origin) tries to read preview's API.
    await page.goto('/');
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          (r) => `HTTP ${r.status}`,
          (e: unknown) => `refused: ${String(e)}`,
        ),
      `${PREVIEW}/api/status`,
    );
    expect(outcome).toMatch(/^refused/);
  });
});
