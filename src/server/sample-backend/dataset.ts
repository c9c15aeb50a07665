/**
 * The sample backend's data: per vendor, conversations with their messages in the vendors' own
 * wire shapes, exactly as the vendor would send them. Messages are kept in chronological order
 * here; each vendor's route serves them in that vendor's order (Telnyx and Moveworks newest first).
 *
 * On disk (`--data DIR`) the same data is one JSON file per conversation:
 * `DIR/twilio/*.json` → {@link TwilioRecord}, `DIR/telnyx/*.json` → {@link TelnyxRecord},
 * `DIR/moveworks/*.json` → {@link MoveworksRecord}.
 *
 * These types describe what the sample backend emits; the browser never imports them and
 * validates what it receives on its own (src/vendors/<vendor>/wire.ts).
 */

/** A JSON value, as stored and served. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Twilio AI Assistants v1 Session (docs/vendor-notes.md §1.3). Dates are ISO 8601 UTC. */
export interface TwilioSessionWire {
  id: string;
  account_sid: string;
  assistant_id: string;
  verified: boolean;
  identity: string;
  date_created: string;
  date_updated: string;
}

/** Twilio AI Assistants v1 Message (docs/vendor-notes.md §1.3, §1.8); `content`/`meta` are open objects. */
export interface TwilioMessageWire {
  id: string;
  account_sid: string;
  assistant_id: string;
  session_id: string;
  identity: string;
  role: string;
  content: { [key: string]: Json };
  meta: { [key: string]: Json };
  date_created: string;
  date_updated: string;
}

/** One Twilio session and its messages, oldest first. */
export interface TwilioRecord {
  session: TwilioSessionWire;
  messages: TwilioMessageWire[];
}

/** Telnyx AI Conversation (docs/vendor-notes.md §2.3). */
export interface TelnyxConversationWire {
  id: string;
  name: string;
  created_at: string;
  last_message_at: string;
  metadata: { [key: string]: string };
}

/** Telnyx tool call on an assistant message; `arguments` is a JSON string (docs/vendor-notes.md §2.4). */
export interface TelnyxToolCallWire {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/**
 * Telnyx ConversationMessage as real consumers see it (docs/vendor-notes.md §2.4): no id;
 * `tool_calls: null` on ordinary turns; `tool_call_id` on `role: tool` results.
 */
export interface TelnyxMessageWire {
  role: 'user' | 'assistant' | 'tool';
  text: string;
  tool_calls: TelnyxToolCallWire[] | null;
  tool_call_id?: string;
  created_at: string;
  sent_at?: string;
  metadata?: { [key: string]: Json };
}

/**
 * One run of Telnyx conversation insights (docs/vendor-notes.md §2.2): its status and each
 * insight's result, a string (stringified JSON when the insight has a JSON schema).
 */
export interface TelnyxInsightRunWire {
  id: string;
  status: 'pending' | 'in_progress' | 'completed' | 'failed';
  created_at: string;
  conversation_insights: { insight_id: string; result: string }[];
}

/** One Telnyx conversation and its messages, oldest first (served newest first). */
export interface TelnyxRecord {
  conversation: TelnyxConversationWire;
  messages: TelnyxMessageWire[];
  /** Its insight runs, newest first; none when absent. */
  insights?: TelnyxInsightRunWire[];
}

/** Moveworks Conversation (docs/vendor-notes.md §3.3). */
export interface MoveworksConversationWire {
  conversation_id: string;
  title?: string;
  archived?: boolean;
  created_at: string;
  updated_at: string;
}

/** Moveworks text content: a tagged union keyed by `type` (docs/vendor-notes.md §3.3). */
export type MoveworksTextWire =
  | { type: 'PLAIN_TEXT'; plain_text: { text: string } }
  | { type: 'MARKDOWN_TEXT'; markdown_text: { text: string } }
  | { type: 'COMMONMARK_TEXT'; commonmark_text: { text: string } };

/** Moveworks Content: text, or a user's press of an offered button (newer APIs, §3.3). */
export type MoveworksContentWire =
  MoveworksTextWire | { type: 'CALLBACK_ACTION_CONTENT'; callback_action: { callback_id: string } };

/** A button or link offered with a Moveworks answer (`actions`, newer APIs, §3.3). */
export type MoveworksActionWire =
  | { type: 'CALLBACK_ACTION'; label: string; callback_action: { callback_id: string } }
  | { type: 'URL_ACTION'; label: string; url_action: { url: string } };

/** Moveworks Citation; `location` is deprecated (docs/vendor-notes.md §3.3). */
export interface MoveworksCitationWire {
  citation_id: string;
  url: string;
  display: {
    title: MoveworksTextWire;
    body: MoveworksTextWire;
    attributes?: { key: string; value: string }[];
  };
  location?: { offset: number };
}

/** Moveworks Message (docs/vendor-notes.md §3.3); offsets are code-point indices into the raw text. */
export interface MoveworksMessageWire {
  message_id: string;
  conversation_id: string;
  response_id: string;
  actor: 'USER' | 'ASSISTANT' | 'LIVE_AGENT';
  content: MoveworksContentWire;
  citations: MoveworksCitationWire[] | null;
  content_references: { citation_id: string; offset: number }[] | null;
  feedback: { helpful?: { callback_id: string }; unhelpful?: { callback_id: string } } | null;
  actions?: MoveworksActionWire[];
  /** Who a `LIVE_AGENT` message is from. */
  sender_info?: { display_name: string };
  created_at: string;
}

/** One Moveworks conversation and its messages, oldest first (served newest first). */
export interface MoveworksRecord {
  conversation: MoveworksConversationWire;
  messages: MoveworksMessageWire[];
}

/** Everything one sample backend serves. */
export interface Dataset {
  twilio: TwilioRecord[];
  telnyx: TelnyxRecord[];
  moveworks: MoveworksRecord[];
}
