import { existsSync } from 'node:fs';
import { PORTS } from './ports.ts';
import { expect, test } from './test.ts';
import { articleAt, waitForFullLoad } from './transcript.ts';

const corpusPresent = existsSync('../shared/corpus/raw');

test.describe('the real corpus, converted', () => {
  test.skip(!corpusPresent, 'no ../shared/corpus on this machine');
  test.use({ baseURL: `http://localhost:${PORTS.corpusDev}` });

  for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const) {
    test(`${vendor}: opens through the credentialed proxy`, async ({ page }) => {
      await page.goto(`/${vendor}`);
      // Credentials are set for this server, so nothing is labelled sample data.
      const first = page.locator(`main ul a[href^="/${vendor}/"]`).first();
      await expect(first).toBeVisible();
      await expect(page.getByText('Sample data')).toHaveCount(0);
      // More conversations than one page holds: scrolling to the end loads the next page.
      const links = page.locator(`main ul a[href^="/${vendor}/"]`);
      const onePage = await links.count();
      await links.last().scrollIntoViewIfNeeded();
      await expect.poll(() => links.count()).toBeGreaterThan(onePage);
      await first.click();
      await waitForFullLoad(page);
      await expect(articleAt(page, 1)).toBeVisible();
      expect(Number(await articleAt(page, 1).getAttribute('aria-setsize'))).toBeGreaterThan(1);
    });
  }
});
