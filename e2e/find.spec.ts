import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { waitForFullLoad } from './transcript.ts';

const enc = encodeURIComponent;

test('open by a Telnyx call_control_id, and say so when nothing matches', async ({ page }) => {
  const id = SAMPLE_IDS.telnyx.voice;
  const record: unknown = await (
    await page.request.get(`/api/telnyx/ai/conversations/${enc(id)}`)
  ).json();
  const callControlId = JSON.stringify(record).match(/"call_control_id":"([^"]+)"/)?.[1];
  expect(callControlId).toMatch(/^v3:/);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Vendor' }).selectOption('telnyx');
  const field = page.getByLabel('Session or conversation ID');
  await field.fill('v3:no-such-call');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'No Telnyx AI conversation matches “v3:no-such-call”.',
  );
  await field.fill(callControlId ?? '');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(`/telnyx/${enc(id)}`);
  await waitForFullLoad(page);
});

test.describe('a name that is no session', () => {
  // The whole name is asked for first: the vendor's 404 is logged by the browser.
  test.use({ allowedConsoleErrors: [/\b404\b/] });
  test('open by part of a Twilio session name lists the sessions that match', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Vendor' }).selectOption('twilio');
    await page.getByLabel('Session or conversation ID').fill('5550100');
    await page.getByRole('button', { name: 'Open' }).click();
    const result = page.getByRole('status');
    await expect(result).toContainText(/\d+ sessions match “5550100”; choose one:/);
    const links = result.getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    const first = await links.first().textContent();
    await links.first().click();
    await expect(page).toHaveURL(`/twilio/${enc(first ?? '')}`);
  });
});

test('[ and ] step through a filtered list, which the way back keeps', async ({ page }) => {
  // In the order the list writes them back.
  const filters = 'from=2026-11-01&channel=phone_call&user=%2B13125550100';
  await page.goto(`/telnyx?${filters}`);
  const rows = page.getByRole('list', { name: 'Telnyx AI conversations' }).getByRole('link');
  await expect(rows.nth(2)).toBeVisible();
  const hrefs = await rows.evaluateAll((links) =>
    links.slice(0, 3).map((a) => a.getAttribute('href')),
  );
  await rows.first().click();
  await waitForFullLoad(page);
  const nav = page.getByRole('navigation', { name: 'Conversations in the list' });
  await expect(nav).toContainText(/1 of \d+/);
  await expect(nav.getByRole('button', { name: 'Previous conversation' })).toBeDisabled();

  await page.keyboard.press(']');
  await expect(page).toHaveURL(hrefs[1] ?? '');
  await expect(nav).toContainText(/2 of \d+/);
  await nav.getByRole('button', { name: 'Next conversation' }).click();
  await expect(page).toHaveURL(hrefs[2] ?? '');
  await page.keyboard.press('[');
  await expect(page).toHaveURL(hrefs[1] ?? '');

  await nav.getByRole('link', { name: /Filtered list/ }).click();
  await expect(page).toHaveURL(`/telnyx?${filters}`);
  await expect(page.getByRole('combobox', { name: 'Channel' })).toHaveValue('phone_call');
});

test('the home page lists the conversations opened last, and forgets them on Clear', async ({
  page,
}) => {
  await page.goto(`/twilio/${enc(SAMPLE_IDS.twilio.ordinary.id)}`);
  await waitForFullLoad(page);
  await page.goto(`/moveworks/${enc(SAMPLE_IDS.moveworks.citations)}`);
  await waitForFullLoad(page);
  await page.goto('/');
  const recent = page.getByRole('list', { name: 'Recent conversations' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').first()).toContainText('Moveworks');
  await expect(recent.getByRole('listitem').first()).toContainText(SAMPLE_IDS.moveworks.citations);
  await expect(recent.getByRole('listitem').nth(1)).toContainText('Twilio AI Assistants');
  await page.reload();
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(recent).toHaveCount(0);
});
