import { createHttpClient, type HttpClient } from '@/api/http-client.ts';
import { createMoveworksVendor } from './moveworks/client.ts';
import { createTelnyxVendor } from './telnyx/client.ts';
import { createTwilioVendor } from './twilio/client.ts';
import { fetchSampleVendors } from './proxy-status.ts';
import { VENDOR_IDS, type Vendor, type VendorId } from './types.ts';

export { failureNotice, VendorError, WireError, type FailureNotice } from './errors.ts';
export { pendingRetry, retryDelayMs, shouldRetry, type PendingRetry } from './retry-policy.ts';
export type {
  ConversationDetails,
  ConversationField,
  ConversationListPage,
  InsightRun,
  ConversationSummary,
  FilterPlace,
  ListFilterKey,
  ListFilters,
  ListOrder,
  MessageDetail,
  Vendor,
  VendorId,
} from './types.ts';

export { LIST_ORDERS, VENDOR_IDS } from './types.ts';
export { EXPECTED_FILE, FileShapeError } from './file/shape-error.ts';
export { readTranscriptFile, type OpenedFile } from './file/read-file.ts';
export { compactPhone, filtersAt, matchesLoaded, METADATA_KEY } from './list-filters.ts';
export { pageFromPayloads } from './payload-page.ts';

/** Every vendor's {@link Vendor}, keyed by id. */
export type Vendors = Record<VendorId, Vendor>;

/** Builds the vendors on an HTTP client: the browser's, or a Node test's with an origin. */
export function createVendors(http: HttpClient): Vendors {
  return {
    twilio: createTwilioVendor(http),
    telnyx: createTelnyxVendor(http),
    moveworks: createMoveworksVendor(http),
  };
}

const browserHttp = createHttpClient();

/** The browser's vendors, on same-origin requests through the proxy. */
export const vendors: Vendors = createVendors(browserHttp);

/** True when `s` names a vendor; narrows route params. */
export function isVendorId(s: string | undefined): s is VendorId {
  return VENDOR_IDS.some((v) => v === s);
}

/** Which vendors the proxy serves from sample data, for the "Sample data" badge. */
export function fetchSampleVendorIds(signal?: AbortSignal): Promise<Set<VendorId>> {
  return fetchSampleVendors(browserHttp, signal);
}
