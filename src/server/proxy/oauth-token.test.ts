import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenSource, TokenError } from './oauth-token.ts';

/** A stand-in token endpoint: answers `next` after 50 ms, counting mints and keeping bodies. */
let mints = 0;
let bodies: unknown[] = [];
let next: { status: number; body: unknown } = { status: 200, body: {} };
let server: Server;
let tokenUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      mints += 1;
      bodies.push(JSON.parse(text));
      setTimeout(() => {
        res.writeHead(next.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(next.body));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  tokenUrl = `http://127.0.0.1:${address.port}/oauth/v1/token`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  mints = 0;
  bodies = [];
  next = {
    status: 200,
    body: { data: { access_token: 'tok-1', expires_in: 3600, token_type: 'Bearer' } },
  };
});

const credentials = () => ({ clientId: 'client', clientSecret: 'very-secret', tokenUrl });

describe('createTokenSource', () => {
  it('mints once however many requests wait, sending the client credentials grant', async () => {
    const source = createTokenSource(credentials());
    const tokens = await Promise.all(Array.from({ length: 20 }, () => source.token()));
    expect(new Set(tokens)).toEqual(new Set(['tok-1']));
    expect(mints).toBe(1);
    expect(bodies[0]).toEqual({
      client_id: 'client',
      client_secret: 'very-secret',
      grant_type: 'client_credentials',
    });
  });

  it('keeps the token until shortly before expires_in, then mints again', async () => {
    let clock = 0;
    const source = createTokenSource(credentials(), () => clock);
    await source.token();
    clock = 3_539_000; // 61 s before the hour: still held
    await source.token();
    expect(mints).toBe(1);
    clock = 3_541_000; // within the last minute: renewed
    next = { status: 200, body: { data: { access_token: 'tok-2', expires_in: 3600 } } };
    expect(await source.token()).toBe('tok-2');
    expect(mints).toBe(2);
  });

  it('mints again after a refusal, once for all the requests refused with the same token', async () => {
    const source = createTokenSource(credentials());
    const first = await source.token();
    next = { status: 200, body: { data: { access_token: 'tok-2', expires_in: 3600 } } };
    source.refused(first);
    const again = source.token();
    source.refused(first); // a second 401 of the old token, while the new one is minted
    expect(await again).toBe('tok-2');
    expect(await source.token()).toBe('tok-2');
    expect(mints).toBe(2);
  });

  it("turns a refused mint into the endpoint's status and message, never the secret", async () => {
    next = {
      status: 401,
      body: { code: 'INVALID_CLIENT', message: 'Client authentication failed' },
    };
    const source = createTokenSource(credentials());
    const error = await source.token().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ status: 401 });
    expect(String(error)).toContain(tokenUrl);
    expect(String(error)).toContain('HTTP 401: Client authentication failed');
    expect(String(error)).not.toContain('very-secret');
    // A failed mint is not kept: the next request tries again.
    next = { status: 200, body: { data: { access_token: 'tok-3', expires_in: 60 } } };
    expect(await source.token()).toBe('tok-3');
  });

  it('says when the endpoint answers without a token, or not at all', async () => {
    next = { status: 200, body: { data: {} } };
    await expect(createTokenSource(credentials()).token()).rejects.toThrow(
      'an answer without data.access_token',
    );
    const nowhere = createTokenSource({ ...credentials(), tokenUrl: 'http://127.0.0.1:9/token' });
    await expect(nowhere.token()).rejects.toMatchObject({ status: 0 });
  });
});
