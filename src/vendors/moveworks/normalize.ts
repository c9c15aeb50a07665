import {
  NO_CITATIONS,
  type Citation,
  type Message,
  type OfferedAction,
  type Part,
  type TextFormat,
} from '@/transcript/model.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { isRecord } from '../json-text.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import type { EmojiShortcodes } from './emoji.ts';
import { plainLabel, rewriteMarkup, type RewrittenMarkup } from './markup.ts';
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

/** The body of a tagged content: `content[content.type.toLowerCase()]`, as the vendor's demo does. */
function bodyOf(
  content: Record<string, unknown> & { type: string },
): Record<string, unknown> | undefined {
  const key = content.type.toLowerCase();
  const body = Object.hasOwn(content, key) ? content[key] : undefined;
  return isRecord(body) ? body : undefined;
}

/** The text of a content, for citation titles and bodies; undefined for unknown types. */
export function contentText(content: unknown): string | undefined {
  if (!isRecord(content) || typeof content.type !== 'string') return undefined;
  const text = bodyOf({ ...content, type: content.type })?.text;
  return typeof text === 'string' ? text : undefined;
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
 * Citations with their offsets: `content_references`, else the deprecated `location.offset`,
 * moved to the rewritten text.
 */
function citationsOf(
  m: MoveworksMessage,
  markup: RewrittenMarkup | undefined,
  emoji: EmojiShortcodes | undefined,
): readonly Citation[] {
  const refs = m.content_references ?? [];
  if (!m.citations?.length) return NO_CITATIONS;
  return m.citations.map((c) => {
    const fromRefs = refs.filter((r) => r.citation_id === c.citation_id).map((r) => r.offset);
    const raw = fromRefs.length > 0 ? fromRefs : c.location ? [c.location.offset] : [];
    const title = contentText(c.display?.title);
    const body = contentText(c.display?.body);
    return {
      id: c.citation_id,
      url: c.url ?? undefined,
      title: title === undefined ? undefined : plainLabel(title, emoji),
      body: body === undefined ? undefined : plainLabel(body, emoji),
      offsets: markup ? raw.map(markup.mapOffset) : raw,
    };
  });
}

/**
 * Normalizes one item of `GET /conversations/{id}/messages` (docs/vendor-notes.md §3.3–3.4): `actor`
 * USER/ASSISTANT/LIVE_AGENT → user/assistant/agent; PLAIN_TEXT, MARKDOWN_TEXT and COMMONMARK_TEXT
 * keep their format; CALLBACK_ACTION_CONTENT is a pressed button; `actions` are kept as offered
 * actions, `feedback` as `rateable` and `response_id` as the turn; other content types and items failing the schema become
 * raw parts.
 * Slack-style links become links of the text's format and shortcodes found in `emoji` become
 * emoji, in the text and in citation titles and bodies; citation offsets, code-point indices into
 * the raw markup (§3.4), are moved with them.
 */
export function normalizeMoveworksMessage(
  item: unknown,
  fallbackId: string,
  emoji?: EmojiShortcodes,
): Message {
  const parsed = moveworksMessageSchema.safeParse(item);
  if (!parsed.success) return unreadableMessage(fallbackId, item, parsed.error);
  const m = parsed.data;
  const markup = markupOf(m, emoji);
  const actions = actionsOf(m);
  const rateable = Boolean(m.feedback?.helpful || m.feedback?.unhelpful);
  return {
    id: m.message_id,
    role: ROLES.get(m.actor) ?? m.actor.toLowerCase(),
    time: m.created_at ?? undefined,
    timeMs: parseTimestamp(m.created_at),
    author: m.sender_info?.display_name ?? undefined,
    ...(m.response_id ? { turnId: m.response_id } : {}),
    parts: partsOf(m, markup),
    ...(actions ? { actions } : {}),
    ...(rateable ? { rateable } : {}),
    citations: citationsOf(m, markup, emoji),
  };
}
