import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../api/http-client.ts';
import { NotJsonError } from '../api/http-error.ts';

/** Answers each path with a body labelled JSON that is not. */
const BODIES: Record<string, string> = {
  '/html': '<!doctype html><script>alert(1)</script>',
  '/cut': '{"messages":[{"text":"hel',
};
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(BODIES[req.url ?? ''] ?? '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createHttpClient', () => {
  it('says where a body labelled JSON stops being JSON, never quoting it', async () => {
    const client = createHttpClient(origin);
    const html = await client.get('/html').catch((e: unknown) => e);
    expect(html).toBeInstanceOf(NotJsonError);
    expect(String(html)).toContain('from its first character');
    expect(String(html)).not.toContain('<');
    const cut = await client.get('/cut').catch((e: unknown) => e);
    expect(String(cut)).toContain('cut off or damaged, at character 25');
    expect(String(cut)).not.toContain('hel');
  });

  it('returns the body with what the answer said', async () => {
    const { body, answer } = await createHttpClient(origin).get('/ok');
    expect(body).toEqual({});
    expect(answer).toMatchObject({ status: 200, contentType: 'application/json', bytes: 2 });
  });
});
