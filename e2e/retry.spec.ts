import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

// One pattern: Playwright reads a two-item array as a value and its options.
test.use({ allowedConsoleErrors: [/\b(400|503)\b/] });

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

/** Moveworks's answer to a cursor it no longer takes (docs/vendor-notes.md §3.5). */
const INVALID_CURSOR = {
  status: 400,
  contentType: 'application/json',
  body: JSON.stringify({
    error: { code: 'INVALID_CURSOR', message: 'The provided cursor is invalid or expired.' },
  }),
};
const MOVEWORKS_PAGES = '**/api/moveworks/conversations/*/messages?*';

test('an expired Moveworks cursor reads the transcript again from page 1, once', async ({
  page,
}) => {
  const id = SAMPLE_IDS.moveworks.generated5000;
  // Each request in order: `first` (no cursor), `next`, or `expired` (answered INVALID_CURSOR).
  const requests: string[] = [];
  await page.route(MOVEWORKS_PAGES, (route) => {
    const first = !new URL(route.request().url()).searchParams.has('cursor');
    // The third page's cursor has expired, as the vendor says of a cursor kept too long.
    const expired =
      !first && !requests.includes('expired') && requests.filter((r) => r === 'next').length === 1;
    requests.push(first ? 'first' : expired ? 'expired' : 'next');
    return expired ? route.fulfill(INVALID_CURSOR) : route.continue();
  });
  await page.goto(`/moveworks/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const after = requests.slice(requests.indexOf('expired') + 1);
  expect(after.filter((r) => r === 'first')).toHaveLength(1);
  expect(after[0]).toBe('first');
  // Every message once: the second reading replaced the first.
  await expect(articleAt(page, 1)).toHaveAttribute('aria-setsize', '5000');
  const check = page.getByRole('note', { name: 'Transcript check' });
  await expect(check).toContainText('the transcript was read again from its first page');
  await expect(check).not.toContainText('sent twice');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(articleAt(page, 5000)).toContainText('Generated conversation end');
});

test('a cursor that expires again shows the error, and what loaded stays', async ({ page }) => {
  const id = SAMPLE_IDS.moveworks.generated5000;
  await page.route(MOVEWORKS_PAGES, (route) =>
    new URL(route.request().url()).searchParams.has('cursor')
      ? route.fulfill(INVALID_CURSOR)
      : route.continue(),
  );
  await page.goto(`/moveworks/${encodeURIComponent(id)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Moveworks · HTTP 400 · INVALID_CURSOR');
  await expect(alert).toContainText('The provided cursor is invalid or expired.');
  await expect(articleAt(page, 1)).toBeVisible();
});
