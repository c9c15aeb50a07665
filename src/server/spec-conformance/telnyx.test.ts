import type { OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../vendors/index.ts';
import { DEFAULT_SAMPLE_CREDENTIALS } from '../sample-backend/index.ts';
import { HAND_WRITTEN } from '../sample-data/conversations/index.ts';
import { SPECIAL_ID } from '../sample-data/conversations/special-chars.ts';
import { SAMPLE_IDS } from '../sample-data/index.ts';
import { startTestStack, type TestStack, failing, readAll } from '../test-stack.ts';
import {
  type Allowance,
  allowing,
  conformance,
  has,
  recordDuring,
  undocumentedError,
} from './allowances.ts';
import { conformanceDataset, EMPTY_DATASET } from './dataset.ts';
import { loadSpec } from './specs.ts';

/**
 * The viewer's Telnyx client, through the real proxy, against the sample backend: every request
 * it makes and every answer it reads, checked against specs/spec3.ai-conversations.subset.yaml.
 */
let stack: TestStack;
let api: OpenAPIBackend;
let telnyx: Vendor;

beforeAll(async () => {
  [stack, api] = await Promise.all([startTestStack(conformanceDataset()), loadSpec('telnyx')]);
  telnyx = stack.vendors.telnyx;
});
afterAll(() => stack.close());

/** docs/vendor-notes.md §4.2: each difference the spec has with the API, as seen. */
const TOOL_CALLS_NULL: Allowance = {
  says: 'the spec types tool_calls as an array, but the API sends null on ordinary messages',
  covers: (p) => /^\/data\/\d+\/tool_calls$/.test(p.pointer) && p.value === null,
};
const ANY_METADATA_KEY: Allowance = {
  says: 'the spec lists five metadata-> filters, but its own text lets any metadata key filter',
  covers: (p) => p.side === 'request' && /^\/query\/metadata->\w+$/.test(p.pointer),
};
const REPEATED_FILTER: Allowance = {
  says: 'the spec takes one value a filter, but PostgREST ANDs a repeated column (created_at=gte.…&created_at=lt.…)',
  covers: (p) =>
    p.pointer === '/query/created_at' &&
    Array.isArray(p.value) &&
    p.value.length === 2 &&
    p.value.every((v) => /^(gte|lt)\./.test(String(v))),
};
const NOT_FOUND_BODY = undocumentedError(
  'the spec gives 404 no body, or no 404 at all; the API answers FastAPI’s {detail}',
  (body) => has(body, 'detail', 'string'),
);
const NO_401 = undocumentedError(
  'the spec documents no 401; the API answers its platform envelope {errors:[{code, title, detail}]}',
  (body) => has(body, 'errors', 'object'),
);
/** Not the spec's fault: the sample keeps one id that is no UUID, to test encoding (§4.2). */
const SAMPLE_ID_NOT_UUID: Allowance = {
  says: `the sample's ${SPECIAL_ID} is no UUID on purpose`,
  covers: (p) => /^\/data(\/\d+)?\/id$/.test(p.pointer) && p.value === SPECIAL_ID,
};

describe('Telnyx AI Conversations against its OpenAPI spec', () => {
  const listAllowances = [ANY_METADATA_KEY, REPEATED_FILTER];
  it(`lists conversations: keyset pages, every filter and order, a call_control_id${allowing(...listAllowances)}`, async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      const first = await telnyx.listConversations(null, {});
      await telnyx.listConversations(first.nextCursor, {});
      const filters = {
        q: 'order 1042',
        from: '2026-01-01',
        to: '2026-12-31',
        channel: 'phone_call',
      };
      const more = {
        assistant: 'assistant-1',
        user: '+1 555 0100',
        order: 'created_at.asc',
      } as const;
      await telnyx.listConversations(null, {
        ...filters,
        ...more,
        metadata: { key: 'tier', value: 'gold' },
      });
      await telnyx.findConversations('v3:not-a-real-call');
    });
    expect(exchanges.map((e) => e.status)).toEqual([200, 200, 200, 200]);
    expect(conformance(api, exchanges, listAllowances)).toEqual({
      seen: ['get_conversations_public_conversations_get 200'],
      unexplained: [],
      unused: [],
    });
  });

  const readAllowances = [TOOL_CALLS_NULL, SAMPLE_ID_NOT_UUID];
  it(`reads each hand-written conversation, its insights and messages${allowing(...readAllowances)}`, async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      for (const script of HAND_WRITTEN) {
        await telnyx.fetchConversation(script.ids.telnyx);
        await telnyx.fetchInsights?.(script.ids.telnyx);
        await readAll(telnyx, script.ids.telnyx);
      }
    });
    expect(conformance(api, exchanges, readAllowances)).toEqual({
      seen: [
        'get_conversation_by_id_public_conversations_get 200',
        'get_conversations_public__conversation_id__insights_get 200',
        'get_conversations_public__conversation_id__messages_get 200',
      ],
      unexplained: [],
      unused: [],
    });
  });

  it(`reads a 250-message history: first, middle and last pages of 100${allowing(TOOL_CALLS_NULL)}`, async () => {
    const exchanges = await recordDuring(stack.exchanges, () =>
      readAll(telnyx, SAMPLE_IDS.telnyx.resent),
    );
    expect(exchanges).toHaveLength(3);
    expect(conformance(api, exchanges, [TOOL_CALLS_NULL])).toEqual({
      seen: ['get_conversations_public__conversation_id__messages_get 200'],
      unexplained: [],
      unused: [],
    });
  });

  it(`answers 404 and 422 as the viewer reads them${allowing(NOT_FOUND_BODY)}`, async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const exchanges = await recordDuring(stack.exchanges, async () => {
      expect(await telnyx.findConversations(unknown)).toEqual([]);
      expect(await failing(telnyx.fetchMessages(unknown, null))).toBe('refused');
      // A day that does not exist: the API refuses the filter (422).
      expect(await failing(telnyx.listConversations(null, { from: '2026-13-01' }))).toBe('refused');
    });
    expect(conformance(api, exchanges, [NOT_FOUND_BODY])).toEqual({
      seen: [
        'get_conversation_by_id_public_conversations_get 404',
        'get_conversations_public__conversation_id__messages_get 404',
        'get_conversations_public_conversations_get 422',
      ],
      unexplained: [],
      unused: [],
    });
  });

  it(`answers 401 to an API key the account refuses${allowing(NO_401)}`, async () => {
    const refusing = await startTestStack(EMPTY_DATASET, {
      ...DEFAULT_SAMPLE_CREDENTIALS,
      telnyx: { apiKey: 'KEY-of-another-account' },
    });
    try {
      await failing(refusing.vendors.telnyx.listConversations(null, {}));
      expect(conformance(api, refusing.exchanges, [NO_401])).toEqual({
        seen: ['get_conversations_public_conversations_get 401'],
        unexplained: [],
        unused: [],
      });
    } finally {
      await refusing.close();
    }
  });
});
