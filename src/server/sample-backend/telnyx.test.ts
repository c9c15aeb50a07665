import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLE_CREDENTIALS,
  startSampleBackend,
  type RunningSampleBackend,
} from './index.ts';
import { at, field, getJson, listOf, makeDataset, ODD_ID } from './test-fixture.ts';

const AUTH = { authorization: `Bearer ${DEFAULT_SAMPLE_CREDENTIALS.telnyx.apiKey}` };

let backend: RunningSampleBackend;
let base: string;
beforeAll(async () => {
  backend = await startSampleBackend({ dataset: makeDataset() });
  base = backend.baseUrls.telnyx;
});
afterAll(() => backend.close());

const idsOf = (body: unknown): unknown[] => listOf(body, 'data').map((c) => c.id);

describe('telnyx sample backend', () => {
  it('refuses a missing or wrong key with 401 code 10009 and rate-limit headers', async () => {
    const cases: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }];
    for (const headers of cases) {
      const res = await getJson(`${base}/ai/conversations`, headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        errors: [
          {
            code: '10009',
            title: 'Authentication failed',
            detail: 'The API key provided is invalid or missing.',
          },
        ],
      });
      expect(res.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    }
  });

  it('pages messages newest first, each exactly once, with meta', async () => {
    const enc = encodeURIComponent(ODD_ID);
    const texts: unknown[] = [];
    for (let number = 1; ; number++) {
      const res = await getJson(
        `${base}/ai/conversations/${enc}/messages?page[number]=${number}&page[size]=20`,
        AUTH,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
      expect(field(res.body, 'meta')).toEqual({
        total_pages: 3,
        total_results: 45,
        page_number: number,
        page_size: 20,
      });
      texts.push(...listOf(res.body, 'data').map((m) => m.text));
      if (number >= 3) break;
    }
    expect(texts).toEqual(Array.from({ length: 45 }, (_, i) => `message ${44 - i}`));
  });

  it('accepts percent-encoded brackets and returns an empty page past the end', async () => {
    const enc = encodeURIComponent(ODD_ID);
    const res = await getJson(
      `${base}/ai/conversations/${enc}/messages?page%5Bnumber%5D=2&page%5Bsize%5D=40`,
      AUTH,
    );
    expect(listOf(res.body, 'data').map((m) => m.text)).toEqual([
      'message 4',
      'message 3',
      'message 2',
      'message 1',
      'message 0',
    ]);
    const past = await getJson(`${base}/ai/conversations/${enc}/messages?page[number]=9`, AUTH);
    expect(past.body).toEqual({
      data: [],
      meta: { total_pages: 3, total_results: 45, page_number: 9, page_size: 20 },
    });
  });

  it('answers 422 in FastAPI shape for bad page parameters', async () => {
    const url = `${base}/ai/conversations/t2/messages?page[size]=500&page[number]=x`;
    const res = await getJson(url, AUTH);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      detail: [
        {
          loc: ['query', 'page[number]'],
          msg: 'Input should be a valid integer, unable to parse string as an integer',
          type: 'int_parsing',
          input: 'x',
        },
        {
          loc: ['query', 'page[size]'],
          msg: 'Input should be less than or equal to 100',
          type: 'less_than_equal',
          input: '500',
          ctx: { le: 100 },
        },
      ],
    });
    const zero = await getJson(`${base}/ai/conversations/t2/messages?page[number]=0`, AUTH);
    expect(field(zero.body, 'detail')).toMatchObject([
      { type: 'greater_than_equal', loc: ['query', 'page[number]'] },
    ]);
  });

  it('answers 404 Conversation Not Found for unknown conversations', async () => {
    for (const path of ['/ai/conversations/nope', '/ai/conversations/nope/messages']) {
      const res = await getJson(`${base}${path}`, AUTH);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: 'Conversation Not Found' });
    }
    const other = await getJson(`${base}/ai/assistants`, AUTH);
    expect(other.status).toBe(404);
    expect(field(other.body, 'errors')).toMatchObject([{ code: '10005' }]);
  });

  it('fetches one conversation by percent-encoded id', async () => {
    const res = await getJson(`${base}/ai/conversations/${encodeURIComponent(ODD_ID)}`, AUTH);
    expect(field(res.body, 'data', 'id')).toBe(ODD_ID);
  });

  it('lists conversations by last_message_at desc and keyset-pages with lt.', async () => {
    const seen: unknown[] = [];
    let url = `${base}/ai/conversations?limit=2`;
    for (let i = 0; i < 10; i++) {
      const res = await getJson(url, AUTH);
      expect(field(res.body, 'meta')).toBeUndefined();
      const page = listOf(res.body, 'data');
      if (page.length === 0) break;
      seen.push(...page.map((c) => c.id));
      url = `${base}/ai/conversations?limit=2&last_message_at=lt.${String(page.at(-1)?.last_message_at)}`;
    }
    expect(seen).toEqual(['t3', 't5', ODD_ID, 't4', 't2']);
  });

  it('supports order, id=eq., name=like., metadata-> and Prefer: count=exact', async () => {
    const asc = await getJson(`${base}/ai/conversations?order=created_at.asc`, AUTH);
    expect(idsOf(asc.body)).toEqual(['t3', 't5', ODD_ID, 't4', 't2']);
    const byId = await getJson(
      `${base}/ai/conversations?id=eq.${encodeURIComponent(ODD_ID)}`,
      AUTH,
    );
    expect(idsOf(byId.body)).toEqual([ODD_ID]);
    const like = await getJson(
      `${base}/ai/conversations?name=like.Voice%25&order=last_message_at.asc`,
      AUTH,
    );
    expect(idsOf(like.body)).toEqual(['t2', ODD_ID, 't5']);
    const ilike = await getJson(`${base}/ai/conversations?name=ilike.sms*`, AUTH);
    expect(idsOf(ilike.body)).toEqual(['t3', 't4']);
    const meta = await getJson(
      `${base}/ai/conversations?metadata->telnyx_conversation_channel=eq.sms`,
      AUTH,
    );
    expect(idsOf(meta.body)).toEqual(['t5', 't4']);
    const range = `last_message_at=gte.${at(20)}&last_message_at=lte.${at(40)}`;
    const counted = await getJson(`${base}/ai/conversations?${range}&limit=1`, {
      ...AUTH,
      prefer: 'count=exact',
    });
    expect(idsOf(counted.body)).toEqual(['t5']);
    expect(counted.headers.get('content-range')).toBe('0-0/3');
  });

  it('answers 422 for a bad limit, order or filter', async () => {
    for (const query of [
      'limit=0',
      'limit=x',
      'order=name.desc',
      'last_message_at=lt.yesterday',
      'name=foo',
    ]) {
      const res = await getJson(`${base}/ai/conversations?${query}`, AUTH);
      expect(res.status, query).toBe(422);
      expect(Array.isArray(field(res.body, 'detail'))).toBe(true);
    }
  });
});
