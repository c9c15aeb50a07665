import {
  NO_CITATIONS,
  type Message,
  type OfferedAction,
  type Part,
  type TextFormat,
} from '@/transcript/model.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { isRecord } from '../json-text.ts';
import { salvage } from '../salvage.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { bodyOf, citationsOf } from './citations.ts';
import type { EmojiShortcodes } from './emoji.ts';
import { rewriteMarkup, type RewrittenMarkup } from './markup.ts';
import { moveworksActionSchema, moveworksMessageSchema, type MoveworksMessage } from './wire.ts';

// Maps, not objects: a vendor string such as `__proto__` must not reach Object.prototype.
const FORMATS = new Map<string, TextFormat>([
  ['PLAIN_TEXT', 'plain'],
  ['MARKDOWN_TEXT', 'markdown'],
  ['COMMONMARK_TEXT', 'commonmark'],
]);

const ACTION_KINDS = new Map([
  ['URL_ACTION', 'url'],
  ['CALLBACK_ACTION', 'callback'],
  ['MODAL_ACTION', 'modal'],
]);

const ROLES = new Map([
  ['USER', 'user'],
  ['ASSISTANT', 'assistant'],
  ['LIVE_AGENT', 'agent'],
]);

/** The `message_id` of an item that cannot be read as a message, when it has a usable one. */
function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item.message_id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The buttons and links offered with `m` (§3.3); one the viewer cannot read says so. */
function actionsOf(m: MoveworksMessage): OfferedAction[] | undefined {
  if (!m.actions?.length) return undefined;
  return m.actions.map((raw) => {
    const parsed = moveworksActionSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'unreadable', label: 'An action the viewer cannot read' };
    const a = parsed.data;
    const url = a.url_action?.url;
    const callbackId = a.callback_action?.callback_id;
    return {
      kind: ACTION_KINDS.get(a.type) ?? a.type.toLowerCase(),
      label: a.label || a.type,
      ...(url === undefined ? {} : { url }),
      ...(callbackId === undefined ? {} : { callbackId }),
    };
  });
}

/** The callback id a user's `CALLBACK_ACTION_CONTENT` pressed (newer APIs, §3.3). */
function pressedOf(m: MoveworksMessage): string | undefined {
  if (m.content.type !== 'CALLBACK_ACTION_CONTENT') return undefined;
  const action = m.content.callback_action;
  const id = isRecord(action) ? action.callback_id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function partsOf(m: MoveworksMessage, markup: RewrittenMarkup | undefined): Part[] {
  const pressed = pressedOf(m);
  if (pressed !== undefined) return [{ kind: 'pressed', callbackId: pressed }];
  const format = FORMATS.get(m.content.type);
  const body = bodyOf(m.content);
  if (!format || !markup) {
    const note = `Content type ${m.content.type} is not shown by the viewer`;
    return [{ kind: 'raw', note, value: m.content }];
  }
  const text: Part = { kind: 'text', text: markup.text, format };
  const files = Array.isArray(body?.files) ? body.files.filter(isRecord) : [];
  const named = files.flatMap((f) =>
    typeof f.file_id === 'string'
      ? [{ id: f.file_id, name: typeof f.file_name === 'string' ? f.file_name : undefined }]
      : [],
  );
  return named.length > 0 ? [text, { kind: 'files', files: named }] : [text];
}

/** The message's text with Slack-style links and shortcodes rewritten, when it is a text content. */
function markupOf(
  m: MoveworksMessage,
  emoji: EmojiShortcodes | undefined,
): RewrittenMarkup | undefined {
  const format = FORMATS.get(m.content.type);
  const text = bodyOf(m.content)?.text;
  return format && typeof text === 'string' ? rewriteMarkup(text, format, emoji) : undefined;
}

/**
 * Normalizes one item of `GET /conversations/{id}/messages` (docs/vendor-notes.md §3.3–3.4): `actor`
 * USER/ASSISTANT/LIVE_AGENT → user/assistant/agent; PLAIN_TEXT, MARKDOWN_TEXT and COMMONMARK_TEXT
 * keep their format; CALLBACK_ACTION_CONTENT is a pressed button; `actions` are kept as offered
 * actions, `feedback` as `rateable` and `response_id` as the turn; other content types and items failing the schema become
 * raw parts, under the item's `message_id` when it has one. A field of the wrong type, a citation
 * or reference the viewer cannot read is shown raw on its own, after the rest of the message
 * (vendors/salvage.ts).
 * Slack-style links become links of the text's format and shortcodes found in `emoji` become
 * emoji, in the text and in citation titles and bodies; citation offsets, code-point indices into
 * the raw markup (§3.4), are moved with them.
 */
export function normalizeMoveworksMessage(
  item: unknown,
  fallbackId: string,
  emoji?: EmojiShortcodes,
): Message {
  const parsed = salvage(moveworksMessageSchema, item, 'this message');
  if (!parsed.ok) return unreadableMessage(idOf(item) || fallbackId, item, parsed.error);
  const m = parsed.data;
  const markup = markupOf(m, emoji);
  const actions = actionsOf(m);
  const rateable = Boolean(m.feedback?.helpful || m.feedback?.unhelpful);
  const cited = citationsOf(m, markup, emoji);
  const raw = cited.raw.concat(parsed.raw);
  const parts = partsOf(m, markup);
  return {
    id: m.message_id || fallbackId,
    role: ROLES.get(m.actor) ?? (m.actor.toLowerCase() || 'unknown'),
    time: m.created_at ?? undefined,
    timeMs: parseTimestamp(m.created_at),
    author: m.sender_info?.display_name ?? undefined,
    ...(m.response_id ? { turnId: m.response_id } : {}),
    parts: raw.length === 0 ? parts : parts.concat(raw),
    ...(actions ? { actions } : {}),
    ...(rateable ? { rateable } : {}),
    citations: cited.citations.length === 0 ? NO_CITATIONS : cited.citations,
  };
}
