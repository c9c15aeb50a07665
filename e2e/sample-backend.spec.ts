import { expect, test } from '@playwright/test';
import { DEFAULT_SAMPLE_CREDENTIALS as known } from '../src/server/sample-backend/index.ts';
import { PORTS } from './ports.ts';

const backend = `http://127.0.0.1:${PORTS.sampleBackend}`;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Each vendor's list endpoint on the sample backend, the proxy path to it, and well-known credentials. */
const vendors: {
  vendor: string;
  direct: string;
  proxied: string;
  guessed: Record<string, string>;
}[] = [
  {
    vendor: 'twilio',
    direct: '/twilio/v1/Sessions',
    proxied: '/api/twilio/v1/Sessions',
    guessed: { authorization: basic(known.twilio.accountSid, known.twilio.authToken) },
  },
  {
    vendor: 'telnyx',
    direct: '/telnyx/v2/ai/conversations',
    proxied: '/api/telnyx/ai/conversations',
    guessed: { authorization: `Bearer ${known.telnyx.apiKey}` },
  },
  {
    vendor: 'moveworks',
    direct: '/moveworks/rest/v1beta1/conversations',
    proxied: '/api/moveworks/conversations',
    guessed: {
      authorization: `Bearer ${known.moveworks.accessToken}`,
      'Assistant-Name': known.moveworks.assistantName,
    },
  },
];

for (const { vendor, direct, proxied, guessed } of vendors) {
  test(`${vendor}: the sample backend refuses a request without the proxy's credentials`, async ({
    request,
  }) => {
    expect((await request.get(backend + direct)).status()).toBe(401);
    // The dev server's backend takes fresh credentials each start, not the CLI's well-known ones.
    expect((await request.get(backend + direct, { headers: guessed })).status()).toBe(401);
    // Through the proxy the same request succeeds: only the proxy holds the credentials.
    expect((await request.get(proxied)).status()).toBe(200);
  });
}

test('no credential reaches the page, in headers or bodies', async ({ page }) => {
  const seen: Promise<string>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) {
      seen.push(
        // A request the app cancelled has no body to read: nothing of it reached the page.
        Promise.all([r.allHeaders(), r.text().catch(() => '')]).then(
          ([h, body]) => `${JSON.stringify(h)}\n${body}`,
        ),
      );
    }
  });
  // Bodies can be read only until the page navigates: let every request finish first.
  for (const path of ['/twilio', '/moveworks']) {
    await page.goto(path);
    await expect(page.locator('main ul a').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  const traffic = (await Promise.all(seen)).join('\n');
  expect(traffic.length).toBeGreaterThan(100);
  expect(traffic + (await page.content())).not.toMatch(
    /Basic [A-Za-z0-9+/=]{8}|Bearer \S|authorization|sample-access-token|AC0{32}/i,
  );
});
