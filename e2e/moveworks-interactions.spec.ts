import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, setSize, waitForFullLoad } from './transcript.ts';

test('moveworks: offered buttons, the one pressed, and a person taking over', async ({ page }) => {
  await page.goto(`/moveworks/${encodeURIComponent(SAMPLE_IDS.moveworks.passwordReset)}`);
  await waitForFullLoad(page);
  const total = await setSize(page);
  await page.getByRole('button', { name: 'Jump to end' }).click();

  const agent = articleAt(page, total);
  await expect(agent).toHaveAttribute('data-role', 'agent');
  await expect(agent).toContainText('A person took over from the assistant');
  await expect(agent).toContainText('Dana Whitfield (IT Service Desk)');

  const pressed = articleAt(page, total - 1);
  await expect(pressed).toHaveAttribute('data-role', 'user');
  await expect(pressed).toContainText('Pressed «Revoke other sessions»');
  await pressed.getByRole('button', { name: 'Go to the offer' }).click();

  const offer = feed(page).locator('article', { hasText: 'Glad to hear it, Devon!' });
  await expect(offer).toBeInViewport();
  const offered = offer.getByRole('list', { name: 'Offered actions' });
  await expect(offered.getByRole('listitem')).toHaveText([
    /Revoke other sessions \(button\)/,
    /Open security settings \(link\)app\.acme\.example/,
  ]);
  // Inert: nothing in the chips can be followed or pressed.
  await expect(offered.locator('a, button')).toHaveCount(0);
  await expect(offer.locator('header')).toContainText('rateable');
});
