/**
 * The vendor-free transcript model every adapter normalizes into (docs/architecture.md, "From a page arriving to rows on screen").
 * Times are ISO 8601 strings as the vendor sent them plus epoch milliseconds for sorting.
 */

/** How a text part is written: rendered as plain text, GFM Markdown or strict CommonMark. */
export type TextFormat = 'plain' | 'markdown' | 'commonmark';

/** A tool call an assistant made. `argumentsText` is kept verbatim (JSON or not). */
export interface ToolCall {
  /** The vendor's call id (`call_…`), when it has one; pairing falls back to order without it. */
  id?: string;
  name: string;
  /** The arguments as the vendor sent them: a JSON string, or JSON we serialized from an object. */
  argumentsText: string;
}

/** What a tool returned. `callId` links it to its {@link ToolCall} when the vendor says. */
export interface ToolResult {
  callId?: string;
  name?: string;
  /** The output verbatim: usually JSON text, sometimes prose ("Call ended"). */
  output: string;
  /** True when the vendor marks the call as failed (e.g. an HTTP status ≥ 400). */
  failed: boolean;
  /** The HTTP request the vendor made to run the tool, when it says (Twilio's webhook). */
  request?: ToolRequest;
}

/** A tool's webhook as the vendor called it. Every field may be absent. */
export interface ToolRequest {
  /** e.g. `GET`, `POST`. */
  method?: string;
  url?: string;
  /** The HTTP status the tool answered with. */
  status?: number;
}

/**
 * What the vendor says of a message as a whole: its moderation `flagged` it, or the answer was
 * `aborted` (cut short, e.g. the caller spoke over it).
 */
export type MessageMark = 'flagged' | 'aborted';

/** One source a knowledge lookup returned. */
export interface KnowledgeSource {
  title?: string;
  url?: string;
  snippet?: string;
}

/** A knowledge-base lookup (Twilio role `knowledge`). Every field may be absent. */
export interface KnowledgeLookup {
  query?: string;
  output?: string;
  sources: KnowledgeSource[];
}

/**
 * A button or link offered with a message (Moveworks `actions`). Shown inert: the viewer never
 * follows or sends it.
 */
export interface OfferedAction {
  /** `url`, `callback`, `modal`, or the vendor's own type lower-cased. */
  kind: string;
  label: string;
  /** Where a `url` action leads, as sent. */
  url?: string;
  /** What a `callback` action sends back when pressed: a later `pressed` part names it. */
  callbackId?: string;
}

/** One piece of a message, in the order the message shows them. */
export type Part =
  | { kind: 'text'; text: string; format: TextFormat }
  | { kind: 'tool-call'; call: ToolCall }
  | { kind: 'tool-result'; result: ToolResult }
  | { kind: 'knowledge'; knowledge: KnowledgeLookup }
  | { kind: 'files'; files: { id: string; name?: string }[] }
  /** The user pressed an offered button (Moveworks `CALLBACK_ACTION_CONTENT`). */
  | { kind: 'pressed'; callbackId: string }
  /** A shape no adapter understood: shown as JSON with the note, never dropped. */
  | { kind: 'raw'; note: string; value: unknown };

/** A source a message cites (Moveworks), placed at code-point offsets of its text. */
export interface Citation {
  id: string;
  url?: string;
  title?: string;
  body?: string;
  /** Code-point offsets into the message's first text part, ascending; empty when unplaced. */
  offsets: number[];
}

/** One message of a transcript, whatever vendor it came from. */
export interface Message {
  /** The vendor's id; for vendors without ids (Telnyx) a stable id derived from the content. */
  id: string;
  /** `user`, `assistant`, `tool`, `knowledge`, `system`, `agent`, or the vendor's own, lower-cased. */
  role: string;
  /** ISO 8601 as sent by the vendor; undefined when the vendor gave none. */
  time?: string;
  /** `time` in ms since the epoch; undefined when absent or unreadable. */
  timeMs?: number;
  /** Who the message is from, when the vendor says (Twilio identity, Moveworks agent name). */
  author?: string;
  /**
   * The vendor's id of the turn the message belongs to, when it groups them (Moveworks
   * `response_id`): a user's input and the assistant's replies to it.
   */
  turnId?: string;
  parts: Part[];
  /** What the vendor marked the message as, when it did (Twilio `meta.flagged`, `.aborted`). */
  marks?: readonly MessageMark[];
  /** The channel it came by, when the vendor says per message (Twilio `meta.mode`: `voice`…). */
  channel?: string;
  /** Buttons and links offered with it (Moveworks `actions`). */
  actions?: readonly OfferedAction[];
  /** True when the vendor invites a rating of this answer (Moveworks `feedback`). */
  rateable?: boolean;
  /** The sources it cites; {@link NO_CITATIONS} for a message that cites none. */
  citations: readonly Citation[];
}

/** The citations of every message that cites nothing: one frozen list, not one per message. */
export const NO_CITATIONS: readonly Citation[] = Object.freeze([]);

/** Which way a vendor's pages run: Moveworks and Telnyx send newest first. */
export type PageOrder = 'oldest-first' | 'newest-first';

/** One page of messages as fetched, normalized, in the vendor's delivery order. */
export interface MessagePage {
  messages: Message[];
  /** The vendor's payload of each message exactly as received: `items[i]` is `messages[i]`'s. */
  items: readonly unknown[];
  order: PageOrder;
  /** The cursor of the next page, or null on the last page. */
  nextCursor: string | null;
  /** The number of messages in the whole transcript, when the vendor says (Telnyx). */
  total?: number;
  /**
   * Where this page sits when the vendor numbers its pages and says how many there are (Telnyx
   * `meta.page_number` and `meta.total_pages`, 1-based): the later pages' cursors are then known
   * before they are fetched, so they can be fetched ahead (transcript-loading/load-pages.ts).
   */
  numbered?: { page: number; pages: number };
}
