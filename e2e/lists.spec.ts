import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';

/** The URLs of the page's requests to `path`, in order, as they are made. */
function requestsTo(page: Page, path: string): URL[] {
  const urls: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === path) urls.push(url);
  });
  return urls;
}

test('moveworks: archived conversations are asked for upstream, and the filter survives a reload', async ({
  page,
}) => {
  const listRequests = requestsTo(page, '/api/moveworks/conversations');
  const archivedId = SAMPLE_IDS.moveworks.archived;
  // Its link carries the list it is in (`?list=`).
  const archivedLink = page.locator(`a[href^="/moveworks/${encodeURIComponent(archivedId)}?"]`);
  await page.goto('/moveworks');
  const list = page.getByRole('list', { name: 'Moveworks conversations' });
  const search = page.getByRole('search', { name: 'Filter conversations' });
  await expect(search.getByRole('status')).toHaveText('100 conversations shown, more on scroll');
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(archivedLink).toHaveCount(0);

  const before = listRequests.length;
  await search.getByRole('checkbox', { name: 'Archived conversations' }).check();
  await expect(page).toHaveURL(/\/moveworks\?archived=true$/);
  await expect(search.getByRole('status')).toHaveText(/^\d+ archived conversations shown/);
  // The warranty conversation is older than the account's: found by its title, among those loaded.
  await search.getByLabel('Title, name or identity').fill('Warranty coverage');
  await search.getByLabel('Title, name or identity').press('Enter');
  await expect(archivedLink).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(search.getByRole('status')).toContainText('1 archived conversation shown');
  // The vendor filters: the list is asked for archived conversations, not filtered here.
  const archivedParam = (u: URL) => u.searchParams.get('archived');
  expect(listRequests.slice(0, before).map(archivedParam)).not.toContain('true');
  expect(new Set(listRequests.slice(before).map(archivedParam))).toEqual(new Set(['true']));

  await page.reload();
  await expect(search.getByRole('checkbox', { name: 'Archived conversations' })).toBeChecked();
  await expect(archivedLink).toBeVisible();
  await archivedLink.click();
  const details = page.locator('dl[aria-label="Conversation details"]');
  const archived = details.locator('dt', { hasText: /^archived$/ });
  await expect(archived.locator('xpath=following-sibling::dd[1]')).toHaveText('true');

  await page.goBack();
  await search.getByRole('button', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/moveworks$/);
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(archivedLink).toHaveCount(0);
});

test('telnyx: channel, end user and dates narrow the list upstream, and survive a reload', async ({
  page,
}) => {
  const upstream = requestsTo(page, '/api/telnyx/ai/conversations');
  await page.goto('/telnyx');
  const search = page.getByRole('search', { name: 'Filter conversations' });
  const status = search.getByRole('status');
  await expect(status).toHaveText(/^200 conversations shown, more on scroll$/);
  await search.getByLabel('From').fill('2026-11-30');
  await search.getByLabel('To').fill('2026-12-06');
  await search.getByLabel('Channel').selectOption('phone_call');
  await search.getByLabel('End user').fill('+1 312 555 0100');
  await search.getByLabel('End user').press('Enter');
  await expect(page).toHaveURL(
    /\/telnyx\?from=2026-11-30&to=2026-12-06&channel=phone_call&user=%2B1\+312\+555\+0100$/,
  );
  await expect(status).toHaveText(/^\d+ conversations? shown$/);
  const rows = page.getByRole('list', { name: 'Telnyx AI conversations' }).getByRole('listitem');
  const shown = Number((await status.textContent())?.split(' ')[0]);
  expect(shown).toBeGreaterThan(5);
  // Virtualized: the rows on screen are in the page, each saying how many there are.
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(shown));
  for (const row of await rows.all()) {
    await expect(row).toContainText('phone_call');
    await expect(row).toContainText('+13125550100');
  }
  // The vendor filtered: its own PostgREST filters went upstream.
  const last = upstream.at(-1);
  expect(last?.searchParams.get('metadata->telnyx_end_user_target')).toBe('eq.+13125550100');
  expect(last?.searchParams.get('metadata->telnyx_conversation_channel')).toBe('eq.phone_call');
  expect(last?.searchParams.getAll('created_at')).toEqual([
    'gte.2026-11-30T00:00:00Z',
    'lt.2026-12-07T00:00:00Z',
  ]);

  await page.reload();
  await expect(status).toHaveText(`${shown} conversations shown`);
  await expect(search.getByLabel('End user')).toHaveValue('+1 312 555 0100');
  await expect(search.getByLabel('Channel')).toHaveValue('phone_call');
});

