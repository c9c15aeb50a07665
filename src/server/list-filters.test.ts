import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  matchesLoaded,
  VendorError,
  type ConversationSummary,
  type ListFilters,
  type Vendor,
} from '../vendors/index.ts';
import { ACCOUNT_ASSISTANTS, buildSampleDataset, FREQUENT_CALLER } from './sample-data/index.ts';
import { startTestStack, type TestStack } from './test-stack.ts';

/**
 * Each vendor's list filters, encoded by the app's own clients and answered over HTTP by the
 * sample backend through the proxy (docs/contract.md "Lists"), checked against the dataset.
 */
const dataset = buildSampleDataset();
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack(dataset);
});
afterAll(() => stack.close());

/** Every page of `vendor`'s list under `filters`, with what was asked upstream. */
async function listAll(vendor: Vendor, filters: ListFilters) {
  const before = stack.requestLog.length;
  const items: ConversationSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await vendor.listConversations(cursor, filters);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  const unique = [...new Map(items.map((c) => [c.id, c])).values()];
  const shown = unique.filter((c) => matchesLoaded(c, filters, vendor.listFilters));
  return { shown, requests: stack.requestLog.slice(before).map(decodeURIComponent) };
}

const telnyxRecords = dataset.telnyx.map((r) => r.conversation);

describe('Telnyx list filters, sent upstream', () => {
  it('finds the calls from one number in one week: channel, end user and dates', async () => {
    const filters = {
      channel: 'phone_call',
      user: '+1 (312) 555-0100',
      from: '2026-11-30',
      to: '2026-12-06',
    };
    const { shown, requests } = await listAll(stack.vendors.telnyx, filters);
    const expected = telnyxRecords.filter(
      (c) =>
        c.metadata.telnyx_conversation_channel === 'phone_call' &&
        c.metadata.telnyx_end_user_target === FREQUENT_CALLER &&
        c.created_at >= '2026-11-30' &&
        c.created_at < '2026-12-07',
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(shown.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(requests[0]).toContain('metadata->telnyx_end_user_target=eq.+13125550100');
    expect(requests[0]).toContain('metadata->telnyx_conversation_channel=eq.phone_call');
    expect(requests[0]).toContain('created_at=gte.2026-11-30T00:00:00Z');
    expect(requests[0]).toContain('created_at=lt.2026-12-07T00:00:00Z');
  });

  it('matches q in the name or the end user, with or=(…), and an assistant', async () => {
    const assistant = ACCOUNT_ASSISTANTS[1];
    const { shown, requests } = await listAll(stack.vendors.telnyx, { q: 'refund', assistant });
    const expected = telnyxRecords.filter(
      (c) => /refund/i.test(c.name) && c.metadata.assistant_id === assistant,
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(shown).toHaveLength(expected.length);
    expect(requests[0]).toContain('or=(name.ilike.*refund*,metadata->telnyx_end_user_target');
  });

  it('finds one call by its call_control_id, and nothing by an unknown one', async () => {
    const call = telnyxRecords.find((c) => c.metadata.call_control_id?.startsWith('v3:'));
    const value = call?.metadata.call_control_id ?? '';
    const metadata = { key: 'call_control_id', value };
    expect((await listAll(stack.vendors.telnyx, { metadata })).shown.map((c) => c.id)).toEqual([
      call?.id,
    ]);
    const none = { metadata: { key: 'call_control_id', value: 'v3:nope' } };
    expect((await listAll(stack.vendors.telnyx, none)).shown).toEqual([]);
  });

  it('sorts by start, oldest first, and pages every row once by keyset on it', async () => {
    const filters = { order: 'created_at.asc', from: '2026-11-01' } as const;
    const { shown, requests } = await listAll(stack.vendors.telnyx, filters);
    const expected = telnyxRecords.filter((c) => c.created_at >= '2026-11-01');
    expect(shown.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const starts = shown.map((c) => c.createdAt ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(requests.length).toBeGreaterThan(5);
    expect(requests[1]).toContain('order=created_at.asc');
    expect(requests[1]).toMatch(/created_at=gte\.2026-11-0\d/);
  });

  it('fails with the vendor’s 422 on a filter it cannot read', async () => {
    const failure = stack.vendors.telnyx.listConversations(null, { from: 'yesterday' });
    await expect(failure).rejects.toBeInstanceOf(VendorError);
    await expect(failure).rejects.toMatchObject({ status: 422 });
  });
});

describe('filters the vendor cannot apply, applied to what is loaded', () => {
  it('Twilio: part of an identity, in the largest pages', async () => {
    const { shown, requests } = await listAll(stack.vendors.twilio, { q: '555-0100' });
    const expected = dataset.twilio.filter((r) => r.session.identity.includes('5550100'));
    expect(expected.length).toBeGreaterThan(100);
    expect(shown).toHaveLength(expected.length);
    expect(requests[0]).toContain('PageSize=1000');
  });

  it('Moveworks: archived upstream, dates here', async () => {
    const filters = { archived: true, from: '2026-10-01', to: '2026-10-31' };
    const { shown, requests } = await listAll(stack.vendors.moveworks, filters);
    const expected = dataset.moveworks.filter(
      (r) => r.conversation.archived === true && r.conversation.created_at.startsWith('2026-10'),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(shown).toHaveLength(expected.length);
    expect(requests.every((r) => r.includes('archived=true'))).toBe(true);
  });
});
