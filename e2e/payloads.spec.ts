import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import {
  BIG_INTEGER_ARGUMENT,
  BIG_PAYLOAD_ROWS,
} from '../src/server/sample-data/conversations/big-payload.ts';
import { expect, test } from './test.ts';
import { feed, scrollUntilAttached, waitForFullLoad } from './transcript.ts';

const url = `/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.bigPayload)}`;
const lastSku = `NWK-${String(BIG_PAYLOAD_ROWS - 1).padStart(6, '0')}`;

/** Records the page's long tasks (ms) from now on: how long the main thread was held at once. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    Object.assign(window, { longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const tasks: unknown = Reflect.get(window, 'longTasks');
      return Array.isArray(tasks) ? tasks.map(Number) : [];
    });
}

test('a 10 MB tool result shows folded with its size, and the page stays responsive', async ({
  page,
}) => {
  await page.goto(url);
  await waitForFullLoad(page);
  const longTasks = await watchLongTasks(page);
  const big = feed(page).locator('article[data-role="tool"]', { hasText: 'too large' });
  await expect(big).toContainText(/Tool result: 10\.\d MB, too large to show at once\./);
  // Folded: the result's text is not in the page.
  expect((await big.textContent())?.length).toBeLessThan(1000);

  // The find box searches the big result too (its last row), and answers.
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill(lastSku);
  await expect(page.getByRole('status').filter({ hasText: /of|No matches/ })).toHaveText('1 of 1');
  await page.keyboard.press('Escape');

  // Another card opens while the big one stays folded.
  const lookup = feed(page).getByRole('button', { name: 'Tool call lookup_shipment' });
  await lookup.click();
  await expect(lookup).toHaveAttribute('aria-expanded', 'true');

  // Opened, the big result shows its start as sent, a slice at a time.
  await scrollUntilAttached(page, big);
  await big.getByRole('button', { name: 'Show the start' }).click();
  await expect(big.locator('pre')).toContainText(
    '{"warehouse":"newark","rows":[{"sku":"NWK-000000"',
  );
  await expect(big).toContainText(/The first 20,000 of 10,\d{3},\d{3} characters, as sent\./);
  await big.getByRole('button', { name: 'Show more' }).click();
  await expect(big).toContainText(/The first 40,000 of /);
  expect((await big.textContent())?.length).toBeLessThan(50_000);

  // Nothing above held the page for long (a frame dropped here and there, no freeze).
  expect(Math.max(0, ...(await longTasks()))).toBeLessThan(500);

  // The download is the whole result, byte for byte.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    big.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tool-result.txt');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved.startsWith('{"warehouse":"newark"')).toBe(true);
  expect(saved.endsWith(`"row_count":${BIG_PAYLOAD_ROWS}}`)).toBe(true);

  // Its vendor payload in Details is folded the same way.
  await big.hover();
  await big.getByRole('button', { name: 'Details' }).click();
  await expect(big.getByRole('region', { name: 'Message details' })).toContainText(
    /Vendor payload: \d+\.\d MB, too large to show at once\./,
  );
});

test('a tool call shows a 20-digit integer and 1.0 exactly as sent', async ({ page }) => {
  await page.goto(url);
  await waitForFullLoad(page);
  const lookup = feed(page).getByRole('button', { name: 'Tool call lookup_shipment' });
  await lookup.click();
  const card = lookup.locator('..');
  await expect(card.locator('pre').first()).toHaveText(
    `{\n  "shipment_id": ${BIG_INTEGER_ARGUMENT},\n  "weight_kg": 1.0\n}`,
  );
  // Search finds the digits where they are shown.
  await page.keyboard.press('Control+f');
  await page
    .getByRole('searchbox', { name: 'Search transcript' })
    .fill(`: ${BIG_INTEGER_ARGUMENT}`);
  await expect(page.getByRole('status').filter({ hasText: /of|No matches/ })).toHaveText('1 of 1');
  await expect(card.locator('mark[aria-current="true"]')).toHaveText(`: ${BIG_INTEGER_ARGUMENT}`);
});
