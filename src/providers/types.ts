import type { HttpClient } from '../api/http-client.ts';
import type { MessagePage } from '../transcript/model.ts';

/** The three vendors, by the path segment the app and the proxy use for them. */
export type VendorId = 'twilio' | 'telnyx' | 'moveworks';

/** One row of a vendor's list of sessions or conversations. Dates are ISO 8601. */
export interface ConversationSummary {
  id: string;
  /** The best human handle: a title, a name or the user's identity; else the id. */
  title: string;
  /** A second line: channel, identity or id. */
  subtitle?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** One page of a vendor's list, with the cursor of the next one (null on the last). */
export interface ConversationListPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

/** A vendor's error, read from its own error body (vendor-apis.md §1.7, §2.6, §3.5). */
export interface VendorErrorInfo {
  message: string;
  code?: string;
}

/** What each vendor module provides; features use only this (providers/index.ts). */
export interface Provider {
  id: VendorId;
  /** Product name, e.g. "Telnyx AI". */
  label: string;
  /** What the vendor calls one conversation: "session" (Twilio) or "conversation". */
  noun: string;
  /** Largest page size the vendor allows for messages (1000, 100, 100). */
  messagePageSize: number;
  /**
   * One page of the vendor's list. `cursor` null asks for the first page.
   * @throws {VendorError} for HTTP errors and unreadable pages.
   */
  listConversations(cursor: string | null, signal?: AbortSignal): Promise<ConversationListPage>;
  /**
   * One page of a transcript at the largest page size, normalized. `cursor` null is page 1.
   * @throws {VendorError} for HTTP errors and unreadable pages.
   */
  fetchMessages(
    conversationId: string,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<MessagePage>;
}

/** Builds a vendor's {@link Provider} on an {@link HttpClient}. */
export type ProviderFactory = (http: HttpClient) => Provider;
