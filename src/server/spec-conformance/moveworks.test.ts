import type { OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../vendors/index.ts';
import { DEFAULT_SAMPLE_CREDENTIALS } from '../sample-backend/index.ts';
import { HAND_WRITTEN } from '../sample-data/conversations/index.ts';
import { SAMPLE_IDS } from '../sample-data/index.ts';
import { startTestStack, type TestStack, failing, readAll } from '../test-stack.ts';
import { type Allowance, allowing, conformance, recordDuring } from './allowances.ts';
import { at } from './conformance.ts';
import { conformanceDataset, EMPTY_DATASET } from './dataset.ts';
import { loadSpec } from './specs.ts';

/**
 * The viewer's Moveworks client, through the real proxy, against the sample backend: every
 * request it makes and every answer it reads, checked against
 * specs/moveworks-beta-conversations-api-openapi.yaml.
 */
let stack: TestStack;
let api: OpenAPIBackend;
let moveworks: Vendor;

beforeAll(async () => {
  [stack, api] = await Promise.all([startTestStack(conformanceDataset()), loadSpec('moveworks')]);
  moveworks = stack.vendors.moveworks;
});
afterAll(() => stack.close());

/** docs/vendor-notes.md §4.3: the beta spec's closed lists, which newer answers outgrow. */
const LIVE_AGENT: Allowance = {
  says: 'the beta spec knows USER and ASSISTANT, not the LIVE_AGENT actor the newer API sends',
  covers: (p) => /^\/messages\/\d+\/actor$/.test(p.pointer) && p.value === 'LIVE_AGENT',
};
const CALLBACK_CONTENT: Allowance = {
  says: 'the beta spec lacks the CALLBACK_ACTION_CONTENT content of a pressed button (in its /assistant/v1 spec)',
  covers: (p) =>
    /^\/messages\/\d+\/content(\/type)?$/.test(p.pointer) &&
    (p.value === 'CALLBACK_ACTION_CONTENT' || at(p.value, '/type') === 'CALLBACK_ACTION_CONTENT'),
};

describe('Moveworks Conversations (beta) against its OpenAPI spec', () => {
  it('lists conversations: cursor pages of 100, and the archived ones', async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      let cursor: string | null = null;
      do cursor = (await moveworks.listConversations(cursor, {})).nextCursor;
      while (cursor !== null);
      await moveworks.listConversations(null, { archived: true });
    });
    expect(exchanges.length).toBeGreaterThanOrEqual(5);
    expect(conformance(api, exchanges, [])).toEqual({
      seen: ['list-conversations 200'],
      unexplained: [],
      unused: [],
    });
  });

  const readAllowances = [LIVE_AGENT, CALLBACK_CONTENT];
  it(`reads each hand-written conversation and its messages${allowing(...readAllowances)}`, async () => {
    const exchanges = await recordDuring(stack.exchanges, async () => {
      for (const script of HAND_WRITTEN) {
        await moveworks.fetchConversation(script.ids.moveworks);
        await readAll(moveworks, script.ids.moveworks);
      }
    });
    expect(conformance(api, exchanges, readAllowances)).toEqual({
      seen: ['get-conversation 200', 'list-conversation-messages 200'],
      unexplained: [],
      unused: [],
    });
  });

  it('reads a 250-message history: first, middle and last pages of 100', async () => {
    const exchanges = await recordDuring(stack.exchanges, () =>
      readAll(moveworks, SAMPLE_IDS.moveworks.resent),
    );
    expect(exchanges).toHaveLength(3);
    expect(conformance(api, exchanges, [])).toEqual({
      seen: ['list-conversation-messages 200'],
      unexplained: [],
      unused: [],
    });
  });

  it('answers 404 and an expired cursor (400 INVALID_CURSOR) as the spec documents them', async () => {
    const id = SAMPLE_IDS.moveworks.orderStatus;
    const exchanges = await recordDuring(stack.exchanges, async () => {
      expect(await moveworks.findConversations('conv_NoSuchConversation00')).toEqual([]);
      expect(await failing(moveworks.fetchMessages('conv_NoSuchConversation00', null))).toBe(
        'refused',
      );
      expect(await failing(moveworks.fetchMessages(id, 'expired'))).toBe('refused');
      expect(await failing(moveworks.listConversations('expired', {}))).toBe('refused');
    });
    expect(conformance(api, exchanges, [])).toEqual({
      seen: [
        'get-conversation 404',
        'list-conversation-messages 400',
        'list-conversation-messages 404',
        'list-conversations 400',
      ],
      unexplained: [],
      unused: [],
    });
  });

  it('answers 401 to a refused token and 403 to an unknown assistant, as documented', async () => {
    const { moveworks: good } = DEFAULT_SAMPLE_CREDENTIALS;
    const statuses: string[] = [];
    for (const refused of [
      { ...good, accessToken: 'another-token' },
      { ...good, assistantName: 'another-assistant' },
    ]) {
      const refusing = await startTestStack(EMPTY_DATASET, {
        ...DEFAULT_SAMPLE_CREDENTIALS,
        moveworks: refused,
      });
      try {
        await failing(refusing.vendors.moveworks.listConversations(null, {}));
        const { seen, unexplained, unused } = conformance(api, refusing.exchanges, []);
        expect({ unexplained, unused }).toEqual({ unexplained: [], unused: [] });
        statuses.push(...seen);
      } finally {
        await refusing.close();
      }
    }
    expect(statuses).toEqual(['list-conversations 401', 'list-conversations 403']);
  });
});
