import { SAMPLE_IDS } from '../src/server/sample-data/index.ts';
import { requestLog, setFaults, setTokens } from './faults.ts';
import { expect, test } from './test.ts';
import { articleAt, feed, waitForFullLoad } from './transcript.ts';

// Faults are injected in the sample backend behind the real proxy (playwright.config.ts runs this
// file alone, after the others). Failed requests are logged by Chromium as console errors.
test.use({ allowedConsoleErrors: [/Failed to load resource/] });
test.describe.configure({ mode: 'serial' });

// A run stopped halfway (locally, with servers reused) may have left rules behind.
test.beforeAll(async () => {
  await setFaults([]);
  await setTokens({ lifetimeS: 3600 });
});

test.afterEach(async () => {
  await setFaults([]);
  await setTokens({ lifetimeS: 3600 });
});

const telnyx = SAMPLE_IDS.telnyx.generated5000;
const twilio = SAMPLE_IDS.twilio.generated5000;
const moveworks = SAMPLE_IDS.moveworks.generated5000;
const telnyxPage = (n: number) => `${encodeURIComponent(telnyx)}/messages?page[number]=${n}&`;
const telnyxError = JSON.stringify({ errors: [{ code: '10011', title: 'Too many requests' }] });

/** The requests for `id`'s messages (Twilio's `Messages`, the others' `messages`) since `since`. */
async function messageRequests(id: string, since = 0): Promise<string[]> {
  const log = await requestLog();
  const path = `${encodeURIComponent(id)}/messages`;
  return log.slice(since).filter((r) => r.toLowerCase().includes(path.toLowerCase()));
}

