import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

test('a message the vendor sent twice, on two pages, shows once and the check names it', async ({
  page,
}) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.resent)}`);
  await waitForFullLoad(page);
  const check = page.getByRole('note', { name: 'Transcript check' });
  // Telnyx counts the copy; the transcript keeps one of the two.
  await expect(check).toContainText('250 messages');
  await expect(check).toContainText('of the 251 Telnyx AI counts');
  await expect(check).toContainText('1 message was sent twice, kept once');
  const link = check.getByRole('button', { name: /^Go to message / });
  const id = (await link.getAttribute('title')) ?? '';
  await link.click();
  const kept = feed(page).locator(`article[data-message-id="${id}"]`);
  await expect(kept).toHaveCount(1);
  await expect(kept).toBeInViewport();
});

test('an ordinary transcript says what it is made of, and that nothing is odd', async ({
  page,
}) => {
  const sample = SAMPLE_IDS.moveworks.ordinary;
  await page.goto(`/moveworks/${encodeURIComponent(sample.id)}`);
  await waitForFullLoad(page);
  const check = page.getByRole('note', { name: 'Transcript check' });
  await expect(check).toContainText(/^\d+ messages \(\d+ user, \d+ assistant.*\)\. Nothing odd\.$/);
});
