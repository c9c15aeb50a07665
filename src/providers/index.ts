import { createHttpClient, type HttpClient } from '../api/http-client.ts';
import { createMoveworksProvider } from './moveworks/client.ts';
import { createTelnyxProvider } from './telnyx/client.ts';
import { createTwilioProvider } from './twilio/client.ts';
import { fetchSampleVendors } from './proxy-status.ts';
import { VENDOR_IDS, type Provider, type VendorId } from './types.ts';

export { VendorError, WireError } from './errors.ts';
export type { ConversationListPage, ConversationSummary, Provider, VendorId } from './types.ts';

export { VENDOR_IDS } from './types.ts';

/** Every vendor's {@link Provider}, keyed by id. */
export type Registry = Record<VendorId, Provider>;

/** Builds the registry on an HTTP client: the browser's, or a Node test's with an origin. */
export function createRegistry(http: HttpClient): Registry {
  return {
    twilio: createTwilioProvider(http),
    telnyx: createTelnyxProvider(http),
    moveworks: createMoveworksProvider(http),
  };
}

const browserHttp = createHttpClient();

/** The browser's registry, on same-origin requests through the proxy. */
export const registry: Registry = createRegistry(browserHttp);

/** True when `s` names a vendor; narrows route params. */
export function isVendorId(s: string | undefined): s is VendorId {
  return VENDOR_IDS.some((v) => v === s);
}

/** Which vendors the proxy serves from sample data, for the "Sample data" badge. */
export function fetchSampleVendorIds(signal?: AbortSignal): Promise<Set<VendorId>> {
  return fetchSampleVendors(browserHttp, signal);
}
