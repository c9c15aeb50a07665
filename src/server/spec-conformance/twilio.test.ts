import type { OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../vendors/index.ts';
import { DEFAULT_SAMPLE_CREDENTIALS } from '../sample-backend/index.ts';
import { HAND_WRITTEN } from '../sample-data/conversations/index.ts';
import { SAMPLE_IDS } from '../sample-data/index.ts';
import { startTestStack, type TestStack, failing, readAll } from '../test-stack.ts';
import { allowing, conformance, has, recordDuring, undocumentedError } from './allowances.ts';
import { conformanceDataset, EMPTY_DATASET } from './dataset.ts';
import { loadSpec } from './specs.ts';

/**
 * The viewer's Twilio client, through the real proxy, against the sample backend: every request
 * it makes and every answer it reads, checked against specs/twilio_assistants_v1.json.
 */
let stack: TestStack;
let api: OpenAPIBackend;
let twilio: Vendor;

beforeAll(async () => {
  [stack, api] = await Promise.all([startTestStack(conformanceDataset()), loadSpec('twilio')]);
  twilio = stack.vendors.twilio;
});
afterAll(() => stack.close());

/** docs/vendor-notes.md §4.1: the spec lists no error answer at all. */
const NO_ERRORS = undocumentedError(
  'the spec documents no error answers; the API sends its legacy {code, message, more_info, status}',
  (body) =>
    has(body, 'code', 'number') &&
    has(body, 'message', 'string') &&
    has(body, 'more_info', 'string') &&
    has(body, 'status', 'number'),
);

describe('Twilio AI Assistants against its OpenAPI spec', () => {
  it('lists sessions: pages of 200 followed by next_page_url, and 1000 a page when filtering', async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      let cursor: string | null = null;
      do cursor = (await twilio.listConversations(cursor, {})).nextCursor;
      while (cursor !== null);
      await twilio.listConversations(null, { q: 'billing', from: '2026-01-01' });
    });
    expect(exchanges.map((e) => e.url.replace(/\?.*PageSize=(\d+).*/, ' $1'))).toEqual([
      '/twilio/v1/Sessions 200',
      '/twilio/v1/Sessions 200',
      '/twilio/v1/Sessions 200',
      '/twilio/v1/Sessions 1000',
    ]);
    expect(conformance(api, exchanges, [])).toEqual({
      seen: ['ListSessions 200'],
      unexplained: [],
      unused: [],
    });
  });

  it('reads each hand-written session and all its messages', async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      for (const script of HAND_WRITTEN) {
        await twilio.fetchConversation(script.ids.twilio);
        await readAll(twilio, script.ids.twilio);
      }
    });
    expect(conformance(api, exchanges, [])).toEqual({
      seen: ['FetchSession 200', 'ListMessages 200'],
      unexplained: [],
      unused: [],
    });
  });

  it('reads the 5,000-message history: first, middle and last pages of 1000', async () => {
    const exchanges = await recordDuring(stack.exchanges, () =>
      readAll(twilio, SAMPLE_IDS.twilio.generated5000),
    );
    expect(exchanges).toHaveLength(5);
    expect(conformance(api, exchanges, [])).toEqual({
      seen: ['ListMessages 200'],
      unexplained: [],
      unused: [],
    });
  });

  it(`answers 404 and 400 as the viewer reads them${allowing(NO_ERRORS)}`, async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      // Not a session: looked up whole (404), then in part among the latest sessions.
      expect(await twilio.findConversations('no such session')).toEqual([]);
      expect(await failing(twilio.fetchMessages('no such session', null))).toBe('refused');
      const badToken = '/api/twilio/v1/Sessions?PageSize=200&Page=1&PageToken=expired';
      expect(await failing(twilio.listConversations(badToken, {}))).toBe('refused');
    });
    expect(conformance(api, exchanges, [NO_ERRORS])).toEqual({
      seen: ['FetchSession 404', 'ListMessages 404', 'ListSessions 200', 'ListSessions 400'],
      unexplained: [],
      unused: [],
    });
  });

  it(`answers 401 to credentials the account refuses${allowing(NO_ERRORS)}`, async () => {
    const { twilio: good } = DEFAULT_SAMPLE_CREDENTIALS;
    const refusing = await startTestStack(EMPTY_DATASET, {
      ...DEFAULT_SAMPLE_CREDENTIALS,
      twilio: { ...good, authToken: 'another-token' },
    });
    try {
      await failing(refusing.vendors.twilio.listConversations(null, {}));
      expect(conformance(api, refusing.exchanges, [NO_ERRORS])).toEqual({
        seen: ['ListSessions 401'],
        unexplained: [],
        unused: [],
      });
    } finally {
      await refusing.close();
    }
  });
});
