import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLE_CREDENTIALS,
  startSampleBackend,
  type RunningSampleBackend,
} from './index.ts';
import { field, getJson, listOf, makeDataset, ODD_ID } from './test-fixture.ts';

const { accountSid, authToken } = DEFAULT_SAMPLE_CREDENTIALS.twilio;
const AUTH = {
  authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
};

let backend: RunningSampleBackend;
beforeAll(async () => {
  backend = await startSampleBackend({ dataset: makeDataset() });
});
afterAll(() => backend.close());

/** Follows `meta.next_page_url` from `firstUrl`; returns every item and the URLs fetched. */
async function walk(
  firstUrl: string,
  key: string,
): Promise<{ items: Record<string, unknown>[]; urls: string[] }> {
  const items: Record<string, unknown>[] = [];
  const urls: string[] = [];
  let next: unknown = firstUrl;
  while (typeof next === 'string' && urls.length < 50) {
    urls.push(next);
    const page = await getJson(next, AUTH);
    expect(page.status).toBe(200);
    expect(field(page.body, 'meta', 'key')).toBe(key);
    items.push(...listOf(page.body, key));
    next = field(page.body, 'meta', 'next_page_url');
  }
  return { items, urls };
}

describe('twilio sample backend', () => {
  it('refuses missing or wrong Basic auth with 401 code 20003', async () => {
    const wrong = {
      authorization: `Basic ${Buffer.from(`${accountSid}:nope`).toString('base64')}`,
    };
    for (const headers of [{}, wrong, { authorization: 'Bearer x' }]) {
      const res = await getJson(`${backend.baseUrls.twilio}/v1/Sessions`, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
      expect(res.body).toEqual({
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
  });

  it('lists sessions by date_updated descending across pages, each once', async () => {
    const first = `${backend.baseUrls.twilio}/v1/Sessions?PageSize=2`;
    const { items, urls } = await walk(first, 'sessions');
    expect(urls).toHaveLength(3);
    expect(items.map((s) => s.id)).toEqual([
      'messaging__+1555/abc',
      's5',
      ODD_ID,
      's4',
      'voice:CA1',
    ]);
  });

  it('serves messages chronologically with absolute, followable next_page_url', async () => {
    const enc = encodeURIComponent(ODD_ID);
    const before = backend.requestLog.length;
    const { items, urls } = await walk(
      `${backend.baseUrls.twilio}/v1/Sessions/${enc}/Messages?PageSize=3`,
      'messages',
    );
    expect(items.map((m) => m.id)).toEqual(
      Array.from({ length: 7 }, (_, i) => `aia_msg_${ODD_ID}_${i}`),
    );
    expect(backend.requestLog.length - before).toBe(3);
    const second = new URL(urls[1] ?? '');
    expect(second.origin).toBe(backend.url);
    expect(second.pathname).toBe(`/twilio/v1/Sessions/${enc}/Messages`);
    expect(second.searchParams.get('Page')).toBe('1');
    expect(second.searchParams.get('PageSize')).toBe('3');
  });

  it('fills every meta field', async () => {
    const res = await getJson(`${backend.baseUrls.twilio}/v1/Sessions/s4/Messages`, AUTH);
    const base = `${backend.url}/twilio/v1/Sessions/s4/Messages?PageSize=50&Page=0`;
    expect(field(res.body, 'meta')).toEqual({
      first_page_url: base,
      key: 'messages',
      next_page_url: null,
      page: 0,
      page_size: 50,
      previous_page_url: null,
      url: base,
    });
    const last = await walk(`${backend.baseUrls.twilio}/v1/Sessions?PageSize=2`, 'sessions');
    const lastPage = await getJson(last.urls[2] ?? '', AUTH);
    expect(field(lastPage.body, 'meta', 'previous_page_url')).toMatch(/Page=1&PageToken=/);
  });

  it('fetches one session by percent-encoded id; 404 for an unknown one', async () => {
    const res = await getJson(
      `${backend.baseUrls.twilio}/v1/Sessions/${encodeURIComponent(ODD_ID)}`,
      AUTH,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(field(res.body, 'id')).toBe(ODD_ID);
    const missing = await getJson(`${backend.baseUrls.twilio}/v1/Sessions/nope%2Fx`, AUTH);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      code: 20404,
      message: 'The requested resource /Sessions/nope/x was not found',
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    });
    const messages = await getJson(`${backend.baseUrls.twilio}/v1/Sessions/nope/Messages`, AUTH);
    expect(messages.status).toBe(404);
    const path = await getJson(`${backend.baseUrls.twilio}/v1/Assistants`, AUTH);
    expect(path.status).toBe(404);
    expect(field(path.body, 'code')).toBe(20404);
  });

  it('answers 400 code 20001 naming the bad parameter', async () => {
    const base = `${backend.baseUrls.twilio}/v1/Sessions/s4/Messages`;
    for (const [query, name] of [
      ['PageSize=0', 'PageSize'],
      ['PageSize=1001', 'PageSize'],
      ['PageSize=abc', 'PageSize'],
      ['Page=-1', 'Page'],
      ['PageToken=garbage!', 'PageToken'],
      ['PageToken=eyJ4IjoxfQ', 'PageToken'],
    ]) {
      const res = await getJson(`${base}?${query}`, AUTH);
      expect(res.status, query).toBe(400);
      expect(field(res.body, 'code')).toBe(20001);
      expect(field(res.body, 'status')).toBe(400);
      expect(String(field(res.body, 'message'))).toContain(name);
    }
  });

  it('rejects a PageToken from another list', async () => {
    const page = await getJson(`${backend.baseUrls.twilio}/v1/Sessions?PageSize=1`, AUTH);
    const token = new URL(String(field(page.body, 'meta', 'next_page_url'))).searchParams.get(
      'PageToken',
    );
    const res = await getJson(
      `${backend.baseUrls.twilio}/v1/Sessions/s4/Messages?PageToken=${token}`,
      AUTH,
    );
    expect(res.status).toBe(400);
  });

  it('answers 405 for writes', async () => {
    const res = await fetch(`${backend.baseUrls.twilio}/v1/Sessions`, {
      method: 'POST',
      headers: AUTH,
    });
    expect(res.status).toBe(405);
    expect(await res.json()).toMatchObject({ code: 20004, status: 405 });
  });
});
