import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

test.use({ allowedConsoleErrors: [/503/] });

test('a failed page keeps what loaded on screen, and Retry goes on to the end', async ({
  page,
}) => {
  const id = SAMPLE_IDS.telnyx.generated5000;
  let failuresLeft = 4; // more than the automatic retries, so the person has to press Retry
  await page.route('**/api/telnyx/ai/conversations/*/messages?*', async (route) => {
    const pageNumber = new URL(route.request().url()).searchParams.get('page[number]');
    if (pageNumber === '3' && failuresLeft > 0) {
      failuresLeft -= 1;
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ code: '10007', title: 'Service unavailable', detail: 'Try again later.' }],
        }),
      });
    }
    return route.continue();
  });
  await page.goto(`/telnyx/${encodeURIComponent(id)}`);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Telnyx AI · HTTP 503', { timeout: 30_000 });
  await expect(alert).toContainText('Service unavailable: Try again later.');
  // Two pages made it: they stay, and the transcript is not claimed complete.
  await expect(feed(page)).toHaveAttribute('aria-busy', 'false');
  await expect(articleAt(page, 1)).toBeVisible();
  await expect(articleAt(page, 1)).toHaveAttribute('aria-setsize', '5000');
  expect(failuresLeft).toBe(0);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(articleAt(page, 5000)).toContainText('Generated conversation end');
});
