import { readFile, writeFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { PORTS } from './ports.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

type VendorId = 'twilio' | 'telnyx' | 'moveworks';

/** The first page of a transcript's messages as each vendor's API answers it, through the proxy. */
function messagesPath(vendor: VendorId, id: string): string {
  const at = encodeURIComponent(id);
  if (vendor === 'twilio') return `/api/twilio/v1/Sessions/${at}/Messages?PageSize=1000`;
  if (vendor === 'telnyx')
    return `/api/telnyx/ai/conversations/${at}/messages?page[number]=1&page[size]=100`;
  return `/api/moveworks/conversations/${at}/messages?limit=100`;
}

/** Saves the vendor's response body, exactly as sent, to a file of the test's own. */
async function savedResponse(request: APIRequestContext, vendor: VendorId, id: string) {
  const response = await request.get(messagesPath(vendor, id));
  expect(response.ok()).toBe(true);
  const path = test.info().outputPath(`${vendor}-messages.json`);
  await writeFile(path, await response.body());
  return path;
}

/** Every request the page makes to the proxy's `/api/` from now on. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) seen.push(r.url());
  });
  return seen;
}

/** The ids and text of the articles rendered at the top of the feed, in order. */
async function renderedArticles(page: Page) {
  return feed(page)
    .locator('article')
    .evaluateAll((articles) =>
      articles
        .map((a) => ({
          position: Number(a.getAttribute('aria-posinset')),
          id: a.getAttribute('data-message-id'),
          text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        }))
        .sort((a, b) => a.position - b.position),
    );
}

async function openFile(page: Page, path: string) {
  await page.getByLabel('Open a file').setInputFiles(path);
}

/** Picks "Export" → "JSON" and reads the file the browser saved, and where. */
async function exportJson(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  const path = await (await saved).path();
  return { path, text: await readFile(path, 'utf8') };
}

const vendors: VendorId[] = ['twilio', 'telnyx', 'moveworks'];

for (const vendor of vendors) {
  test(`${vendor}: a messages response opened at /open is the same transcript, with no vendor request`, async ({
    page,
    request,
  }) => {
    const id = SAMPLE_IDS[vendor].toolHeavy;
    const file = await savedResponse(request, vendor, id);
    // The same transcript from the vendor, for reference.
    await page.goto(`/${vendor}/${encodeURIComponent(id)}`);
    await waitForFullLoad(page);
    const live = await renderedArticles(page);
    const size = await feed(page).locator('article').first().getAttribute('aria-setsize');

    await page.goto('/open');
    const api = apiRequests(page);
    await openFile(page, file);
    await waitForFullLoad(page);
    const opened = await renderedArticles(page);
    // Chronological, whatever order the vendor sent (Telnyx and Moveworks: newest first).
    expect(opened.map((a) => a.position)).toEqual(opened.map((_, i) => i + 1));
    expect(opened).toEqual(live);
    await expect(feed(page).locator('article').first()).toHaveAttribute('aria-setsize', size ?? '');
    await expect(page).toHaveURL(/\/open$/);

    const card = feed(page).locator('button[data-tool-call-id]').first();
    await card.click();
    await expect(card).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Search transcript' }).fill('parcel');
    await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+$/ })).toBeVisible();
    // A message's Details shows its payload, from the file.
    const first = feed(page).locator('article').first();
    await first.hover();
    await first.getByRole('button', { name: 'Details' }).click();
    const details = first.getByRole('region', { name: 'Message details' });
    await expect(details.locator('pre')).toContainText(/"(date_)?created(_at)?"/);
    expect(api).toEqual([]);
  });
}

test('export JSON → open at /open gives the same transcript, and exporting it again the same file', async ({
  page,
}) => {
  const id = SAMPLE_IDS.moveworks.toolHeavy;
  await page.goto(`/moveworks/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  const live = await renderedArticles(page);
  const first = await exportJson(page);

  await page.goto('/open');
  const api = apiRequests(page);
  await openFile(page, first.path);
  await waitForFullLoad(page);
  expect(await renderedArticles(page)).toEqual(live);
  const again = await exportJson(page);
  const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });
  expect(withoutTime(again.text)).toEqual(withoutTime(first.text));
  expect(api).toEqual([]);
});

test('a file that is no transcript gives an alert saying what was expected; nothing else changes', async ({
  page,
  request,
}) => {
  const good = await savedResponse(request, 'telnyx', SAMPLE_IDS.telnyx.toolHeavy);
  const bad = test.info().outputPath('not-a-transcript.json');
  await writeFile(bad, JSON.stringify({ data: [], meta: { page_number: 1 } }));
  await page.goto('/open');
  await openFile(page, bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not-a-transcript.json');
  await expect(alert).toContainText('meta.total_pages');
  await expect(alert).toContainText('Telnyx {data, meta}');
  await expect(feed(page)).toHaveCount(0);

  await openFile(page, good);
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const shown = await renderedArticles(page);
  const lines = test.info().outputPath('lines.ndjson');
  await writeFile(lines, `${await readFile(good, 'utf8')}\n{"data": [\n`);
  await openFile(page, lines);
  await expect(page.getByRole('alert')).toContainText('line 2');
  await expect(page.getByRole('alert')).toContainText('is not JSON');
  expect(await renderedArticles(page)).toEqual(shown);
});

test('pasted text is opened as a file', async ({ page, request }) => {
  const response = await request.get(messagesPath('twilio', SAMPLE_IDS.twilio.toolHeavy));
  const text = await response.text();
  await page.goto('/open');
  await page.evaluate((body) => {
    const data = new DataTransfer();
    data.setData('text/plain', body);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  }, text);
  await waitForFullLoad(page);
  await expect(page.getByText('from the file Pasted text')).toBeVisible();
});

test('the home page links to /open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open a file' }).click();
  await expect(page).toHaveURL(/\/open$/);
  await expect(page.getByLabel('Open a file')).toBeVisible();
});

test('preview: a file opens under the Content-Security-Policy, its reader a worker', async ({
  page,
  request,
}) => {
  const file = await savedResponse(request, 'moveworks', SAMPLE_IDS.moveworks.toolHeavy);
  await page.goto(`http://localhost:${PORTS.preview}/open`);
  await openFile(page, file);
  await waitForFullLoad(page);
  const card = feed(page).locator('button[data-tool-call-id]').first();
  await card.click();
  await expect(card).toHaveAttribute('aria-expanded', 'true');
});
