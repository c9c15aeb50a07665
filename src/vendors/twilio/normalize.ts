import { NO_CITATIONS, type Message, type Part } from '@/transcript/model.ts';
import type { MessageDetail } from '../types.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { asText, firstString, isRecord } from '../json-text.ts';
import { twilioMessageSchema, type TwilioMessage } from './wire.ts';

/** `meta` flags Twilio sets on an assistant's answer (docs/vendor-notes.md §1.8). */
const MARKS = ['flagged', 'aborted'] as const;

/** Keys that hold a message's text in real payloads, most trusted first (docs/vendor-notes.md §1.4). */
const TEXT_KEYS = ['output', 'content', 'body', 'text', 'message'] as const;

function textOf(content: Record<string, unknown>): string | undefined {
  const direct = firstString(content, TEXT_KEYS);
  if (direct !== undefined) return direct;
  // `{text:{value:"…"}}` and similar one-level wrappers.
  for (const key of TEXT_KEYS) {
    const inner = content[key];
    if (isRecord(inner)) {
      const nested = firstString(inner, ['value', 'text', 'content']);
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

function toolParts(
  id: string,
  content: Record<string, unknown>,
  meta: Record<string, unknown>,
): Part[] {
  const name =
    firstString(content, ['name', 'tool_name', 'tool']) ?? firstString(meta, ['name']) ?? 'tool';
  const input = content.input ?? content.arguments ?? content.args;
  const output = content.output ?? content.result;
  const status = typeof meta.status_code === 'number' ? meta.status_code : undefined;
  const failed = (status !== undefined && status >= 400) || content.error !== undefined;
  const method = firstString(meta, ['method']);
  const url = firstString(meta, ['url']);
  // The webhook Twilio called for the tool (docs/vendor-notes.md §1.8).
  const request =
    method !== undefined || url !== undefined || status !== undefined
      ? { method, url, status }
      : undefined;
  // Twilio records a call and its result in one message, so the message id links them.
  const call: Part = { kind: 'tool-call', call: { id, name, argumentsText: asText(input ?? {}) } };
  if (output === undefined && content.error === undefined) return [call];
  const result: Part = {
    kind: 'tool-result',
    result: {
      callId: id,
      name,
      output: asText(output ?? content.error),
      failed,
      ...(request ? { request } : {}),
    },
  };
  return [call, result];
}

function knowledgePart(content: Record<string, unknown>): Part {
  const sources = Array.isArray(content.sources) ? content.sources.filter(isRecord) : [];
  return {
    kind: 'knowledge',
    knowledge: {
      query: firstString(content, ['query', 'question']),
      output: firstString(content, ['output', 'content', 'text']),
      sources: sources.map((s) => ({
        title: firstString(s, ['title', 'name']),
        url: firstString(s, ['url', 'link']),
        snippet: firstString(s, ['snippet', 'text', 'content']),
      })),
    },
  };
}

function partsOf(message: TwilioMessage, id: string, role: string): Part[] {
  const content = isRecord(message.content) ? message.content : undefined;
  const meta = isRecord(message.meta) ? message.meta : {};
  if (!content)
    return [{ kind: 'raw', note: 'Message has no content object', value: message.content }];
  if (role === 'tool') return toolParts(id, content, meta);
  if (role === 'knowledge') return [knowledgePart(content)];
  const text = textOf(content);
  if (text !== undefined) return [{ kind: 'text', text, format: 'markdown' }];
  return [{ kind: 'raw', note: 'Content in a shape the viewer does not know', value: content }];
}

/** The Details of one Twilio message payload: the identity it was sent under, if any. */
export function twilioMessageDetails(raw: unknown): MessageDetail[] {
  const parsed = twilioMessageSchema.safeParse(raw);
  const identity = parsed.success ? parsed.data.identity : undefined;
  return identity ? [{ label: 'Identity', value: identity }] : [];
}

/**
 * Normalizes one item of `GET /v1/Sessions/{id}/Messages` (docs/vendor-notes.md §1.3–1.4, §1.8).
 * Text is the first string among `content.output`, `.content`, `.body`, `.text`, `.message`;
 * `tool` messages become a call and its result (with the webhook's method, URL and status from
 * `meta`); `knowledge` messages a knowledge lookup; anything else, and items failing the schema,
 * a raw part. `meta.flagged` and `meta.aborted` become marks, `meta.mode` the channel.
 * @param fallbackId used when the item has no `id` (never seen, but the spec requires nothing).
 */
export function normalizeTwilioMessage(item: unknown, fallbackId: string): Message {
  const parsed = twilioMessageSchema.safeParse(item);
  if (!parsed.success) return unreadableMessage(fallbackId, item, parsed.error);
  const m = parsed.data;
  const id = m.id ?? fallbackId;
  const role = (m.role ?? 'unknown').toLowerCase();
  const meta = isRecord(m.meta) ? m.meta : {};
  const marks = MARKS.filter((mark) => meta[mark] === true);
  const channel = firstString(meta, ['mode']);
  return {
    id,
    role,
    time: m.date_created ?? undefined,
    timeMs: parseTimestamp(m.date_created),
    author: role === 'user' ? (m.identity ?? undefined) : undefined,
    parts: partsOf(m, id, role),
    ...(marks.length > 0 ? { marks } : {}),
    ...(channel ? { channel } : {}),
    citations: NO_CITATIONS,
  };
}
