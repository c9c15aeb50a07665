import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { PORTS } from './ports.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, setSize, waitForFullLoad } from './transcript.ts';

// The first export on a dev server builds the offline page (src/server/offline/plugin.ts).
test.setTimeout(150_000);

/** Picks "Export" → "HTML" and saves the file the browser downloads; returns its path. */
async function exportHtml(page: Page, testInfo: TestInfo): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const saved = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('menuitem', { name: 'HTML' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Opens `file` in a fresh context where every request but the file's own is aborted, and
 * records every request the page made and every console error (a request the page's
 * Content-Security-Policy refused is one).
 */
async function openOffline(browser: Browser, file: string) {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) =>
    route.request().url() === url ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await waitForFullLoad(page);
  /** Asserts that nothing but the file was asked for and nothing went wrong. */
  const verify = async () => {
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  };
  return { page, verify };
}

/** The JSON export an HTML export carries. */
function dataOf(html: string): { messages: unknown[] } {
  const text = /<script type="application\/json" id="transcript-data">([^<]*)<\/script>/.exec(html);
  return JSON.parse(text?.[1] ?? 'null');
}

/** The text of the transcript's first and last articles, the last reached with "Jump to end". */
async function ends(page: Page): Promise<{ count: number; first: string; last: string }> {
  const count = await setSize(page);
  const first = (await articleAt(page, 1).textContent()) ?? '';
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(articleAt(page, count)).toBeInViewport();
  const last = (await articleAt(page, count).textContent()) ?? '';
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(articleAt(page, 1)).toBeInViewport();
  return { count, first, last };
}

test('twilio: the HTML export shows the transcript offline, its tool calls and find', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(`/twilio/${encodeURIComponent(SAMPLE_IDS.twilio.toolHeavy)}`);
  await waitForFullLoad(page);
  const shown = await ends(page);
  expect(shown.first).toContain('My parcel says delivered');
  const file = await exportHtml(page, testInfo);

  const offline = await openOffline(browser, file);
  const o = offline.page;
  await expect(feed(o)).toBeVisible();
  await expect(o.getByRole('heading', { name: SAMPLE_IDS.twilio.toolHeavy })).toBeVisible();
  expect(await ends(o)).toEqual(shown);

  const card = feed(o).locator('button[data-tool-call-id]').first();
  await card.click();
  await expect(card).toHaveAttribute('aria-expanded', 'true');

  await o.keyboard.press('/');
  const searchbox = o.getByRole('searchbox', { name: 'Search transcript' });
  await expect(searchbox).toBeFocused();
  await searchbox.fill('Philadelphia');
  await expect(o.getByRole('status').filter({ hasText: / of / })).toHaveText(/^1 of \d+$/);
  await expect(feed(o).locator('mark[aria-current="true"]')).toHaveText(/Philadelphia/i);

  // Exported again from the file itself, which can fetch nothing: the same page, the same data.
  const again = await readFile(await exportHtml(o, testInfo), 'utf8');
  expect(dataOf(again)).toMatchObject({
    ...dataOf(await readFile(file, 'utf8')),
    exportedAt: expect.any(String),
  });
  await offline.verify();
});

test('moveworks: the HTML export keeps the citations, and Ctrl+F finds in it', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(`/moveworks/${encodeURIComponent(SAMPLE_IDS.moveworks.citations)}`);
  await waitForFullLoad(page);
  const shown = await ends(page);
  const file = await exportHtml(page, testInfo);

  const offline = await openOffline(browser, file);
  const o = offline.page;
  expect(await ends(o)).toEqual(shown);
  const marker = feed(o).locator('a[data-citation-id]').first();
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAttribute('href', /^https:\/\//);
  await expect(feed(o).getByRole('region', { name: 'Sources' }).first()).toBeVisible();

  await o.keyboard.press('Control+f');
  await o.getByRole('searchbox', { name: 'Search transcript' }).fill('renewal');
  await expect(o.getByRole('status').filter({ hasText: / of / })).toHaveText(/^1 of \d+$/);
  await offline.verify();
});

test('twilio: hostile markup travels in the HTML export as text, and none of it runs', async ({
  page,
  browser,
}, testInfo) => {
  const id = SAMPLE_IDS.twilio.hostile;
  await page.goto(`/twilio/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  const shown = await ends(page);
  const file = await exportHtml(page, testInfo);

  const offline = await openOffline(browser, file);
  const o = offline.page;
  await expect(o.getByRole('heading', { name: id })).toBeVisible();
  expect(await ends(o)).toEqual(shown);
  await expect(articleAt(o, 1)).toContainText('<script>window.__xss=1</script> Hi');
  expect(await o.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
  await offline.verify();
});

test('telnyx: from the production build under preview, the export is that build’s page', async ({
  page,
  browser,
}, testInfo) => {
  const preview = `http://localhost:${PORTS.preview}`;
  await page.goto(`${preview}/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.toolHeavy)}`);
  await waitForFullLoad(page);
  const shown = await ends(page);
  const file = await exportHtml(page, testInfo);
  const built = await (await page.request.get(`${preview}/offline.html`)).text();
  const script = (html: string) => /<script type="module">[\s\S]*?<\/script>/.exec(html)?.[0];
  expect(script(await readFile(file, 'utf8'))).toBe(script(built));

  const offline = await openOffline(browser, file);
  expect(await ends(offline.page)).toEqual(shown);
  await offline.verify();
});
