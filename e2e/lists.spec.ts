import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';

test('moveworks: archived conversations are asked for upstream, and the filter survives a reload', async ({
  page,
}) => {
  const listRequests: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/moveworks/conversations') listRequests.push(url);
  });
  const archivedId = SAMPLE_IDS.moveworks.archived;
  const archivedLink = page.locator(`a[href="/moveworks/${encodeURIComponent(archivedId)}"]`);
  await page.goto('/moveworks');
  const list = page.getByRole('list', { name: 'Moveworks conversations' });
  const search = page.getByRole('search', { name: 'Filter conversations' });
  await expect(search.getByRole('status')).toHaveText(/^\d+ conversations shown$/);
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(archivedLink).toHaveCount(0);

  const before = listRequests.length;
  await search.getByRole('checkbox', { name: 'Archived conversations' }).check();
  await expect(page).toHaveURL(/\/moveworks\?archived=true$/);
  await expect(archivedLink).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(search.getByRole('status')).toHaveText('1 archived conversation shown');
  // The vendor filters: the list is asked for archived conversations, not filtered here.
  const archivedParam = (u: URL) => u.searchParams.get('archived');
  expect(listRequests.slice(0, before).map(archivedParam)).not.toContain('true');
  expect(listRequests.slice(before).map(archivedParam)).toEqual(['true']);

  await page.reload();
  await expect(search.getByRole('checkbox', { name: 'Archived conversations' })).toBeChecked();
  await expect(archivedLink).toBeVisible();
  await archivedLink.click();
  const details = page.locator('dl[aria-label="Conversation details"]');
  const archived = details.locator('dt', { hasText: /^archived$/ });
  await expect(archived.locator('xpath=following-sibling::dd[1]')).toHaveText('true');

  await page.goBack();
  await search.getByRole('checkbox', { name: 'Archived conversations' }).uncheck();
  await expect(page).toHaveURL(/\/moveworks$/);
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(archivedLink).toHaveCount(0);
});
