import { expect, type Page } from '@playwright/test';

/** The transcript feed (ui-contract.md "Transcript"). */
export function feed(page: Page) {
  return page.getByRole('feed', { name: 'Transcript' });
}

/** Waits until every page has loaded: the feed is no longer busy and the progress bar is gone. */
export async function waitForFullLoad(page: Page, timeout = 45_000) {
  await expect(feed(page)).toHaveAttribute('aria-busy', 'false', { timeout });
  await expect(page.getByRole('progressbar', { name: 'Loading messages' })).toHaveCount(0);
}

/** The article at 1-based `position` of the whole transcript. */
export function articleAt(page: Page, position: number) {
  return feed(page).locator(`article[aria-posinset="${position}"]`);
}

/** The transcript's message count, from `aria-setsize` once fully loaded. */
export async function setSize(page: Page): Promise<number> {
  const value = await feed(page).locator('article').first().getAttribute('aria-setsize');
  return Number(value);
}
