import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyMiddleware, type ResolvedUpstream } from './forward.ts';

/** What reached the stand-in vendor. */
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
let upstreamAborted = false;
/** The stand-in token endpoint's mints, and the one token its API takes (none: every one refused). */
let minted = 0;
let validToken: string | undefined;
let upstream: Server;
let proxy: Server;
let proxyUrl = '';

function portOf(server: Server): number {
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('not on a TCP port');
  return address.port;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return portOf(server);
}

/** Stand-in answers by the last path segment of `/v2/ai/conversations/<id>`. */
function answer(req: IncomingMessage, res: import('node:http').ServerResponse): void {
  const id = (req.url ?? '').split('?')[0]?.split('/').at(-1);
  if (id === 'slow') {
    res.once('close', () => (upstreamAborted = !res.writableFinished));
    setTimeout(() => res.writableEnded || res.end('{}'), 400);
  } else if (id === 'gateway' || id === 'login') {
    res.writeHead(id === 'gateway' ? 502 : 200, {
      'content-type': 'text/html',
      'retry-after': '5',
    });
    res.end('<html><script>alert(1)</script>Bad gateway</html>');
  } else if (id === 'cut') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"data":[');
    setTimeout(() => res.destroy(), 20);
  } else {
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-ratelimit-remaining', '7');
    res.setHeader('set-cookie', 'vendor=1');
    res.end(
      JSON.stringify({
        data: [],
        meta: { url: `http://127.0.0.1:${portOf(upstream)}/v2/next?a=1` },
      }),
    );
  }
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/token') {
      minted += 1;
      validToken = `minted-${minted}`;
      res.setHeader('content-type', 'application/json');
      return void res.end(JSON.stringify({ data: { access_token: validToken, expires_in: 3600 } }));
    }
    if (req.url?.startsWith('/mw/') && req.headers.authorization !== `Bearer ${validToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return void res.end('{"error":{"code":"UNAUTHORIZED","message":"expired"}}');
    }
    answer(req, res);
  });
  const port = await listen(upstream);
  const telnyx: ResolvedUpstream = {
    baseUrl: `http://127.0.0.1:${port}/v2`,
    credentials: {
      kind: 'bearer',
      token: 'secret-token',
      extraHeaders: { 'Assistant-Name': 'acme' },
    },
    sample: false,
  };
  const moveworks: ResolvedUpstream = {
    baseUrl: `http://127.0.0.1:${port}/mw`,
    credentials: {
      kind: 'oauth',
      client: { clientId: 'c', clientSecret: 'shh', tokenUrl: `http://127.0.0.1:${port}/token` },
      extraHeaders: { 'Assistant-Name': 'acme' },
    },
    sample: false,
  };
  const middleware = createProxyMiddleware({ twilio: telnyx, telnyx, moveworks });
  proxy = createServer((req, res) => middleware(req, res, () => res.writeHead(418).end()));
  proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
});

/** GETs a raw path, unnormalized (fetch would resolve `%2e%2e` before sending it). */
function rawStatus(path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portOf(proxy), path }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

afterAll(() => {
  proxy.close();
  upstream.close();
});

const messages = '/api/telnyx/ai/conversations/a%2Fb%3Ac/messages';

