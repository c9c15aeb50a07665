import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { feed, scrollUntilAttached, waitForFullLoad } from './transcript.ts';

test("twilio: a voice session shows the channel, an aborted answer and each tool's webhook", async ({
  page,
}) => {
  await page.goto(`/twilio/${encodeURIComponent(SAMPLE_IDS.twilio.voice)}`);
  await waitForFullLoad(page);
  const user = feed(page).locator('article[data-role="user"]').first();
  await expect(user.locator('header')).toContainText('via voice');
  const card = feed(page)
    .getByRole('button', { name: /Tool call find_slots/ })
    .first();
  await scrollUntilAttached(page, card);
  await card.click();
  await expect(card.locator('xpath=..')).toContainText(
    'GET https://tools.example.com/find-slots → HTTP 200',
  );

  // The caller chose a slot while the assistant was still reading them out.
  const aborted = feed(page).locator('article', {
    hasText: 'Oak Park has Tuesday at eight thirty',
  });
  await scrollUntilAttached(page, aborted);
  await expect(aborted.locator('header')).toContainText('Aborted');
});

test('twilio: the review panel lists the flagged answers and goes to one', async ({ page }) => {
  await page.goto(`/twilio/${encodeURIComponent(SAMPLE_IDS.twilio.hostile)}`);
  await waitForFullLoad(page);
  await page.getByRole('button', { name: /^Tool calls \(\d+\)$/ }).click();
  const marked = page.getByRole('region', { name: 'Flagged or aborted' });
  await expect(marked).toContainText('Flagged or aborted (1)');
  await marked.getByRole('button', { name: /^flagged Sure\. Here are some links/ }).click();
  const flagged = feed(page).locator('article', { hasText: 'Here are some links' });
  await expect(flagged).toBeInViewport();
  await expect(flagged.locator('header')).toContainText('Flagged');
});
