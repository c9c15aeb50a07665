/**
 * The vendor-neutral conversation form. Conversations are written once as a {@link Script};
 * one encoder per vendor (encode/*.ts) turns a Script into that vendor's wire record.
 * Instants are integer Unix microseconds (see time.ts).
 */
import type { Json } from '../sample-backend/dataset.ts';

/** A JSON object (tool arguments, structured tool results). */
export type JsonObject = { [key: string]: Json };

/** How a turn's text is meant to be read; Moveworks maps it to its content `type`. */
export type TextFormat = 'plain' | 'markdown' | 'commonmark';

/** The channel a conversation happened on; drives ids, identities and Telnyx voice metadata. */
export type Channel = 'voice' | 'sms' | 'whatsapp' | 'web' | 'email';

/**
 * Which key a Twilio assistant message keeps its text under (docs/vendor-notes.md §1.4, §1.8):
 * `{output}`, `{content}`, or two unusual shapes the viewer must fall back on.
 */
export type TwilioContentShape = 'output' | 'content' | 'text-value' | 'blocks';

/** A tool call. `arguments` is an object, or a raw string kept verbatim (e.g. OpenAI JSON text). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: JsonObject | string;
}

/**
 * A source cited by an assistant turn (Moveworks citations, docs/vendor-notes.md §3.3). The marker
 * goes just after the first occurrence of `after` in the turn's text, usually a whole sentence
 * ending in punctuation; the encoder throws if `after` is not found.
 */
export interface Citation {
  title: string;
  url: string;
  body: string;
  after: string;
  /** ISO 8601; becomes an `UPDATE_DATETIME` display attribute. */
  updatedAt?: string;
}

/** A source listed by a knowledge lookup (Twilio knowledge messages, §1.8). */
export interface KnowledgeSource {
  title: string;
  url: string;
  snippet: string;
}

/** A system prompt; only Twilio (free-form roles) keeps it. */
export interface SystemTurn {
  kind: 'system';
  at: number;
  text: string;
}

/** What the end user said; `toolCalls` only for user-side tools (tau2-bench simulators). */
export interface UserTurn {
  kind: 'user';
  at: number;
  text: string;
  toolCalls?: ToolCall[];
  /**
   * The user pressed the button the assistant offered with this callback id (Moveworks
   * `CALLBACK_ACTION_CONTENT`); `text` is the button's label, which vendors without buttons
   * record as what the user said.
   */
  pressed?: string;
}

/** A button or link the assistant offers with an answer (Moveworks `actions`). */
export interface ScriptAction {
  kind: 'url' | 'callback';
  label: string;
  /** Where a `url` action leads. */
  url?: string;
  /** What a `callback` action sends back when pressed. */
  callbackId?: string;
}

/** A person who took the conversation over from the assistant (Moveworks `LIVE_AGENT`). */
export interface AgentTurn {
  kind: 'agent';
  at: number;
  /** The agent's display name. */
  name: string;
  text: string;
}

/** What the assistant said, optionally with tool calls and cited sources. */
export interface AssistantTurn {
  kind: 'assistant';
  at: number;
  text: string;
  format: TextFormat;
  toolCalls?: ToolCall[];
  citations?: Citation[];
  /** Overrides {@link Script.twilioShape} for this one message. */
  twilioShape?: TwilioContentShape;
  /** Twilio `meta.flagged`: the answer was flagged by moderation. */
  flagged?: boolean;
  /** Twilio `meta.aborted`: the answer was cut short (the caller spoke over it). */
  aborted?: boolean;
  /** Buttons and links offered with the answer (Moveworks `actions`; others have none). */
  actions?: ScriptAction[];
  /**
   * A late reply to the request before the current one: Moveworks files it under that
   * request's `response_id` (docs/vendor-notes.md §3.4); others keep it in time order only.
   */
  lateReply?: boolean;
}

/**
 * A tool's result, linked to its call by `callId` (ids may repeat: pair by order).
 * `httpStatus` ≥ 500 is a failed webhook (Twilio prints "Tool request failed").
 * `prose` is how Moveworks, which has no tool messages, tells the result as assistant text.
 */
export interface ToolResult {
  kind: 'tool';
  at: number;
  callId: string;
  name?: string;
  text: string;
  httpStatus?: number;
  prose?: string;
}

/** A knowledge-base lookup; without `query` it is the empty `content: {}` Twilio message. */
export interface KnowledgeLookup {
  kind: 'knowledge';
  at: number;
  query?: string;
  output?: string;
  sources?: KnowledgeSource[];
  knowledgeId?: string;
}

/** One entry of a script, in chronological order. */
export type Turn = SystemTurn | UserTurn | AssistantTurn | ToolResult | KnowledgeLookup | AgentTurn;

/** One conversation, written once for all three vendors. */
export interface Script {
  /** Stable slug; also seeds each encoder's ids. */
  key: string;
  /** Telnyx `name`, Moveworks `title`. */
  title: string;
  channel: Channel;
  /** The conversation id per vendor (Twilio session id, Telnyx UUID, Moveworks conv_…). */
  ids: { twilio: string; telnyx: string; moveworks: string };
  /** Twilio `identity`, e.g. `phone:+1…` (docs/vendor-notes.md §1.5). */
  twilioIdentity: string;
  /** Telnyx `telnyx_end_user_target` (phone number or other handle). */
  endUser: string;
  /** Default Twilio assistant content shape. */
  twilioShape: TwilioContentShape;
  /** Moveworks: use the deprecated `location.offset` and `content_references: null`. */
  legacyCitations?: boolean;
  /** Moveworks `archived`: listed only when the list asks for `archived=true` (§3.2). */
  archived?: boolean;
  /** Extra Telnyx conversation metadata (customer keys are allowed, §2.3). */
  telnyxMetadata?: { [key: string]: string };
  /**
   * The vendor sends stored message `message` (0-based, oldest first) a second time, at
   * position `at`, as a vendor whose pages shift while they are read does: with `at` past a page
   * boundary, the copy comes on another page than the original.
   */
  resend?: { message: number; at: number };
  turns: Turn[];
}
