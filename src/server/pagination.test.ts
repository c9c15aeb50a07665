import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../api/http-client.ts';
import { createVendors, type Vendors } from '../vendors/index.ts';
import { transcriptQuery } from '../transcript-loading/transcript-query.ts';
import { vendorSource } from '../transcript-loading/vendor-source.ts';
import { createProxyMiddleware } from './proxy/forward.ts';
import {
  DEFAULT_SAMPLE_CREDENTIALS as creds,
  startSampleBackend,
  type RunningSampleBackend,
} from './sample-backend/index.ts';
import { buildSampleDataset, SAMPLE_IDS } from './sample-data/index.ts';

/**
 * Pagination end to end below the browser: the app's own query options and vendor clients, over
 * HTTP through the real proxy middleware, against the real sample backend.
 */
let backend: RunningSampleBackend;
let proxy: Server;
let vendors: Vendors;
const dataset = buildSampleDataset();

beforeAll(async () => {
  backend = await startSampleBackend({ port: 0, credentials: creds, dataset });
  const middleware = createProxyMiddleware({
    twilio: {
      baseUrl: backend.baseUrls.twilio,
      credentials: {
        kind: 'basic',
        username: creds.twilio.accountSid,
        password: creds.twilio.authToken,
      },
      sample: true,
    },
    telnyx: {
      baseUrl: backend.baseUrls.telnyx,
      credentials: { kind: 'bearer', token: creds.telnyx.apiKey, extraHeaders: {} },
      sample: true,
    },
    moveworks: {
      baseUrl: backend.baseUrls.moveworks,
      credentials: {
        kind: 'bearer',
        token: creds.moveworks.accessToken,
        extraHeaders: { 'Assistant-Name': creds.moveworks.assistantName },
      },
      sample: true,
    },
  });
  proxy = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = proxy.address();
  if (address === null || typeof address === 'string')
    throw new Error('proxy is not on a TCP port');
  vendors = createVendors(createHttpClient(`http://127.0.0.1:${address.port}`));
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await backend.close();
});

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
    const before = backend.requestLog.length;
    const transcript = await client.fetchQuery(transcriptQuery(vendorSource(vendors[vendor], id)));
    const requests = backend.requestLog.slice(before);

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
