import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

// Fifty pages through a dev server on two cores: slow by design here; speed is the benchmark's job.
test.describe.configure({ timeout: 150_000 });

for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const) {
  test(`${vendor}: the 5,000-message conversation loads to the end, virtualized`, async ({
    page,
  }) => {
    const id = SAMPLE_IDS[vendor].generated5000;
    let mostArticles = 0;
    let mostLoaded = 0;
    await page.goto(`/${vendor}/${encodeURIComponent(id)}`);
    // Sample the page while it loads, in one atomic read each time (elements come and go).
    for (let busy = true; busy; await page.waitForTimeout(200)) {
      const snap = await page.evaluate(() => ({
        busy: document.querySelector('[role=feed]')?.getAttribute('aria-busy') !== 'false',
        articles: document.querySelectorAll('article').length,
        loaded: document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow'),
      }));
      busy = snap.busy;
      mostArticles = Math.max(mostArticles, snap.articles);
      if (snap.loaded != null) {
        // The bar only moves forward, and never past the whole transcript.
        expect(Number(snap.loaded)).toBeGreaterThanOrEqual(mostLoaded);
        mostLoaded = Number(snap.loaded);
        expect(mostLoaded).toBeLessThanOrEqual(5000);
      }
    }
    await waitForFullLoad(page, 120_000);
    await expect(articleAt(page, 1)).toHaveAttribute('aria-setsize', '5000');
    await expect(articleAt(page, 1)).toContainText('Generated conversation start');

    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(articleAt(page, 5000)).toBeInViewport();
    await expect(articleAt(page, 5000)).toContainText('Generated conversation end');
    mostArticles = Math.max(mostArticles, await page.locator('article').count());
    expect(mostArticles).toBeLessThan(200);

    // The middle, for a person to look at (test-results/…/middle.png).
    await feed(page).evaluate((el) => {
      const scroller = el.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight / 2;
    });
    await expect(feed(page).locator('article').first()).toBeVisible();
    expect(await page.locator('article').count()).toBeLessThan(200);
    await page.screenshot({ path: test.info().outputPath('middle.png') });
  });
}
