import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLE_CREDENTIALS,
  startSampleBackend,
  type RunningSampleBackend,
} from './index.ts';
import { makeDataset, ODD_ID } from './test-fixture.ts';

const creds = DEFAULT_SAMPLE_CREDENTIALS;
const TELNYX = { authorization: `Bearer ${creds.telnyx.apiKey}` };

let backend: RunningSampleBackend;
beforeAll(async () => {
  backend = await startSampleBackend({ dataset: makeDataset(), faults: true });
});
afterAll(() => backend.close());

function put(path: string, body: unknown): Promise<Response> {
  return fetch(`${backend.url}/__admin/${path}`, { method: 'PUT', body: JSON.stringify(body) });
}

function mint(body: unknown): Promise<Response> {
  return fetch(backend.moveworksTokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const grant = {
  client_id: creds.moveworks.clientId,
  client_secret: creds.moveworks.clientSecret,
  grant_type: 'client_credentials',
};

async function moveworksStatus(token: string): Promise<number> {
  const response = await fetch(`${backend.baseUrls.moveworks}/conversations`, {
    headers: { authorization: `Bearer ${token}`, 'assistant-name': creds.moveworks.assistantName },
  });
  return response.status;
}

describe('the sample Moveworks token endpoint (docs/vendor-notes.md §3.1)', () => {
  it('mints tokens the API takes until they expire', async () => {
    await put('tokens', { lifetimeS: 1 });
    const response = await mint(grant);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ expires_in: 1, token_type: 'Bearer' });
    expect(await moveworksStatus(data.access_token)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await moveworksStatus(data.access_token)).toBe(401);
    await put('tokens', { lifetimeS: 3600 });
  });

  it('revokes every minted token on demand, and refuses bad grants', async () => {
    const { data } = await (await mint(grant)).json();
    await put('tokens', { revoke: true });
    expect(await moveworksStatus(data.access_token)).toBe(401);
    expect(await moveworksStatus(creds.moveworks.accessToken)).toBe(200);
    const badClient = await mint({ ...grant, client_secret: 'wrong' });
    expect(badClient.status).toBe(401);
    expect(await badClient.json()).toEqual({
      code: 'INVALID_CLIENT',
      message: 'Client authentication failed',
    });
    expect((await mint({ ...grant, grant_type: 'password' })).status).toBe(400);
  });
});

describe('fault rules', () => {
  const page = (n: number) =>
    fetch(
      `${backend.baseUrls.telnyx}/ai/conversations/${encodeURIComponent(ODD_ID)}/messages?page[number]=${n}&page[size]=2`,
      {
        headers: TELNYX,
      },
    );

  it('fail the matching request after `skip`, `times` times, with the given status and headers', async () => {
    await put('faults', {
      rules: [
        {
          kind: 'status',
          match: 'page[number]=2',
          skip: 1,
          times: 1,
          status: 429,
          headers: { 'retry-after': '7' },
          body: '{"errors":[]}',
        },
      ],
    });
    expect((await page(2)).status).toBe(200);
    const limited = await page(2);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await page(2)).status).toBe(200);
  });

  it('send an HTML gateway page, a cut body, or a dropped connection', async () => {
    await put('faults', {
      rules: [
        { kind: 'html', match: 'page[number]=1' },
        { kind: 'truncate', match: 'page[number]=2' },
        { kind: 'drop', match: 'page[number]=3' },
      ],
    });
    const html = await page(1);
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    const cut = await (await page(2)).text();
    expect(() => JSON.parse(cut)).toThrow();
    await expect(page(3).then((r) => r.text())).rejects.toThrow();
    await put('faults', { rules: [] });
    expect((await page(1)).status).toBe(200);
  });

  it('log every request, and refuse a rule that does not fit', async () => {
    const { requests } = await (await fetch(`${backend.url}/__admin/log`)).json();
    expect(requests).toContain(
      `GET /telnyx/v2/ai/conversations/${encodeURIComponent(ODD_ID)}/messages?page[number]=1&page[size]=2`,
    );
    expect((await put('faults', { rules: [{ kind: 'explode', match: 'x' }] })).status).toBe(400);
  });

  it('exist only on a backend started with faults', async () => {
    const plain = await startSampleBackend({ dataset: makeDataset() });
    const response = await fetch(`${plain.url}/__admin/log`);
    await plain.close();
    expect(response.status).toBe(404);
  });
});
