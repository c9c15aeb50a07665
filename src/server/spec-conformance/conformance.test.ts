import type { OpenAPIBackend } from 'openapi-backend';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../recording-relay.ts';
import { checkExchange } from './conformance.ts';
import { loadSpec } from './specs.ts';

/** The checker itself, on made-up exchanges: each kind of departure is found where it is. */
let twilio: OpenAPIBackend;
let telnyx: OpenAPIBackend;
beforeAll(async () => {
  [twilio, telnyx] = await Promise.all([loadSpec('twilio'), loadSpec('telnyx')]);
});

const BASIC = { authorization: 'Basic QUM6dG9rZW4=' };
const BEARER = { authorization: 'Bearer KEY' };
const session = {
  id: 's1',
  account_sid: `AC${'0'.repeat(32)}`,
  date_created: '2026-01-02T03:04:05Z',
};

function exchange(url: string, status: number, body: unknown, headers = BASIC): Exchange {
  return { method: 'GET', url, headers, status, body };
}

/** `pointer message` of each problem, for short expectations. */
function found(api: OpenAPIBackend, e: Exchange): string[] {
  return checkExchange(api, e).map((p) => `${p.side} ${p.pointer} ${p.message}`);
}

describe('checkExchange', () => {
  it('passes an exchange that keeps to the spec', () => {
    expect(found(twilio, exchange('/twilio/v1/Sessions/s1', 200, session))).toEqual([]);
  });

  it('finds a field of the wrong type or format in the answer', () => {
    const body = { ...session, verified: 'no', date_updated: 'yesterday' };
    expect(found(twilio, exchange('/twilio/v1/Sessions/s1', 200, body))).toEqual([
      'response /verified must be boolean',
      'response /date_updated must match format "date-time"',
    ]);
  });

  it('reports a status the spec does not document, and a path it does not have', () => {
    expect(found(twilio, exchange('/twilio/v1/Sessions/s1', 404, { code: 20404 }))).toEqual([
      'response  the spec documents no 404 answer',
    ]);
    expect(found(twilio, exchange('/twilio/v1/Calls', 200, {}))).toEqual(['request  no operation']);
  });

  it('reads bracketed query names whole, and names a parameter the spec lacks', () => {
    const messages = '/telnyx/v2/ai/conversations/c1/messages?page[number]=0&page[size]=100';
    const page = {
      data: [],
      meta: { page_number: 0, page_size: 100, total_pages: 0, total_results: 0 },
    };
    expect(found(telnyx, exchange(messages, 200, page, BEARER))).toEqual([
      'request /query/page[number] must be >= 1',
    ]);
    const list = '/telnyx/v2/ai/conversations?limit=1&metadata->tier=eq.gold';
    expect(found(telnyx, exchange(list, 200, { data: [] }, BEARER))).toEqual([
      'request /query/metadata->tier must NOT have additional properties',
    ]);
  });

  it('refuses credentials in a scheme the operation does not name', () => {
    expect(found(twilio, exchange('/twilio/v1/Sessions/s1', 200, session, BEARER))).toEqual([
      'request /header/authorization credentials not in a scheme the spec names',
    ]);
  });
});
