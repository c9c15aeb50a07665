import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';
import { feed, waitForFullLoad } from './transcript.ts';

/** Picks "Export" → `item` and reads the file the browser saved. */
async function exportAs(page: Page, item: 'Markdown' | 'JSON' | 'HTML') {
  await page.getByRole('button', { name: 'Export' }).click();
  // The first HTML export on a dev server builds the offline page (src/server/offline/plugin.ts).
  const saved = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('menuitem', { name: item }).click();
  const download = await saved;
  return readFile(await download.path(), 'utf8');
}

/**
 * The appointment sample's personal data (sample-data/conversations/appointment.ts), each as
 * the sample writes it and in the forms an export could spell it.
 */
const PERSONAL = [
  'luis.ortega@example.com',
  '+15557654321',
  '5557654321',
  '(312) 555-0100',
  '3125550100',
  '4111 1111 1111 1111',
  '4111111111111111',
];

/** The personal data of the sample found in `text`: none in a redacted export. */
function personalIn(text: string) {
  return PERSONAL.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
}

/** Every tool call's arguments in a JSON export, by tool name (the last call of a name wins). */
function argumentsByTool(exported: { messages: { parts: unknown[] }[] }) {
  const byName = new Map<string, Record<string, unknown>>();
  for (const part of exported.messages.flatMap((m) => m.parts)) {
    if (typeof part !== 'object' || part === null || !('call' in part)) continue;
    const call = part.call;
    if (typeof call !== 'object' || call === null) continue;
    if (!('name' in call) || !('argumentsText' in call)) continue;
    byName.set(String(call.name), JSON.parse(String(call.argumentsText)));
  }
  return byName;
}

for (const vendor of ['twilio', 'telnyx'] as const) {
  test(`${vendor}: a redacted export holds none of the sample's e-mail addresses, phone and card numbers`, async ({
    page,
  }) => {
    await page.goto(`/${vendor}/${encodeURIComponent(SAMPLE_IDS[vendor].appointment)}`);
    await waitForFullLoad(page);
    // The sample does hold them: an export without redaction has each.
    const plain = personalIn(await exportAs(page, 'Markdown'));
    for (const value of [
      'luis.ortega@example.com',
      '+15557654321',
      '(312) 555-0100',
      '4111 1111 1111 1111',
    ]) {
      expect(plain).toContain(value);
    }

    const box = page.getByRole('checkbox', { name: 'Redact personal data' });
    await box.check();
    await expect(
      page.getByText('Will replace 1 e-mail address, 2 phone numbers, 1 card number'),
    ).toBeVisible();

    const markdown = await exportAs(page, 'Markdown');
    expect(personalIn(markdown)).toEqual([]);
    for (const placeholder of ['[email 1]', '[phone 1]', '[phone 2]', '[card 1]']) {
      expect(markdown).toContain(placeholder);
    }

    const json = await exportAs(page, 'JSON');
    expect(personalIn(json)).toEqual([]);
    const exported = JSON.parse(json);
    expect(exported).toMatchObject({ vendor, complete: true });
    // The vendor's payloads are redacted too, their keys kept.
    expect(exported.messages.every((m: { raw?: unknown }) => m.raw !== undefined)).toBe(true);
    expect(json).toContain('"card_on_file');
    // The same value gets the same placeholder, wherever it is; another value another one.
    const args = argumentsByTool(exported);
    const phone = args.get('find_patient')?.phone;
    expect(phone).toMatch(/^\[phone \d\]$/);
    expect(args.get('send_sms_confirmation')?.phone).toBe(phone);
    const other = args.get('find_patient')?.alt_phone;
    expect(other).toMatch(/^\[phone \d\]$/);
    expect(other).not.toBe(phone);
    expect(JSON.stringify(exported.messages)).toContain(`This is Luis, ${other} or [email 1].`);
    // Plain text in Markdown, its brackets escaped.
    expect(markdown).toContain(`This is Luis, \\${other} or \\[email 1].`);
  });
}

test('a redacted HTML export carries the redacted JSON', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.appointment)}`);
  await waitForFullLoad(page);
  await page.getByRole('checkbox', { name: 'Redact personal data' }).check();
  await expect(page.getByText(/^Will replace/)).toBeVisible();
  const html = await exportAs(page, 'HTML');
  const data = /<script type="application\/json" id="transcript-data">([^<]*)<\/script>/.exec(html);
  expect(data?.[1]).toContain('[email 1]');
  expect(personalIn(data?.[1] ?? '')).toEqual([]);
});

test('the feed can be switched to the redacted messages, and back', async ({ page }) => {
  await page.goto(`/telnyx/${encodeURIComponent(SAMPLE_IDS.telnyx.appointment)}`);
  await waitForFullLoad(page);
  const user = feed(page).locator('article').filter({ hasText: 'This is Luis' });
  await expect(user).toContainText('(312) 555-0100 or luis.ortega@example.com');

  await page.getByRole('checkbox', { name: 'Redact personal data' }).check();
  // The exports are redacted; the feed stays as it is until asked.
  await expect(user).toContainText('luis.ortega@example.com');
  const shown = page.getByRole('checkbox', { name: 'Show redacted' });
  await shown.check();
  await expect(user).toContainText('This is Luis, [phone 1] or [email 1].');
  expect(personalIn(await feed(page).innerText())).toEqual([]);

  await shown.uncheck();
  await expect(user).toContainText('(312) 555-0100 or luis.ortega@example.com');
});
