import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendors } from '../vendors/index.ts';
import { transcriptQuery } from '../transcript-loading/transcript-query.ts';
import { vendorSource } from '../transcript-loading/vendor-source.ts';
import { buildSampleDataset, SAMPLE_IDS } from './sample-data/index.ts';
import { startTestStack, type TestStack } from './test-stack.ts';

/**
 * Pagination end to end below the browser: the app's own query options and vendor clients, over
 * HTTP through the real proxy middleware, against the real sample backend.
 */
let stack: TestStack;
let vendors: Vendors;
const dataset = buildSampleDataset();

beforeAll(async () => {
  stack = await startTestStack(dataset);
  vendors = stack.vendors;
});

afterAll(() => stack.close());

/** Source texts in chronological order, one per message, as the sample backend stores them. */
function sourceOrder(vendor: 'twilio' | 'telnyx' | 'moveworks', id: string): string[] {
  if (vendor === 'twilio')
    return dataset.twilio.find((r) => r.session.id === id)?.messages.map((m) => m.id) ?? [];
  if (vendor === 'moveworks') {
    return (
      dataset.moveworks
        .find((r) => r.conversation.conversation_id === id)
        ?.messages.map((m) => m.message_id) ?? []
    );
  }
  return (
    dataset.telnyx
      .find((r) => r.conversation.id === id)
      ?.messages.map((m) => {
        const sent = m.sent_at ?? m.metadata?.sent_at ?? m.created_at;
        return `${m.role}|${typeof sent === 'string' ? sent : ''}`;
      }) ?? []
  );
}

describe.each([
  ['twilio', 1000, 5],
  ['telnyx', 100, 50],
  ['moveworks', 100, 50],
] as const)('%s: the 5,000-message transcript', (vendor, pageSize, pageCount) => {
  it(`fetches each of its ${pageCount} pages once, losing and repeating nothing, in chronological order`, async () => {
    const id = SAMPLE_IDS[vendor].generated5000;
    const client = new QueryClient();
    const before = stack.requestLog.length;
    const transcript = await client.fetchQuery(transcriptQuery(vendorSource(vendors[vendor], id)));
    const requests = stack.requestLog.slice(before);

    expect(vendors[vendor].messagePageSize).toBe(pageSize);
    expect(requests).toHaveLength(pageCount);
    expect(new Set(requests).size).toBe(pageCount);
    expect(transcript.complete).toBe(true);
    expect(transcript.messages).toHaveLength(5000);
    expect(new Set(transcript.messages.map((m) => m.id)).size).toBe(5000);

    const got = transcript.messages.map((m) => {
      // Telnyx messages have no id: their role and time (sent_at, as normalize reads it) stand in.
      return vendor === 'telnyx' ? `${m.role}|${m.time ?? ''}` : m.id;
    });
    expect(got).toEqual(sourceOrder(vendor, id));
  });
});
