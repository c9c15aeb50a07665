import type { Locator } from '@playwright/test';
import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { expect, test } from './test.ts';

const enc = encodeURIComponent;
type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `record` without `key`. */
function without(record: Json, key: string): Json {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/** Each vendor's record of a conversation, through the proxy, as the fields the page lists. */
const cases = [
  {
    vendor: 'twilio',
    id: SAMPLE_IDS.twilio.voice,
    url: (id: string) => `/api/twilio/v1/Sessions/${enc(id)}`,
    fields: (record: Json) => without(record, 'account_sid'),
  },
  {
    vendor: 'telnyx',
    id: SAMPLE_IDS.telnyx.voice,
    url: (id: string) => `/api/telnyx/ai/conversations/${enc(id)}`,
    // Each metadata key a field of its own, where `metadata` stands.
    fields: ({ data }: Json) => {
      if (!isJson(data)) throw new Error('not a Telnyx conversation');
      const entries = Object.entries(data).flatMap(([key, value]) =>
        key === 'metadata' && isJson(value) ? Object.entries(value) : [[key, value] as const],
      );
      return Object.fromEntries(entries);
    },
  },
  {
    vendor: 'moveworks',
    id: SAMPLE_IDS.moveworks.ordinary.id,
    url: (id: string) => `/api/moveworks/conversations/${enc(id)}`,
    fields: (record: Json) => record,
  },
] as const;

function valueOf(details: Locator, name: string) {
  return details
    .locator('dt', { hasText: new RegExp(`^${name}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

for (const { vendor, id, url, fields } of cases) {
  test(`${vendor}: the conversation's details list every field of the vendor's record`, async ({
    page,
  }) => {
    const body: unknown = await (await page.request.get(url(id))).json();
    if (!isJson(body)) throw new Error(`${url(id)} answered no object`);
    const record = fields(body);
    await page.goto(`/${vendor}/${enc(id)}`);
    const details = page.locator('dl[aria-label="Conversation details"]');
    await expect(details).toBeVisible();
    await expect(details.locator('dt')).toHaveText(Object.keys(record));
    for (const [name, value] of Object.entries(record)) {
      const shown = valueOf(details, name);
      if (/^date_|_at$/.test(name)) {
        // A time reads in local time; its exact instant is in `datetime`.
        const instant = new Date(String(value)).toISOString();
        await expect(shown.locator('time')).toHaveAttribute('datetime', instant);
      } else await expect(shown).toContainText(String(value));
    }
    await expect(details.locator('dt', { hasText: 'account_sid' })).toHaveCount(0);
    // Ids can be copied.
    await expect(
      details.getByRole('button', { name: /^Copy (id|conversation_id)$/ }),
    ).toBeVisible();
  });
}

test('telnyx: a conversation with the AI switched off says so', async ({ page }) => {
  await page.goto(`/telnyx/${enc(SAMPLE_IDS.telnyx.refund)}`);
  const details = page.locator('dl[aria-label="Conversation details"]');
  await expect(valueOf(details, 'ai_disabled')).toHaveText('AI switched off (true)');
});

test('telnyx: insights show each run by status, and a JSON result as structured data', async ({
  page,
}) => {
  await page.goto(`/telnyx/${enc(SAMPLE_IDS.telnyx.voice)}`);
  await page.getByText('Insights: 1 pending, 1 completed').click();
  const insights = page.getByRole('region', { name: 'Conversation insights' });
  await expect(insights).toBeVisible();
  await expect(insights).toContainText('No results yet.');
  // The summary insight is text; the outcome is JSON, its keys and values listed.
  await expect(insights).toContainText('Reschedule');
  const outcome = insights.locator('dl dl');
  await expect(outcome.locator('dt', { hasText: 'resolved' })).toBeVisible();
  await expect(
    outcome.locator('dt', { hasText: 'channel' }).locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('phone_call');
});
