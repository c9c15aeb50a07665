import { expect, test } from '@playwright/test';
import { PORTS } from './ports.ts';

const backend = `http://127.0.0.1:${PORTS.sampleBackend}`;
const paths = {
  twilio: '/twilio/v1/Sessions',
  telnyx: '/telnyx/v2/ai/conversations',
  moveworks: '/moveworks/rest/v1beta1/conversations',
};

for (const [vendor, path] of Object.entries(paths)) {
  test(`${vendor}: the sample backend refuses a request without the proxy's credentials`, async ({
    request,
  }) => {
    const direct = await request.get(backend + path);
    expect(direct.status()).toBe(401);
    const guessed = await request.get(backend + path, {
      headers: {
        authorization: 'Bearer sample-access-token',
        'Assistant-Name': 'sample-assistant',
      },
    });
    expect(guessed.status()).toBe(401);
    // Through the proxy the same request succeeds: only the proxy holds the credentials.
    const proxied = await request.get(
      `/api/${vendor}${path.replace(/^\/\w+(\/v2|\/rest\/v1beta1)?/, '')}`,
    );
    expect(proxied.status()).toBe(200);
  });
}

test('the page never sees a credential', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/api/')) bodies.push(JSON.stringify(await r.allHeaders()));
  });
  await page.goto('/twilio');
  await expect(page.getByRole('list').first()).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/AC[0-9a-f]{32}|Basic |Bearer /);
  expect(bodies.join('\n')).not.toMatch(/authorization/i);
});
