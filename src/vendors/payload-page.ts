import type { MessagePage } from '@/transcript/model.ts';
import { createMoveworksVendor } from './moveworks/client.ts';
import { createTelnyxVendor } from './telnyx/client.ts';
import { createTwilioVendor } from './twilio/client.ts';
import { memoryHttp } from './memory-http.ts';
import type { VendorId } from './types.ts';

/**
 * The one-page messages response each vendor would have sent for `items` (docs/vendor-notes.md
 * §1.3, §2.4, §3.4), in its delivery order (Telnyx and Moveworks newest first), no next page.
 */
function responseOf(vendor: VendorId, items: readonly unknown[]): unknown {
  const n = items.length;
  switch (vendor) {
    case 'twilio':
      return { messages: items, meta: { page: 0, page_size: n, next_page_url: null } };
    case 'telnyx': {
      const meta = { page_number: 1, total_pages: 1, total_results: n, page_size: n };
      return { data: items.toReversed(), meta };
    }
    case 'moveworks':
      return { messages: items.toReversed(), metadata: { next_cursor: null } };
  }
}

/**
 * Vendor payloads held in memory (a JSON export's `raw`s) normalized by the vendor's own adapter,
 * as one page: the same messages the viewer made of them when they were fetched.
 * @param items the payloads, oldest first (as a JSON export lists them).
 * @throws {import('./errors.ts').VendorError} when they do not make the vendor's page (never for
 *   a single unreadable item, which becomes a raw part).
 */
export function pageFromPayloads(
  vendor: VendorId,
  items: readonly unknown[],
): Promise<MessagePage> {
  const http = memoryHttp(responseOf(vendor, items));
  const adapters = {
    twilio: createTwilioVendor,
    telnyx: createTelnyxVendor,
    moveworks: createMoveworksVendor,
  };
  return adapters[vendor](http).fetchMessages('memory', null);
}
