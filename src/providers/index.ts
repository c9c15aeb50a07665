import { createHttpClient, type HttpClient } from '../api/http-client.ts';
import { createMoveworksProvider } from './moveworks/client.ts';
import { createTelnyxProvider } from './telnyx/client.ts';
import { createTwilioProvider } from './twilio/client.ts';
import { fetchSampleVendors } from './proxy-status.ts';
import type { Provider, VendorId } from './types.ts';

export { VendorError, WireError } from './errors.ts';
export type { ConversationListPage, ConversationSummary, Provider, VendorId } from './types.ts';

/** Vendor ids in display order. */
export const VENDOR_IDS: readonly VendorId[] = ['twilio', 'telnyx', 'moveworks'];

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

/** The browser's registry, on same-origin requests through the proxy. */
export const registry: Registry = createRegistry(createHttpClient());

/** True when `s` names a vendor; narrows route params. */
export function isVendorId(s: string | undefined): s is VendorId {
  return VENDOR_IDS.some((v) => v === s);
}

const browserHttp = createHttpClient();

/** Which vendors the proxy serves from sample data, for the "Sample data" badge. */
export function fetchSampleVendorIds(signal?: AbortSignal): Promise<Set<VendorId>> {
  return fetchSampleVendors(browserHttp, signal);
}
