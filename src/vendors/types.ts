import type { MessagePage } from '@/transcript/model.ts';

/** The three vendors, by the path segment the app and the proxy use for them, in display order. */
export const VENDOR_IDS = ['twilio', 'telnyx', 'moveworks'] as const;

/** A vendor's id: `twilio`, `telnyx` or `moveworks`. */
export type VendorId = (typeof VENDOR_IDS)[number];

/** One row of a vendor's list of sessions or conversations. Dates are ISO 8601. */
export interface ConversationSummary {
  /** The vendor's session or conversation id, as its API takes it in a path. */
  id: string;
  /** The best human handle: a title, a name or the user's identity; else the id. */
  title: string;
  /** A second line: channel, identity or id. */
  subtitle?: string;
  /** ISO 8601, as the vendor sent it. */
  createdAt?: string;
  /** ISO 8601: last update or last message, whichever the vendor keeps. */
  updatedAt?: string;
  /** The channel, as the vendor names it (Telnyx `telnyx_conversation_channel`). */
  channel?: string;
  /** The end user: Twilio `identity`, Telnyx `telnyx_end_user_target`. */
  endUser?: string;
  /** The assistant's id, where the list says (Telnyx `metadata.assistant_id`). */
  assistant?: string;
  /** True when a person switched the AI off (Telnyx `ai_disabled`). */
  aiDisabled?: boolean;
}

/** One page of a vendor's list, with the cursor of the next one (null on the last). */
export interface ConversationListPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

/** A vendor's error, read from its own error body (docs/vendor-notes.md §1.7, §2.6, §3.5). */
export interface VendorErrorInfo {
  message: string;
  code?: string;
  /** The cursor is no longer valid: paging must start again from the first page. */
  cursorExpired?: boolean;
}

/** A fact about one message worth showing beside it: a label and a display-ready value. */
export interface MessageDetail {
  label: string;
  value: string;
}

/** One field of a vendor's record of a conversation, as its details list shows it. */
export interface ConversationField {
  /** The vendor's field name, e.g. `identity`, `created_at`, or a Telnyx metadata key. */
  name: string;
  /** The value as text: a string as sent, anything else as JSON. */
  value: string;
  /** An id (copied with a button), a time (ISO 8601, shown local too), or anything else. */
  kind: 'id' | 'time' | 'text';
  /** Words for a flag the value alone does not explain, e.g. "AI switched off". */
  says?: string;
}

/** A vendor's own record of one conversation (docs/contract.md, "Conversation details"). */
export interface ConversationDetails {
  fields: ConversationField[];
  /** The record exactly as received. */
  raw: unknown;
}

/** One run of a vendor's analysis of a conversation (Telnyx conversation insights). */
export interface InsightRun {
  id: string;
  /** `pending`, `in_progress`, `completed`, `failed`, or the vendor's own word. */
  status: string;
  /** ISO 8601, as sent. */
  createdAt?: string;
  /** Each insight's result as sent: text, or stringified JSON for an insight with a schema. */
  insights: { id: string; result: string }[];
}

/**
 * What a list of conversations is narrowed to (docs/contract.md "Lists"). Each vendor says in
 * `Vendor.listFilters` which it offers, and whether it sends each one upstream or leaves it to
 * be applied to what is loaded (vendors/list-filters.ts).
 */
export interface ListFilters {
  /** Text in the title, name or identity, any case. */
  q?: string;
  /** The first creation day, `YYYY-MM-DD` (UTC), inclusive. */
  from?: string;
  /** The last creation day, `YYYY-MM-DD` (UTC), inclusive. */
  to?: string;
  /** Telnyx `telnyx_conversation_channel`, e.g. `phone_call`, `sms_chat`, `web_chat`. */
  channel?: string;
  /** Telnyx `metadata->assistant_id`. */
  assistant?: string;
  /** The end user, exactly: Telnyx `telnyx_end_user_target`, Twilio `identity`. */
  user?: string;
  /** Telnyx: one metadata key (`[A-Za-z0-9_]+`) and the value it must equal. */
  metadata?: { key: string; value: string };
  /** Moveworks `archived=true`: the archived conversations, which the list leaves out otherwise. */
  archived?: boolean;
  /** The order, where the vendor can sort (Telnyx `order`); the vendor's default when unset. */
  order?: ListOrder;
}

