import { readFile, writeFile } from 'node:fs/promises';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expectNoSeriousViolations } from './axe.ts';
import {
  apiRequests,
  expectSameRows,
  exportJson,
  messagesPath,
  openFile,
  renderedArticles,
  savedResponse,
} from './open-file.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

/** Per vendor a transcript with tool-call cards, or (Moveworks, which tells tools as prose) citations. */
const cases = [
  { vendor: 'twilio', id: SAMPLE_IDS.twilio.toolHeavy, card: 'button[data-tool-call-id]' },
  { vendor: 'telnyx', id: SAMPLE_IDS.telnyx.toolHeavy, card: 'button[data-tool-call-id]' },
  { vendor: 'moveworks', id: SAMPLE_IDS.moveworks.citations, card: 'a[data-citation-id]' },
] as const;

for (const { vendor, id, card } of cases) {
  test(`${vendor}: a messages response opened at /open is the same transcript, with no vendor request`, async ({
    page,
    request,
  }) => {
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
    // Chronological, whatever order the vendor sent (Telnyx and Moveworks: newest first).
    expectSameRows(await renderedArticles(page), live);
    await expect(feed(page).locator('article').first()).toHaveAttribute('aria-setsize', size ?? '');
    await expect(page).toHaveURL(/\/open$/);

    if (card.startsWith('button')) {
      const button = feed(page).locator(card).first();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
    } else {
      await expect(feed(page).locator(card).first()).toHaveAttribute('href', /^https?:/);
    }
    // A word of the first message, found by search.
    const word = /\p{L}{5,}/u.exec(live[0]?.text.replace(/^.*?(AM|PM)/, '') ?? '')?.[0] ?? '';
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Search transcript' }).fill(word);
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
  expectSameRows(await renderedArticles(page), live);
  const again = await exportJson(page);
  const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });
  expect(withoutTime(again.text)).toEqual(withoutTime(first.text));
  expect(api).toEqual([]);
});

test('a redacted JSON export opens at /open as the same redacted transcript', async ({ page }) => {
  const id = SAMPLE_IDS.telnyx.appointment;
  await page.goto(`/telnyx/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  await page.getByLabel('Redact personal data').check();
  await page.getByLabel('Show redacted').check();
  await expect(feed(page)).toContainText('[email 1]');
  const redacted = await renderedArticles(page);
  const exported = await exportJson(page);
  expect(exported.text).not.toContain('luis.ortega@example.com');

  await page.goto('/open');
  const api = apiRequests(page);
  await openFile(page, exported.path);
  await waitForFullLoad(page);
  await expect(feed(page)).toContainText('[email 1]');
  await expect(feed(page)).not.toContainText('luis.ortega@example.com');
  expectSameRows(await renderedArticles(page), redacted);
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

test('/open passes axe: empty, with an alert, and with a transcript', async ({ page, request }) => {
  await page.goto('/open');
  await expectNoSeriousViolations(page);
  const bad = test.info().outputPath('bad.json');
  await writeFile(bad, '[1, 2]');
  await openFile(page, bad);
  await expect(page.getByRole('alert')).toContainText('[0]');
  await expectNoSeriousViolations(page);
  await openFile(page, await savedResponse(request, 'twilio', SAMPLE_IDS.twilio.toolHeavy));
  await waitForFullLoad(page);
  await expectNoSeriousViolations(page);
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

test('a file dropped on the page is opened', async ({ page, request }) => {
  const response = await request.get(messagesPath('telnyx', SAMPLE_IDS.telnyx.toolHeavy));
  const text = await response.text();
  await page.goto('/open');
  const data = await page.evaluateHandle((body) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, text);
  const heading = page.getByRole('heading', { name: 'Open a file' });
  await heading.dispatchEvent('dragover', { dataTransfer: data });
  await heading.dispatchEvent('drop', { dataTransfer: data });
  await waitForFullLoad(page);
  await expect(page.getByText('from the file dropped.json')).toBeVisible();
});

test('the home page links to /open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open a file' }).click();
  await expect(page).toHaveURL(/\/open$/);
  await expect(page.getByLabel('Open a file')).toBeVisible();
});
