import { expect, type Locator, type Page } from '@playwright/test';

/** The transcript feed (docs/contract.md "Transcript"). */
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

/**
 * Scrolls the transcript down a screen at a time until `locator` is in the page: rows far from
 * the viewport are not rendered (virtualized), so a plain query would not find them.
 */
export async function scrollUntilAttached(page: Page, locator: Locator, maxScreens = 60) {
  for (let i = 0; i < maxScreens && (await locator.count()) === 0; i++) {
    await feed(page).evaluate((el) =>
      el.parentElement?.scrollBy(0, el.parentElement.clientHeight * 0.8),
    );
    await page.waitForTimeout(50);
  }
  await expect(locator.first()).toBeAttached();
}