/** The orders Telnyx's list takes (docs/vendor-notes.md §2.2); the first is its default. */
export const LIST_ORDERS = [
  'last_message_at.desc',
  'last_message_at.asc',
  'created_at.desc',
  'created_at.asc',
] as const;

/** One of {@link LIST_ORDERS}. */
export type ListOrder = (typeof LIST_ORDERS)[number];

/** A filter's name, as in the URL (docs/contract.md "Lists"). */
export type ListFilterKey = keyof ListFilters;

/** Where a vendor applies a filter: it sends it upstream, or the viewer applies it to what is loaded. */
export type FilterPlace = 'vendor' | 'loaded';

/** What each vendor module provides; features use only this (vendors/index.ts). */
export interface Vendor {
  id: VendorId;
  /** Product name, e.g. "Telnyx AI". */
  label: string;
  /** What the vendor calls one conversation: "session" (Twilio) or "conversation". */
  noun: string;
  /** Largest page size the vendor allows for messages (1000, 100, 100). */
  messagePageSize: number;
  /** What the vendor calls the end user, for the `user` filter's label: "identity", "end user". */
  endUserName: string;
  /**
   * The keys, in its payloads and its record of a conversation, whose string values name the
   * end user or a person, which redaction replaces wherever they appear (docs/vendor-notes.md):
   * Twilio `identity` (§1.3), Telnyx `telnyx_end_user_target` (§2.3), Moveworks a live agent's
   * `display_name` (§3.3).
   */
  identityFields: readonly string[];
  /** What "open by ID" takes for this vendor (`findConversations`), as a placeholder. */
  findHint: string;
  /** The {@link ListFilters} the vendor's list offers, and where each is applied. */
  listFilters: Readonly<Partial<Record<ListFilterKey, FilterPlace>>>;
  /**
   * One page of the vendor's list, narrowed by the `filters` it applies itself (its `listFilters`
   * entries `vendor`; it ignores the others). `cursor` null asks for the first page.
   * @throws {VendorError} for HTTP errors and unreadable pages.
   */
  listConversations(
    cursor: string | null,
    filters: ListFilters,
    signal?: AbortSignal,
  ): Promise<ConversationListPage>;
  /**
   * The conversations `text` names, for "open by ID": its id, and where the vendor keeps other
   * handles, those too (Telnyx `call_control_id`; Twilio a session name, whole or in part).
   * @returns the matches, none when nothing matches (a 404 is no error here).
   * @throws {VendorError} for other HTTP errors and unreadable bodies.
   */
  findConversations(text: string, signal?: AbortSignal): Promise<ConversationSummary[]>;
  /**
   * The vendor's own record of one conversation, as fields: Twilio `GET /v1/Sessions/{id}`
   * (without `account_sid`, which names the credential), Telnyx `GET /ai/conversations/{id}`
   * (each metadata key a field), Moveworks `GET /conversations/{id}`.
   * @throws {VendorError} for HTTP errors and a record not in the vendor's shape.
   */
  fetchConversation(conversationId: string, signal?: AbortSignal): Promise<ConversationDetails>;
  /**
   * The vendor's analyses of one conversation, as it lists them, for vendors that make them (Telnyx
   * `GET /ai/conversations/{id}/conversations-insights`); absent for the others.
   * @throws {VendorError} for HTTP errors and a body not in the vendor's shape.
   */
  fetchInsights?: (conversationId: string, signal?: AbortSignal) => Promise<InsightRun[]>;
  /**
   * One page of a transcript at the largest page size, normalized. `cursor` null is page 1.
   * @throws {VendorError} for HTTP errors and unreadable pages.
   */
  fetchMessages(
    conversationId: string,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<MessagePage>;
  /**
   * The cursor of page `page` (1-based) of a transcript, for vendors whose pages say
   * `MessagePage.numbered`; absent for vendors with opaque cursors.
   */
  cursorOfPage?: (page: number) => string;
  /**
   * What the vendor's payload of one message says beyond the model, for its Details: ids,
   * delivery delay, latencies. Empty for a payload that is not the vendor's message shape.
   */
  messageDetails(raw: unknown): MessageDetail[];
}