describe('the proxy middleware', () => {
  it('adds credentials and passes the path and query unchanged', async () => {
    const response = await fetch(`${proxyUrl}${messages}?page[number]=2&x=%20`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('7');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const last = seen.at(-1);
    expect(last?.url).toBe('/v2/ai/conversations/a%2Fb%3Ac/messages?page[number]=2&x=%20');
    expect(last?.headers.authorization).toBe('Bearer secret-token');
    expect(last?.headers['assistant-name']).toBe('acme');
    // Links back to the vendor come back through the proxy.
    expect((await response.json()).meta.url).toBe('/api/telnyx/next?a=1');
  });

  it("never forwards the browser's cookies or Authorization", async () => {
    await fetch(`${proxyUrl}${messages}`, {
      headers: { cookie: 'session=browser', authorization: 'Bearer from-the-page' },
    });
    const last = seen.at(-1);
    expect(last?.headers.cookie).toBeUndefined();
    expect(last?.headers.authorization).toBe('Bearer secret-token');
  });

  it('refuses other methods, unknown vendors and paths that climb out of the base URL', async () => {
    const before = seen.length;
    expect((await fetch(`${proxyUrl}${messages}`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${proxyUrl}${messages}`, { method: 'HEAD' })).status).toBe(405);
    expect((await fetch(`${proxyUrl}/api/acme/x`)).status).toBe(404);
    expect(await rawStatus('/api/telnyx/%2e%2e/admin')).toBe(404);
    expect(await rawStatus('/api/telnyx/../admin')).toBe(404);
    // URL parsers read a backslash as a slash: it must not climb out either.
    expect(await rawStatus('/api/telnyx/..\\admin/keys')).toBe(404);
    expect(seen.length).toBe(before);
    expect((await fetch(`${proxyUrl}/not-api`)).status).toBe(418);
  });

  it('reaches only the endpoints the viewer reads', async () => {
    const before = seen.length;
    for (const path of [
      '/api/telnyx/phone_numbers',
      '/api/telnyx/ai/assistants',
      '/api/telnyx/ai/conversations/x/messages/y',
      '/api/telnyx/ai/conversations/%2e%2e/messages',
      '/api/twilio/v1/Assistants',
      '/api/twilio/v2/Accounts',
      '/api/moveworks/conversations/x/feedback',
      // Ids that a server in front of the vendor might decode into another path.
      '/api/telnyx/ai/conversations/%2e%2e%2f%2e%2e%2fphone_numbers%3f/messages',
      '/api/twilio/v1/Sessions/..%2F..%2F2010-04-01%2FAccounts%3F/Messages',
      '/api/telnyx/ai/conversations/%252e%252e/messages',
      '/api/twilio/v1/Sessions/..;/Messages',
      '/api/telnyx/ai/conversations/a%00b/messages',
      '/api/telnyx/ai/conversations/a%5Cb/messages',
    ]) {
      // Sent as written: fetch would resolve `%2e%2e` itself.
      expect(await rawStatus(path), path).toBe(404);
    }
    expect(seen.length).toBe(before);
    expect((await fetch(`${proxyUrl}/api/twilio/ai/conversations`)).status).toBe(404);
  });

  it('answers pages of its own origin only', async () => {
    const crossSite = { 'sec-fetch-site': 'same-site', origin: 'http://localhost:9999' };
    expect((await fetch(`${proxyUrl}${messages}`, { headers: crossSite })).status).toBe(403);
    const other = { origin: 'http://evil.example' };
    expect((await fetch(`${proxyUrl}/api/status`, { headers: other })).status).toBe(403);
    const own = { 'sec-fetch-site': 'same-origin', origin: proxyUrl };
    expect((await fetch(`${proxyUrl}${messages}`, { headers: own })).status).toBe(200);
  });

  it("never serves a vendor's HTML, saying what came instead", async () => {
    const gateway = await fetch(`${proxyUrl}/api/telnyx/ai/conversations/gateway`);
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('content-type')).toContain('application/json');
    expect(gateway.headers.get('retry-after')).toBe('5');
    const text = await gateway.text();
    expect(text).not.toContain('<script>');
    expect(JSON.parse(text).proxy_error.message).toContain('HTTP 502 with text/html, 49 bytes');
    // An HTML page with a 200 (a login portal) is a failure too.
    expect((await fetch(`${proxyUrl}/api/telnyx/ai/conversations/login`)).status).toBe(502);
  });

  it('says when the connection drops mid-body', async () => {
    const response = await fetch(`${proxyUrl}/api/telnyx/ai/conversations/cut`);
    expect(response.status).toBe(502);
    expect((await response.json()).proxy_error.message).toContain('No complete answer from telnyx');
  });

  it('mints a Moveworks token, and mints again once when the vendor refuses it', async () => {
    const ok = await fetch(`${proxyUrl}/api/moveworks/conversations/x`);
    expect(ok.status).toBe(200);
    expect(minted).toBe(1);
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer minted-1');
    validToken = undefined; // the vendor revokes it
    const results = await Promise.all(
      [1, 2, 3].map(() => fetch(`${proxyUrl}/api/moveworks/conversations/x/messages`)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(minted).toBe(2);
    expect(seen.filter((r) => r.url === '/token')).toHaveLength(2);
  });

  it('survives a browser that gives up mid-request, and stops the upstream call', async () => {
    await expect(
      fetch(`${proxyUrl}/api/telnyx/ai/conversations/slow`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(upstreamAborted).toBe(true);
    expect((await fetch(`${proxyUrl}/api/status`)).status).toBe(200);
  });
});
