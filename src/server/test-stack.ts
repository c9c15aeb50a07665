import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../api/http-client.ts';
import { createVendors, type Vendors } from '../vendors/index.ts';
import { createProxyMiddleware } from './proxy/forward.ts';
import type { Dataset } from './sample-backend/dataset.ts';
import { DEFAULT_SAMPLE_CREDENTIALS as creds, startSampleBackend } from './sample-backend/index.ts';

/** The app's vendor clients over HTTP, through the real proxy, to a real sample backend. */
export interface TestStack {
  vendors: Vendors;
  /** Each request the sample backend answered, as `METHOD path?query`. */
  requestLog: readonly string[];
  close: () => Promise<void>;
}

/**
 * Starts a sample backend serving `dataset` and the proxy middleware in front of it, both on
 * loopback ports, for tests below the browser that must cross the real HTTP path.
 */
export async function startTestStack(dataset: Dataset): Promise<TestStack> {
  const backend = await startSampleBackend({ port: 0, credentials: creds, dataset });
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
  const proxy = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = proxy.address();
  if (address === null || typeof address === 'string')
    throw new Error('proxy is not on a TCP port');
  return {
    vendors: createVendors(createHttpClient(`http://127.0.0.1:${address.port}`)),
    requestLog: backend.requestLog,
    async close() {
      await new Promise((resolve) => proxy.close(resolve));
      await backend.close();
    },
  };
}
