import { VendorError, type Vendor } from '@/vendors/index.ts';
import type { PageSource } from './page-source.ts';

/**
 * A transcript's pages from its vendor, through the proxy (`Vendor.fetchMessages`), keyed
 * `['transcript', <vendor id>, <conversation id>]`. A page with no messages that names a next
 * page is refused: following it could go on for ever without showing anything.
 * @throws {VendorError} from the vendor, or for such an empty page (not retried).
 */
export function vendorSource(vendor: Vendor, conversationId: string): PageSource {
  return {
    key: ['transcript', vendor.id, conversationId],
    fetchPage: async (cursor, signal) => {
      const page = await vendor.fetchMessages(conversationId, cursor, signal);
      if (page.messages.length === 0 && page.items.length === 0 && page.nextCursor !== null) {
        const facts = { vendorLabel: vendor.label, status: 200, retryable: false };
        const where = cursor === null ? 'The first page' : 'A page';
        throw new VendorError(
          { ...facts, contentType: 'application/json' },
          `${where} has no messages but names a next page; reading stopped there`,
        );
      }
      return page;
    },
    cursorOfPage: vendor.cursorOfPage,
    cursorExpired: (error) => error instanceof VendorError && error.cursorExpired,
  };
}
