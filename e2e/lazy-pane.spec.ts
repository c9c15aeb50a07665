import type { Page, Route } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

/**
 * Holds back the transcript pane's code (a lazy module, thread-page.tsx) until `release` is
 * called. The dev server serves it as its own module; a build, as its own chunk.
 */
async function holdPane(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/src\/features\/thread\/thread\.tsx(\?|$)/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the first page is asked for while the pane is still loading, under a busy feed', async ({
  page,
}) => {
  const release = await holdPane(page);
  const id = SAMPLE_IDS.telnyx.orderStatus;
  const firstPage = page.waitForRequest(/\/api\/telnyx\/ai\/conversations\/[^/]+\/messages\?/);
  await page.goto(`/telnyx/${encodeURIComponent(id)}`);
  // Were the fetch to wait for the pane's code, this would never come: the code is held.
  await firstPage;
  await expect(feed(page)).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('progressbar', { name: 'Loading messages' })).toBeVisible();
  await expect(page.getByRole('heading', { name: id })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  release();
  await waitForFullLoad(page);
  await expect(articleAt(page, 1)).toBeVisible();
});

test.describe('a first page that fails before the pane loads', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('shows once the pane is in, and is not asked for again when it mounts', async ({ page }) => {
    const release = await holdPane(page);
    // Requests made before and after the pane's code is let through. (In development React's
    // StrictMode mounts the route twice, and React Query may ask again for a page whose observer
    // went in between: that happens before the pane is released.)
    let released = false;
    const before: string[] = [];
    const after: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/moveworks\/.*\/messages\?/.test(r.url()))
        (released ? after : before).push(r.url());
    });
    const failed = page.waitForResponse(
      (r) => /\/api\/moveworks\/.*\/messages\?/.test(r.url()) && r.status() === 404,
    );
    await page.goto(`/moveworks/${encodeURIComponent('conv_doesNotExist')}`);
    await failed;
    // No error while the pane loads: the placeholder is only busy.
    await expect(page.getByRole('alert')).toHaveCount(0);
    released = true;
    release();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP 404');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(feed(page)).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(500);
    expect(before.length).toBeGreaterThan(0);
    // The failure waits for Retry: mounting the pane does not fetch the page again.
    expect(after).toHaveLength(0);
  });
});

test.describe('a pane whose code fails to download', () => {
  test.use({
    allowedConsoleErrors: [/dynamically imported module|ERR_FAILED|thread\.tsx|error boundary/i],
  });

  test('says so, with a Reload, instead of staying busy', async ({ page }) => {
    await page.route(/\/src\/features\/thread\/thread\.tsx(\?|$)/, (route) => route.abort());
    await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.orderStatus)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of the viewer could not be downloaded.');
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
