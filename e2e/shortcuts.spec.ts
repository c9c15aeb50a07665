import type { Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { articleAt, waitForFullLoad } from './transcript.ts';

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });

async function setSingleKeys(page: Page, on: boolean) {
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.getByRole('checkbox', { name: 'Single-key shortcuts' }).setChecked(on);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
}

test('single-key shortcuts can be switched off, stay off after a reload, and on again', async ({
  page,
}) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.orderStatus)}`);
  await waitForFullLoad(page);
  await setSingleKeys(page, false);

  // Off: `/`, `j` and `?` do nothing; Ctrl+F and Escape still work.
  await page.locator('body').press('/');
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  // A key press is handled at once; give a wrongly handled one the time to show.
  await page.waitForTimeout(300);
  await expect(searchbox(page)).toHaveCount(0);
  await expect(articleAt(page, 1)).not.toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.keyboard.press('Control+f');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchbox(page)).toHaveCount(0);

  await page.reload();
  await waitForFullLoad(page);
  await page.locator('body').press('/');
  await page.waitForTimeout(300);
  await expect(searchbox(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('checkbox', { name: 'Single-key shortcuts' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Close' }).click();

  // On again: they work.
  await setSingleKeys(page, true);
  await page.locator('body').press('j');
  await expect(articleAt(page, 1)).toBeFocused();
  await page.keyboard.press('/');
  await expect(searchbox(page)).toBeFocused();
});

test('switched off, j and k no longer move through a list; the arrows do', async ({ page }) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.orderStatus)}`);
  await waitForFullLoad(page);
  await setSingleKeys(page, false);
  await page.goto('/telnyx');
  const list = page.getByRole('list', { name: 'Telnyx AI conversations' });
  const first = list.getByRole('link').first();
  await first.focus();
  await page.keyboard.press('j');
  await page.waitForTimeout(300);
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await expect(list.locator('li[data-index="1"] a')).toBeFocused();
});
