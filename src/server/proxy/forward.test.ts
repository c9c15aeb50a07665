import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyMiddleware, type ResolvedUpstream } from './forward.ts';

/** A stand-in vendor: records what reached it; `/slow` answers after 400 ms. */
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
let upstreamAborted = false;
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

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url?.startsWith('/v2/slow')) {
      res.once('close', () => (upstreamAborted = !res.writableFinished));
      setTimeout(() => res.writableEnded || res.end('{}'), 400);
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-ratelimit-remaining', '7');
    res.end(
      JSON.stringify({
        data: [],
        meta: { url: `http://127.0.0.1:${portOf(upstream)}/v2/next?a=1` },
      }),
    );
  });
  const upstreamPort = await listen(upstream);
  const telnyx: ResolvedUpstream = {
    baseUrl: `http://127.0.0.1:${upstreamPort}/v2`,
    credentials: {
      kind: 'bearer',
      token: 'secret-token',
      extraHeaders: { 'Assistant-Name': 'acme' },
    },
    sample: false,
  };
  const middleware = createProxyMiddleware({ twilio: telnyx, telnyx, moveworks: telnyx });
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

describe('the proxy middleware', () => {
  it('adds credentials and passes the path and query unchanged', async () => {
    const response = await fetch(
      `${proxyUrl}/api/telnyx/ai/conversations/a%2Fb%3Ac/messages?page[number]=2&x=%20`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('7');
    const last = seen.at(-1);
    expect(last?.url).toBe('/v2/ai/conversations/a%2Fb%3Ac/messages?page[number]=2&x=%20');
    expect(last?.headers.authorization).toBe('Bearer secret-token');
    expect(last?.headers['assistant-name']).toBe('acme');
    // Links back to the vendor come back through the proxy.
    expect((await response.json()).meta.url).toBe('/api/telnyx/next?a=1');
  });

  it('refuses other methods, unknown vendors and paths that climb out of the base URL', async () => {
    expect((await fetch(`${proxyUrl}/api/telnyx/x`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${proxyUrl}/api/acme/x`)).status).toBe(404);
    expect(await rawStatus('/api/telnyx/%2e%2e/admin')).toBe(400);
    expect(await rawStatus('/api/telnyx/../admin')).toBe(400);
    // URL parsers read a backslash as a slash: it must not climb out either.
    expect(await rawStatus('/api/telnyx/..\\admin/keys')).toBe(400);
    expect(seen.some((r) => r.url.includes('admin'))).toBe(false);
    expect((await fetch(`${proxyUrl}/not-api`)).status).toBe(418);
  });

  it('survives a browser that gives up mid-request, and stops the upstream call', async () => {
    await expect(
      fetch(`${proxyUrl}/api/telnyx/slow`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(upstreamAborted).toBe(true);
    expect((await fetch(`${proxyUrl}/api/status`)).status).toBe(200);
  });
});
