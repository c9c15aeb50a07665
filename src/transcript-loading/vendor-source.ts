import { VendorError, type Vendor } from '@/vendors/index.ts';
import type { PageSource } from './page-source.ts';

/**
 * A transcript's pages from its vendor, through the proxy (`Vendor.fetchMessages`), keyed
 * `['transcript', <vendor id>, <conversation id>]`.
 */
export function vendorSource(vendor: Vendor, conversationId: string): PageSource {
  return {
    key: ['transcript', vendor.id, conversationId],
    fetchPage: (cursor, signal) => vendor.fetchMessages(conversationId, cursor, signal),
    cursorOfPage: vendor.cursorOfPage,
    cursorExpired: (error) => error instanceof VendorError && error.cursorExpired,
  };
}
