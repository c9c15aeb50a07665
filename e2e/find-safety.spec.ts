import type { Page } from '@playwright/test';
import { BACKTRACKING_BAIT } from '../src/server/sample-data/conversations/hostile.ts';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });

/** The page answers input: the theme switch applies and Escape closes the search, promptly. */
async function expectResponsive(page: Page) {
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/, { timeout: 2_000 });
  await searchbox(page).press('Escape');
  await expect(searchbox(page)).toHaveCount(0, { timeout: 2_000 });
}

test('a catastrophically backtracking pattern from a link does not freeze the tab', async ({
  page,
}) => {
  const id = encodeURIComponent(SAMPLE_IDS.twilio.hostile);
  // `(a+)+$` over 48 a's then "!" takes ~2^48 steps on a backtracking engine.
  await page.goto(`/twilio/${id}?q=${encodeURIComponent('(a+)+$')}&regex=1`);
  await waitForFullLoad(page);
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('data-search-query', '(a+)+$', { timeout: 5_000 });
  await expect(status).toHaveText(/^(No matches|\d+ of \d+)$/);
  await expectResponsive(page);

  // The same nesting that does match marks the bait.
  await page.goto(`/twilio/${id}?q=${encodeURIComponent('(a+)+!')}&regex=1`);
  await waitForFullLoad(page);
  await expect(status).toHaveText('1 of 1', { timeout: 5_000 });
  await expect(feed(page).locator('mark[aria-current="true"]')).toHaveText(BACKTRACKING_BAIT);
  await expectResponsive(page);
});

test('over 5,000 messages, a backtracking pattern settles and the page stays responsive', async ({
  page,
}) => {
  const id = encodeURIComponent(SAMPLE_IDS.twilio.generated5000);
  // Backtracks on every message ending in punctuation after a run of words.
  const query = '(\\w+\\s?)+$';
  await page.goto(`/twilio/${id}?q=${encodeURIComponent(query)}&regex=1`);
  await waitForFullLoad(page);
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('data-search-query', query, { timeout: 15_000 });
  await expect(status).toHaveText(/^(No matches|[\d,]+ of [\d,]+)$/);
  await expectResponsive(page);
});

test('a pattern the safe engine cannot run, or an invalid one, says so in the find bar', async ({
  page,
}) => {
  const id = encodeURIComponent(SAMPLE_IDS.twilio.hostile);
  await page.goto(`/twilio/${id}?q=${encodeURIComponent('a(?=b)')}&regex=1`);
  await waitForFullLoad(page);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^Unsupported regular expression: look-ahead/);
  await searchbox(page).fill('(a+');
  await expect(status).toHaveText(/^Invalid regular expression: .*Unterminated group/);
  await searchbox(page).fill('(a+)');
  await expect(status).toHaveText(/^\d+ of \d+$/);
});
