import type { Route } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { feed, scrollUntilAttached, waitForFullLoad } from './transcript.ts';

/** The list page's code: its own module in development, its own chunk in a build. */
const LIST_PAGE = /\/src\/features\/conversations\/conversation-list-page\.tsx(\?|$)/;
/** The code highlighter's, fetched the first time a fence with a language shows. */
const HIGHLIGHTER = /\/src\/features\/thread\/rich-text\/highlighted-code\.tsx(\?|$)/;

test.describe('code that fails to download', () => {
  // The blocked download, and React's report of the error its boundary caught.
  test.use({
    allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/],
  });

  test('a list whose code cannot be downloaded offers a Reload, which works once it can', async ({
    page,
  }) => {
    // The network's edge: a test cannot otherwise make a deploy remove a chunk, or go offline
    // for one file.
    const block = (route: Route) => route.abort('internetdisconnected');
    await page.route(LIST_PAGE, block);
    await page.goto('/telnyx');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of the viewer could not be downloaded.');
    const reload = alert.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    // Going elsewhere leaves the notice behind; coming back shows it again.
    await page.getByRole('link', { name: 'Transcript viewer' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.goBack();
    await expect(reload).toBeVisible();

    await page.unroute(LIST_PAGE, block);
    await reload.click();
    await expect(page.getByRole('list', { name: 'Telnyx AI conversations' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a code highlighter that cannot be downloaded leaves the code plain and the page up', async ({
    page,
  }) => {
    await page.route(HIGHLIGHTER, (route) => route.abort('internetdisconnected'));
    await page.goto(`/twilio/${encodeURIComponent(SAMPLE_IDS.twilio.passwordReset)}`);
    await waitForFullLoad(page);
    const code = feed(page).locator('pre[data-language] code').first();
    await scrollUntilAttached(page, code);
    await expect(code).toBeVisible();
    await expect(code).not.toBeEmpty();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
