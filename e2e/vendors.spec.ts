import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, setSize, waitForFullLoad } from './transcript.ts';

/** Each vendor, and text that finds the ordinary sample among the account's 10,000. */
const vendors = [
  { vendor: 'twilio', label: 'Twilio AI Assistants', payloadKey: '"date_created"', q: 'maya' },
  { vendor: 'telnyx', label: 'Telnyx AI', payloadKey: '"created_at"', q: 'maya.okafor' },
  { vendor: 'moveworks', label: 'Moveworks', payloadKey: '"conversation_id"', q: '#1042' },
] as const;

for (const { vendor, label, payloadKey, q } of vendors) {
  test(`${vendor}: home → list → transcript, first and last messages in order`, async ({
    page,
  }) => {
    const sample = SAMPLE_IDS[vendor].ordinary;
    await page.goto('/');
    await page
      .getByRole('link', { name: new RegExp(label) })
      .first()
      .click();
    await expect(page).toHaveURL(`/${vendor}`);
    await expect(page.getByText('Sample data')).toBeVisible();

    const search = page.getByRole('search', { name: 'Filter conversations' });
    await search.getByLabel('Title, name or identity').fill(q);
    await search.getByLabel('Title, name or identity').press('Enter');
    await page.locator(`a[href^="/${vendor}/${encodeURIComponent(sample.id)}?"]`).click();
    await waitForFullLoad(page);
    await expect(page.getByText('Sample data')).toBeVisible();

    const first = articleAt(page, 1);
    await expect(first).toHaveAttribute('data-role', 'user');
    await expect(first).toContainText(sample.firstText.slice(0, 60));

    const total = await setSize(page);
    expect(total).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    const last = articleAt(page, total);
    await expect(last).toBeInViewport();
    await expect(last).toContainText(sample.lastText.slice(0, 60));

    // Chronological: timestamps never go backwards across what is on screen.
    const times = await feed(page)
      .locator('article time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // The thread keeps no vendor payloads: Details fetches the message's page again for it.
    await last.hover();
    await last.getByRole('button', { name: 'Details' }).click();
    const details = last.getByRole('region', { name: 'Message details' });
    await expect(details.locator('pre')).toContainText(payloadKey);
    await expect(details.locator('pre')).toContainText(sample.lastText.slice(0, 30));
  });
}
