import { buildSampleDataset, SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

const searchbox = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search transcript' });

for (const vendor of ['twilio'] as const) {
  test(`${vendor}: a term found only near the end of 5,000 messages is reached with Enter, in view and marked`, async ({
    page,
  }) => {
    await page.goto(`/${vendor}/${encodeURIComponent(SAMPLE_IDS[vendor].generated5000)}`);
    await waitForFullLoad(page);
    await page.keyboard.press('Control+f');
    await expect(searchbox(page)).toBeFocused();
    await searchbox(page).fill('zephyrine');
    await searchbox(page).press('Enter');
    await expect(page.getByRole('status')).toHaveText('1 of 1');
    const current = feed(page).locator('mark[aria-current="true"]');
    await expect(current).toHaveText(/zephyrine/i);
    await expect(current).toBeInViewport();
    // The URL keeps the search, and a reload reopens it on the same match.
    await expect(page).toHaveURL(/[?&]q=zephyrine/);
    await page.reload();
    await waitForFullLoad(page);
    await expect(searchbox(page)).toHaveValue('zephyrine');
    await expect(feed(page).locator('mark[aria-current="true"]')).toBeInViewport();
  });
}

test('a match inside a collapsed tool card opens the card', async ({ page }) => {
  await page.goto(
    `/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.toolHeavy)}?q=774911803321&scope=tool-calls`,
  );
  await waitForFullLoad(page);
  await expect(page.getByRole('status')).toHaveText(/^1 of \d+$/);
  const current = feed(page).locator('mark[aria-current="true"]');
  await expect(current).toBeInViewport();
  const card = feed(page)
    .locator('div.rounded-lg', { has: page.locator('mark[aria-current="true"]') })
    .locator('button[aria-expanded]')
    .first();
  await expect(card).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toContainText('track_shipment');
  // Next match moves on, and marks are only where the scope searches.
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(page.getByRole('status')).toHaveText(/^2 of \d+$/);
});

test('options: case, whole word, regex, and an invalid regex says so', async ({ page }) => {
  await page.goto(`/twilio/${encodeURIComponent(SAMPLE_IDS.twilio.orderStatus)}?q=ORDER`);
  await waitForFullLoad(page);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/of/);
  const loose = Number((await status.textContent())?.split(' of ')[1]);
  await page.getByLabel('Match case').check();
  await expect(status).toHaveText('No matches');
  await page.getByLabel('Match case').uncheck();
  await page.getByLabel('Regex').check();
  await searchbox(page).fill('order(');
  await expect(status).toContainText('Invalid regular expression');
  await searchbox(page).fill('ord(er)?');
  await expect(status).toHaveText(new RegExp(`^1 of ${loose}$`));
  await page.keyboard.press('Escape');
  await expect(searchbox(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('?message= scrolls to a message not loaded at first, highlights it, and survives a reload', async ({
  page,
}) => {
  const id = SAMPLE_IDS.twilio.generated5000;
  // Message 4,990 is on the fifth page of 1,000: not loaded when the link opens.
  const messageId =
    buildSampleDataset().twilio.find((r) => r.session.id === id)?.messages[4989]?.id ?? '';
  expect(messageId).not.toBe('');
  await page.goto(`/twilio/${encodeURIComponent(id)}?message=${encodeURIComponent(messageId)}`);
  for (let i = 0; i < 2; i++) {
    if (i > 0) await page.reload();
    await waitForFullLoad(page);
    const linked = feed(page).locator(`article[data-message-id="${messageId}"]`);
    await expect(linked).toBeInViewport();
    await expect(linked).toHaveAttribute('data-highlighted', 'true');
    await expect(linked).toHaveAttribute('aria-posinset', '4990');
  }
});

test('?message= to the oldest end of the first page of a newest-first transcript stays in view while older pages load above it', async ({
  page,
}) => {
  const id = SAMPLE_IDS.telnyx.generated5000;
  // Telnyx sends newest first: message 4,902 is near the top of the first page shown (4,901 to
  // 5,000), too near it to be centred, and 49 older pages are then merged in above it. Telnyx
  // messages have no id of their own: the link's id is read off the page.
  await page.goto(`/telnyx/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  const article = articleAt(page, 4902);
  for (let i = 0; i < 40 && (await article.count()) === 0; i++) {
    await feed(page).evaluate((el) =>
      el.parentElement?.scrollBy(0, -el.parentElement.clientHeight),
    );
    await page.waitForTimeout(50);
  }
  const messageId = (await article.getAttribute('data-message-id')) ?? '';
  expect(messageId).toMatch(/^tx_/);
  await page.goto(`/telnyx/${encodeURIComponent(id)}?message=${encodeURIComponent(messageId)}`);
  await waitForFullLoad(page);
  const linked = feed(page).locator(`article[data-message-id="${messageId}"]`);
  await expect(linked).toBeInViewport();
  await expect(linked).toHaveAttribute('data-highlighted', 'true');
  await expect(linked).toHaveAttribute('aria-posinset', '4902');
});

test('j and k move focus between messages, g and G to the ends', async ({ page }) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.orderStatus)}`);
  await waitForFullLoad(page);
  await page.locator('body').press('j');
  await expect(articleAt(page, 1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(articleAt(page, 2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(articleAt(page, 1)).toBeFocused();
  const total = Number(await articleAt(page, 1).getAttribute('aria-setsize'));
  await page.keyboard.press('G');
  await expect(articleAt(page, total)).toBeFocused();
  await page.keyboard.press('g');
  await expect(articleAt(page, 1)).toBeFocused();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
