import type { Locator } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, scrollUntilAttached, setSize, waitForFullLoad } from './transcript.ts';

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

/** The room between the bottom of `above` and the top of `below`, in px. */
async function gapBetween(above: Locator, below: Locator): Promise<number> {
  const [a, b] = [await above.boundingBox(), await below.boundingBox()];
  if (!a || !b) throw new Error('an article is not on screen');
  return b.y - (a.y + a.height);
}

test('moveworks: a request and its replies read as one turn; a late reply leads to its request', async ({
  page,
}) => {
  await page.goto(`/moveworks/${encodeURIComponent(SAMPLE_IDS.moveworks.passwordReset)}`);
  await waitForFullLoad(page);
  // The first request (article 1) and its three replies share one response id.
  const request = articleAt(page, 1);
  const turn = await request.getAttribute('data-turn-id');
  expect(turn).toMatch(/^resp_/);
  await expect(articleAt(page, 2)).toHaveAttribute('data-turn-id', turn ?? '');
  const inTurn = await gapBetween(request, articleAt(page, 2));

  const late = feed(page).locator('article', { hasText: 'Update on your reset' });
  await scrollUntilAttached(page, late);
  await late.scrollIntoViewIfNeeded();
  await expect(late).toHaveAttribute('data-turn-id', turn ?? '');
  await expect(late).toContainText('A late reply, filed under an earlier request');
  // The request before it (article 5) begins a turn of its own: more room above it than
  // between the messages of a turn.
  const next = articleAt(page, 5);
  await expect(next).toContainText('What does the API respond with');
  expect(await gapBetween(articleAt(page, 4), next)).toBeGreaterThan(inTurn + 4);
  // The answer after the late reply is of that request's turn, and not marked late.
  const answer = articleAt(page, 7);
  await expect(answer).toContainText('The API returns this');
  await expect(answer).toHaveAttribute(
    'data-turn-id',
    (await next.getAttribute('data-turn-id')) ?? '',
  );
  await expect(answer).not.toContainText('A late reply');

  await late.getByRole('button', { name: 'Go to the request' }).click();
  await expect(request).toBeInViewport();
});
