import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../api/http-client.ts';
import { createVendors, type Vendor, type Vendors } from '../vendors/index.ts';
import { createProxyMiddleware } from './proxy/forward.ts';
import { startRecordingRelay, type Exchange } from './recording-relay.ts';
import type { Dataset } from './sample-backend/dataset.ts';
import {
  DEFAULT_SAMPLE_CREDENTIALS as creds,
  startSampleBackend,
  type SampleCredentials,
} from './sample-backend/index.ts';

/** The app's vendor clients over HTTP, through the real proxy, to a real sample backend. */
export interface TestStack {
  vendors: Vendors;
  /** Each request the sample backend answered, as `METHOD path?query`. */
  requestLog: readonly string[];
  /** Each request the sample backend answered, with its headers and the answer, in order. */
  exchanges: readonly Exchange[];
  close: () => Promise<void>;
}

/**
 * Starts a sample backend serving `dataset`, a recording relay in front of it and the proxy
 * middleware in front of that, all on loopback ports, for tests below the browser that must
 * cross the real HTTP path. The proxy always holds the default sample credentials; a backend
 * given other `backendCredentials` refuses them (401, or 403 for another Moveworks assistant).
 */
export async function startTestStack(
  dataset: Dataset,
  backendCredentials: SampleCredentials = creds,
): Promise<TestStack> {
  const backend = await startSampleBackend({ port: 0, credentials: backendCredentials, dataset });
  const relay = await startRecordingRelay(backend.url);
  /** A vendor's base URL on the backend, reached through the relay. */
  const viaRelay = (base: string) => relay.url + base.slice(backend.url.length);
  const middleware = createProxyMiddleware({
    twilio: {
      baseUrl: viaRelay(backend.baseUrls.twilio),
      credentials: {
        kind: 'basic',
        username: creds.twilio.accountSid,
        password: creds.twilio.authToken,
      },
      sample: true,
    },
    telnyx: {
      baseUrl: viaRelay(backend.baseUrls.telnyx),
      credentials: { kind: 'bearer', token: creds.telnyx.apiKey, extraHeaders: {} },
      sample: true,
    },
    moveworks: {
      baseUrl: viaRelay(backend.baseUrls.moveworks),
      credentials: {
        kind: 'bearer',
        token: creds.moveworks.accessToken,
        extraHeaders: { 'Assistant-Name': creds.moveworks.assistantName },
      },
      sample: true,
    },
  });
  const proxy = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = proxy.address();
  if (address === null || typeof address === 'string')
    throw new Error('proxy is not on a TCP port');
  return {
    vendors: createVendors(createHttpClient(`http://127.0.0.1:${address.port}`)),
    requestLog: backend.requestLog,
    exchanges: relay.exchanges,
    async close() {
      await new Promise((resolve) => proxy.close(resolve));
      await relay.close();
      await backend.close();
    },
  };
}

/** Reads a conversation's messages page by page, as the viewer does, to the end. */
export async function readAll(vendor: Vendor, id: string): Promise<void> {
  let cursor: string | null = null;
  do cursor = (await vendor.fetchMessages(id, cursor)).nextCursor;
  while (cursor !== null);
}

/** A failing call, whose answer is what the test is after: `answered` or `refused`. */
export const failing = (call: Promise<unknown>): Promise<'answered' | 'refused'> =>
  call.then(
    () => 'answered',
    () => 'refused',
  );
