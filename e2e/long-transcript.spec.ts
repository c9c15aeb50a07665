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

test('a scrollbar drag draws light placeholders, then the full messages where it stops', async ({
  page,
}) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.generated5000)}`);
  await expect(articleAt(page, 1)).toContainText('Generated conversation start');
  await expect
    .poll(() => feed(page).evaluate((el) => el.getBoundingClientRect().height), {
      timeout: 60_000,
    })
    .toBeGreaterThan(100_000);
  // Far moves, one a frame, as a drag of the scrollbar thumb writes them (`step` px, or
  // `viewports` heights of the scroller); what the feed holds is read in the frame after each.
  const drag = (step: { px?: number; viewports?: number }) =>
    feed(page).evaluate(async (el, { px, viewports }) => {
      const scroller = el.parentElement;
      if (!scroller) throw new Error('no scroller');
      const by = px ?? (viewports ?? 1) * scroller.clientHeight;
      const seen: { busy: number; rich: number }[] = [];
      for (let i = 1; i <= 5; i++) {
        scroller.scrollTop += by;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        seen.push({
          busy: el.querySelectorAll('article[aria-busy="true"]').length,
          rich: el.querySelectorAll('article header').length,
        });
      }
      return seen;
    }, step);
  const landed = async () => {
    await expect(feed(page).locator('article[aria-busy="true"]')).toHaveCount(0);
    await expect(feed(page).locator('article header').first()).toBeVisible();
  };
  // Moves of a viewport and a half: one may be a jump (to a match, an end), drawn in full; from
  // the third frame on, placeholders only.
  const near = await drag({ viewports: 1.5 });
  expect(near[0]?.rich).toBeGreaterThan(0);
  expect(near.slice(2).every((s) => s.busy > 0 && s.rich === 0)).toBe(true);
  await landed();
  // Leaps of many viewports (a drag over a long transcript): placeholders from the first frame,
  // so no full row far away is rendered and measured.
  const far = await drag({ px: 9000 });
  expect(far.every((s) => s.busy > 0 && s.rich === 0)).toBe(true);
  // Landed: full messages again, no placeholder left.
  await landed();
  // A jump of the view's own during a flight lands it at once: two frames after "Jump to start"
  // (a flight left alone lands six quiet frames after its last move), the first message is whole.
  const jumped = await feed(page).evaluate(async (el) => {
    const scroller = el.parentElement;
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Jump to start',
    );
    if (!scroller || !button) throw new Error('no scroller or no "Jump to start"');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 1; i <= 3; i++) {
      scroller.scrollTop += 9000;
      await frame();
    }
    const flying = el.querySelectorAll('article[aria-busy="true"]').length;
    button.click();
    await frame();
    await frame();
    const first = el.querySelector('article[aria-posinset="1"]');
    return {
      flying,
      busy: el.querySelectorAll('article[aria-busy="true"]').length,
      firstWhole: first !== null && first.querySelector('header') !== null,
    };
  });
  expect(jumped).toEqual({ flying: expect.any(Number), busy: 0, firstWhole: true });
  expect(jumped.flying).toBeGreaterThan(0);
});