for (const [header, value] of [
  ['retry-after', '6'],
  ['x-ratelimit-reset', '6'],
] as const) {
  test(`a 429 with ${header} shows the wait, waits it, and goes on`, async ({ page }) => {
    await setFaults([
      {
        kind: 'status',
        match: telnyxPage(3),
        times: 1,
        status: 429,
        headers: { [header]: value },
        body: telnyxError,
      },
      // Every other page slowed, so that loading goes on after the retry.
      { kind: 'delay', match: `${encodeURIComponent(telnyx)}/messages?`, delayMs: 400 },
    ]);
    const before = (await requestLog()).length;
    await page.goto(`/telnyx/${encodeURIComponent(telnyx)}`);
    const notice = page.getByRole('status').filter({ hasText: 'Rate limited by Telnyx AI' });
    await expect(notice).toContainText(/retrying in [4-7] s/);
    await expect(notice).toContainText(/retrying in [1-3] s|retrying now/, { timeout: 8000 });
    // Gone once the page came, while the later (slowed) pages still load.
    await expect(notice).toHaveCount(0, { timeout: 8000 });
    await expect(feed(page)).toHaveAttribute('aria-busy', 'true');
    await waitForFullLoad(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(
      (await messageRequests(telnyx, before)).filter((r) => r.includes('page[number]=3&')),
    ).toHaveLength(2);
  });
}

test('a 500 that lasts ends in an alert with the request id; Retry goes on from that page', async ({
  page,
}) => {
  await setFaults([
    {
      kind: 'status',
      match: `${encodeURIComponent(twilio)}/Messages?PageSize=1000&Page=2`,
      status: 500,
      headers: { 'twilio-request-id': 'RQ0123456789abcdef0123456789abcdef' },
      body: JSON.stringify({ code: 20500, message: 'Internal Server Error', status: 500 }),
    },
  ]);
  const before = (await requestLog()).length;
  await page.goto(`/twilio/${encodeURIComponent(twilio)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Twilio AI Assistants · HTTP 500', { timeout: 40_000 });
  await expect(alert).toContainText('Internal Server Error');
  await expect(alert).toContainText('Request ID RQ0123456789abcdef0123456789abcdef');
  await expect(articleAt(page, 1)).toBeVisible();
  const failed = await messageRequests(twilio, before);
  expect(failed.filter((r) => r.includes('Page=2'))).toHaveLength(4); // the first try and 3 retries

  await setFaults([]);
  const atRetry = (await requestLog()).length;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const resumed = await messageRequests(twilio, atRetry);
  expect(resumed[0]).toContain('Page=2');
  expect(resumed.some((r) => !r.includes('PageToken'))).toBe(false);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(articleAt(page, 5000)).toContainText('Generated conversation end');
});

test("a gateway's HTML page is named by its type, never shown", async ({ page }) => {
  await setFaults([
    {
      kind: 'html',
      match: `${encodeURIComponent(moveworks)}/messages?limit=100&cursor=`,
      status: 502,
    },
  ]);
  await page.goto(`/moveworks/${encodeURIComponent(moveworks)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Moveworks · HTTP 502 · text/html', { timeout: 40_000 });
  await expect(alert).toContainText('not JSON; the body is not shown');
  await expect(alert).not.toContainText('<');
  await expect(alert).not.toContainText('Bad Gateway');
  await expect(articleAt(page, 1)).toBeVisible();
  await setFaults([]);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a body cut short is named, and Retry reads the page again', async ({ page }) => {
  await setFaults([{ kind: 'truncate', match: telnyxPage(2), times: 1 }]);
  await page.goto(`/telnyx/${encodeURIComponent(telnyx)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Telnyx AI · HTTP 200 · application/json');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText('cut off');
  await expect(articleAt(page, 1)).toBeVisible();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(feed(page).locator('article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a connection dropped mid-body is retried by itself', async ({ page }) => {
  await setFaults([{ kind: 'drop', match: telnyxPage(4), times: 2 }]);
  await page.goto(`/telnyx/${encodeURIComponent(telnyx)}`);
  // The first waits are short (0.5 to 2 s): waitFor checks every frame, where expect backs off.
  await page.getByRole('status').filter({ hasText: 'Telnyx AI answered HTTP 502' }).waitFor();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('JSON of the wrong shape, and an empty page naming a next one, stop with an alert', async ({
  page,
}) => {
  const second = `${encodeURIComponent(moveworks)}/messages?limit=100&cursor=`;
  await setFaults([
    {
      kind: 'body',
      match: second,
      times: 1,
      body: JSON.stringify({ messages: [], metadata: { next_cursor: 'again' } }),
    },
  ]);
  await page.goto(`/moveworks/${encodeURIComponent(moveworks)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Moveworks · HTTP 200 · application/json');
  await expect(alert).toContainText('has no messages but names a next page');
  await expect(articleAt(page, 1)).toBeVisible();

  await setFaults([{ kind: 'body', match: second, times: 1, body: JSON.stringify({ items: [] }) }]);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('not in the shape Moveworks documents');
  await expect(alert).toContainText('messages');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('leaving a transcript cancels its requests', async ({ page }) => {
  await setFaults([
    { kind: 'delay', match: `${encodeURIComponent(twilio)}/Messages`, delayMs: 1500 },
  ]);
  const before = (await requestLog()).length;
  await page.goto(`/twilio/${encodeURIComponent(twilio)}`);
  await expect(articleAt(page, 1)).toBeVisible();
  await page.getByRole('link', { name: 'Transcript viewer' }).click();
  const atLeave = (await messageRequests(twilio, before)).length;
  await page.waitForTimeout(4000);
  // At most the one in flight when the reader left; five pages would have followed.
  expect((await messageRequests(twilio, before)).length).toBeLessThanOrEqual(atLeave + 1);
  expect(atLeave).toBeLessThan(5);
});

test('a Moveworks transcript loads across several token expiries and a revocation', async ({
  page,
}) => {
  await setTokens({ lifetimeS: 1, revoke: true });
  const before = (await requestLog()).length;
  await setFaults([
    { kind: 'delay', match: `${encodeURIComponent(moveworks)}/messages`, delayMs: 150 },
  ]);
  await page.goto(`/moveworks/${encodeURIComponent(moveworks)}`);
  await expect(articleAt(page, 1)).toBeVisible();
  await setTokens({ revoke: true });
  await waitForFullLoad(page, 90_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const log = (await requestLog()).slice(before);
  expect(
    log.filter((r) => r.startsWith('POST /moveworks/oauth/v1/token')).length,
  ).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(articleAt(page, 5000)).toContainText('Generated conversation end');
});

test("a failed token mint is the token endpoint's status and message", async ({ page }) => {
  await setTokens({ revoke: true });
  await setFaults([
    {
      kind: 'status',
      match: '/moveworks/oauth/v1/token',
      status: 401,
      body: JSON.stringify({ code: 'INVALID_CLIENT', message: 'Client authentication failed' }),
    },
  ]);
  await page.goto(`/moveworks/${encodeURIComponent(SAMPLE_IDS.moveworks.citations)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Moveworks · HTTP 401');
  await expect(alert).toContainText('token endpoint');
  await expect(alert).toContainText('Client authentication failed');
  await setFaults([]);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFullLoad(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