test('twilio: text in the identity is applied to what is loaded, and the page says so', async ({
  page,
}) => {
  await page.goto('/twilio?q=555-0100');
  const status = page.getByRole('search', { name: 'Filter conversations' }).getByRole('status');
  await expect(status).toContainText('cannot filter by text, so the viewer does');
  const links = page.getByRole('list', { name: 'Twilio AI Assistants sessions' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  for (const text of await links.allTextContents()) expect(text).toContain('5550100');
});

test('telnyx: a list of 10,000 scrolls to its end with the page’s elements bounded', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/telnyx?from=2026-09-07');
  const status = page.getByRole('search', { name: 'Filter conversations' }).getByRole('status');
  await expect(status).toHaveText(/more on scroll/);
  const scroller = page.getByRole('main');
  let most = 0;
  for (let i = 0; i < 200 && /more on scroll/.test((await status.textContent()) ?? ''); i++) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    most = Math.max(most, await page.locator('li[aria-posinset]').count());
  }
  await expect(status).toHaveText('10,000 conversations shown');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = page.locator('li[aria-posinset="10000"]');
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-setsize', '10000');
  expect(most).toBeLessThan(80);
  expect(await page.locator('body *').count()).toBeLessThan(2000);
});

test('j and k move between rows, Enter opens one', async ({ page }) => {
  await page.goto('/moveworks');
  const links = page.getByRole('list', { name: 'Moveworks conversations' }).getByRole('link');
  await links.first().focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

for (const { name, fill, param, check } of [
  {
    name: 'text in the name',
    fill: { label: 'Title, name or identity', value: 'refund' },
    param: ['or', '(name.ilike.*refund*,metadata->telnyx_end_user_target.ilike.*refund*)'],
    check: /Refund request/,
  },
  {
    name: 'an assistant',
    fill: { label: 'Assistant ID', value: 'assistant-c4b3a291-0f8e-4d7c-b6a5-9483726150fe' },
    param: ['metadata->assistant_id', 'eq.assistant-c4b3a291-0f8e-4d7c-b6a5-9483726150fe'],
    check: /assistant-c4b3/,
  },
  {
    name: 'a metadata key',
    fill: { label: 'Metadata value', value: 'sms_chat', key: 'telnyx_conversation_channel' },
    param: ['metadata->telnyx_conversation_channel', 'eq.sms_chat'],
    check: /sms_chat/,
  },
] as const) {
  test(`telnyx: ${name} narrows the list upstream, and survives a reload`, async ({ page }) => {
    const upstream = requestsTo(page, '/api/telnyx/ai/conversations');
    await page.goto('/telnyx');
    const search = page.getByRole('search', { name: 'Filter conversations' });
    const rows = page.getByRole('list', { name: 'Telnyx AI conversations' }).getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    if ('key' in fill) await search.getByLabel('Metadata key').fill(fill.key);
    await search.getByLabel(fill.label).fill(fill.value);
    await search.getByLabel(fill.label).press('Enter');
    await expect.poll(() => upstream.at(-1)?.searchParams.get(param[0])).toBe(param[1]);
    await expect(rows.first()).toContainText(check);
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(text).toMatch(check);
    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(search.getByLabel(fill.label)).toHaveValue(fill.value);
    await expect(rows.first()).toContainText(check);
  });
}
