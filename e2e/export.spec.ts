import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { waitForFullLoad } from './transcript.ts';

/**
 * The items of every messages page the proxy handed the browser, by vendor response shape;
 * `all()` waits for the bodies still being read.
 */
function recordPages(page: Page) {
  const reading: Promise<unknown[]>[] = [];
  page.on('response', (response) => {
    if (!/\/api\/\w+\/.*\/messages\?/i.test(response.url()) || !response.ok()) return;
    reading.push(
      response.json().then(
        (body: unknown) => {
          if (typeof body !== 'object' || body === null) return [];
          const items = 'data' in body ? body.data : 'messages' in body ? body.messages : [];
          return Array.isArray(items) ? items : [];
        },
        // A request the page aborted (React's development double mount) has no body; its page
        // is asked for again. A body lost otherwise leaves items out, and the comparison fails.
        () => [],
      ),
    );
  });
  return { all: async () => (await Promise.all(reading)).flat() };
}

/** Picks "Export" → `item` and reads the file the browser saved. */
async function exportAs(page: Page, item: 'Markdown' | 'JSON') {
  await page.getByRole('button', { name: 'Export' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await saved;
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

const cases = [
  { vendor: 'twilio', id: SAMPLE_IDS.twilio.knowledge },
  { vendor: 'telnyx', id: SAMPLE_IDS.telnyx.generated5000 },
  { vendor: 'moveworks', id: SAMPLE_IDS.moveworks.citations },
] as const;

for (const { vendor, id } of cases) {
  test(`${vendor}: Export JSON holds each message with its payload as the vendor sent it`, async ({
    page,
  }) => {
    const sent = recordPages(page);
    await page.goto(`/${vendor}/${encodeURIComponent(id)}`);
    await waitForFullLoad(page);
    const { name, text } = await exportAs(page, 'JSON');
    expect(name).toMatch(/\.json$/);
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({ vendor, conversationId: id, complete: true });
    expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
    const count = await page
      .getByRole('feed', { name: 'Transcript' })
      .locator('article')
      .first()
      .getAttribute('aria-setsize');
    expect(exported.messages).toHaveLength(Number(count));
    // Each `raw` is one of the items the vendor sent, and every item sent is one `raw`.
    const key = (value: unknown) => JSON.stringify(value);
    const items = new Set((await sent.all()).map(key));
    const raws = exported.messages.map((m: { raw: unknown }) => key(m.raw));
    expect(new Set(raws)).toEqual(items);
    expect(raws).toHaveLength(items.size);
  });
}

test('Export Markdown saves the transcript as text; the menu works from the keyboard', async ({
  page,
}) => {
  const sample = SAMPLE_IDS.telnyx.ordinary;
  await page.goto(`/telnyx/${encodeURIComponent(sample.id)}`);
  await waitForFullLoad(page);
  const { name, text } = await exportAs(page, 'Markdown');
  expect(name).toMatch(/\.md$/);
  expect(text).toMatch(/^# Telnyx AI conversation /);
  expect(text).toContain(sample.firstText.slice(0, 60));

  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Markdown' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'JSON' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});
