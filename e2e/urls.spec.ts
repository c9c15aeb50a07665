import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, waitForFullLoad } from './transcript.ts';

for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const) {
  test(`${vendor}: an id with / : and . survives a reload`, async ({ page }) => {
    const id = SAMPLE_IDS[vendor].specialChars;
    expect(id).toMatch(/\//);
    expect(id).toMatch(/:/);
    expect(id).toMatch(/\./);
    await page.goto(`/${vendor}/${encodeURIComponent(id)}`);
    await waitForFullLoad(page);
    await expect(page.getByRole('heading', { name: id })).toBeVisible();
    const firstId = await articleAt(page, 1).getAttribute('data-message-id');
    const firstText = await articleAt(page, 1).textContent();
    await page.reload();
    await waitForFullLoad(page);
    await expect(page).toHaveURL(`/${vendor}/${encodeURIComponent(id)}`);
    await expect(articleAt(page, 1)).toHaveAttribute('data-message-id', firstId ?? '');
    await expect(articleAt(page, 1)).toHaveText(firstText ?? '');
  });
}

test.describe('an unknown id', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test("shows the vendor, the status and the vendor's message, with Retry", async ({ page }) => {
    await page.goto(`/moveworks/${encodeURIComponent('conv_doesNotExist')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Moveworks');
    await expect(alert).toContainText('HTTP 404');
    await expect(alert).toContainText('Conversation not found');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test('opening by id from home encodes the id as one segment', async ({ page }) => {
  const id = SAMPLE_IDS.twilio.specialChars;
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Vendor' }).selectOption('twilio');
  await page.getByLabel('Session or conversation ID').fill(id);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(`/twilio/${encodeURIComponent(id)}`);
  await waitForFullLoad(page);
  await expect(articleAt(page, 1)).toBeVisible();
});
