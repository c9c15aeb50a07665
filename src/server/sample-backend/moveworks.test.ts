import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLE_CREDENTIALS,
  startSampleBackend,
  type RunningSampleBackend,
} from './index.ts';
import { field, getJson, listOf, makeDataset, ODD_ID } from './test-fixture.ts';

const { accessToken, assistantName } = DEFAULT_SAMPLE_CREDENTIALS.moveworks;
const AUTH = { authorization: `Bearer ${accessToken}`, 'assistant-name': assistantName };

let backend: RunningSampleBackend;
let base: string;
beforeAll(async () => {
  backend = await startSampleBackend({ dataset: makeDataset() });
  base = backend.baseUrls.moveworks;
});
afterAll(() => backend.close());

/** Follows `metadata.next_cursor` from `firstUrl`; returns every item and the pages fetched. */
async function walk(
  firstUrl: string,
  key: string,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let pages = 0;
  let cursor: unknown = null;
  do {
    const url =
      cursor === null ? firstUrl : `${firstUrl}&cursor=${encodeURIComponent(String(cursor))}`;
    const res = await getJson(url, AUTH);
    expect(res.status).toBe(200);
    items.push(...listOf(res.body, key));
    cursor = field(res.body, 'metadata', 'next_cursor');
    pages++;
  } while (typeof cursor === 'string' && pages < 50);
  expect(cursor).toBeNull();
  return { items, pages };
}

describe('moveworks sample backend', () => {
  it('refuses a missing or wrong token with 401 UNAUTHORIZED', async () => {
    for (const headers of [
      { 'assistant-name': assistantName },
      { ...AUTH, authorization: 'Bearer nope' },
    ]) {
      const res = await getJson(`${base}/conversations`, headers);
      expect(res.status).toBe(401);
      expect(field(res.body, 'error', 'code')).toBe('UNAUTHORIZED');
      expect(typeof field(res.body, 'error', 'message')).toBe('string');
    }
  });

  it('refuses a missing or wrong Assistant-Name with 403 FORBIDDEN', async () => {
    for (const headers of [
      { authorization: AUTH.authorization },
      { ...AUTH, 'assistant-name': 'other' },
    ]) {
      const res = await getJson(`${base}/conversations`, headers);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: { code: 'FORBIDDEN', message: 'Invalid assistant' } });
    }
  });

  it('pages messages newest first, each once, with an x-moveworks-root-uuid', async () => {
    const before = backend.requestLog.length;
    const { items, pages } = await walk(
      `${base}/conversations/${encodeURIComponent(ODD_ID)}/messages?limit=20`,
      'messages',
    );
    expect(pages).toBe(3);
    expect(backend.requestLog.length - before).toBe(3);
    expect(items.map((m) => m.message_id)).toEqual(
      Array.from({ length: 45 }, (_, i) => `msg_${44 - i}`),
    );
    const res = await getJson(`${base}/conversations/conv_4/messages`, AUTH);
    expect(res.headers.get('x-moveworks-root-uuid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(field(res.body, 'metadata')).toEqual({ next_cursor: null });
  });

  it('lists conversations by updated_at desc, hiding archived ones unless asked', async () => {
    const { items } = await walk(`${base}/conversations?limit=2`, 'conversations');
    expect(items.map((c) => c.conversation_id)).toEqual([
      'conv_3',
      'conv_5',
      ODD_ID,
      'conv_4',
      'conv_2',
    ]);
    const archived = await getJson(`${base}/conversations?archived=true`, AUTH);
    expect(listOf(archived.body, 'conversations').map((c) => c.conversation_id)).toEqual([
      'conv_archived',
    ]);
  });

  it('fetches one conversation by percent-encoded id; 404 NOT_FOUND otherwise', async () => {
    const res = await getJson(`${base}/conversations/${encodeURIComponent(ODD_ID)}`, AUTH);
    expect(field(res.body, 'conversation_id')).toBe(ODD_ID);
    for (const path of ['/conversations/nope', '/conversations/nope/messages']) {
      const missing = await getJson(`${base}${path}`, AUTH);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        error: { code: 'NOT_FOUND', message: 'Conversation not found' },
      });
    }
  });

  it('answers 400 INVALID_INPUT for a bad limit and INVALID_CURSOR for a bad cursor', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const res = await getJson(`${base}/conversations/conv_4/messages?limit=${limit}`, AUTH);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'INVALID_INPUT', message: 'limit must be an integer between 1 and 100' },
      });
    }
    const page = await getJson(`${base}/conversations?limit=1`, AUTH);
    const foreign = String(field(page.body, 'metadata', 'next_cursor'));
    for (const cursor of ['not a cursor', foreign]) {
      const res = await getJson(
        `${base}/conversations/conv_4/messages?cursor=${encodeURIComponent(cursor)}`,
        AUTH,
      );
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'INVALID_CURSOR', message: 'The provided cursor is invalid or expired.' },
      });
    }
  });
});
