import { NO_CITATIONS, type Message, type Part } from '@/transcript/model.ts';
import type { MessageDetail } from '../types.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { asText, firstString, isRecord } from '../json-text.ts';
import { salvage, type RawPart } from '../salvage.ts';
import {
  twilioMessageSchema,
  twilioMetaSchema,
  type TwilioMessage,
  type TwilioMeta,
} from './wire.ts';

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

function toolParts(id: string, content: Record<string, unknown>, meta: TwilioMeta): Part[] {
  const name = firstString(content, ['name', 'tool_name', 'tool']) || meta.name || 'tool';
  const input = content.input ?? content.arguments ?? content.args;
  const output = content.output ?? content.result;
  const status = meta.status_code ?? undefined;
  const failed = (status !== undefined && status >= 400) || content.error !== undefined;
  const method = meta.method || undefined;
  const url = meta.url || undefined;
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

/** The lookup, then each source that is not an object, raw: none is dropped. */
function knowledgeParts(content: Record<string, unknown>): Part[] {
  const all: unknown[] = Array.isArray(content.sources) ? content.sources : [];
  const sources = all.filter(isRecord);
  const odd = all.flatMap((value, i): RawPart[] =>
    isRecord(value) ? [] : [{ kind: 'raw', note: `Source ${i + 1} is not an object`, value }],
  );
  const lookup: Part = {
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
  return [lookup, ...odd];
}

function partsOf(message: TwilioMessage, id: string, role: string, meta: TwilioMeta): Part[] {
  const content = isRecord(message.content) ? message.content : undefined;
  if (!content)
    return [{ kind: 'raw', note: 'Message has no content object', value: message.content }];
  if (role === 'tool') return toolParts(id, content, meta);
  if (role === 'knowledge') return knowledgeParts(content);
  const text = textOf(content);
  if (text !== undefined) return [{ kind: 'text', text, format: 'markdown' }];
  return [{ kind: 'raw', note: 'Content in a shape the viewer does not know', value: content }];
}

/** The Details of one Twilio message payload: the identity it was sent under, if any. */
export function twilioMessageDetails(raw: unknown): MessageDetail[] {
  const parsed = salvage(twilioMessageSchema, raw, 'this message');
  const identity = parsed.ok ? parsed.data.identity : undefined;
  return identity ? [{ label: 'Identity', value: identity }] : [];
}

/**
 * Normalizes one item of `GET /v1/Sessions/{id}/Messages` (docs/vendor-notes.md §1.3–1.4, §1.8).
 * Text is the first string among `content.output`, `.content`, `.body`, `.text`, `.message`;
 * `tool` messages become a call and its result (with the webhook's method, URL and status from
 * `meta`); `knowledge` messages a knowledge lookup; anything else a raw part.
 * `meta.flagged` and `meta.aborted` become marks, `meta.mode` the channel. An item that is not an
 * object is one raw part; a field (or a `meta` key the viewer reads) of the wrong type is left
 * out and shown raw after the rest (vendors/salvage.ts).
 * @param fallbackId used when the item has no `id` or an empty one (never seen, but the spec
 *   requires nothing).
 */
export function normalizeTwilioMessage(item: unknown, fallbackId: string): Message {
  const parsed = salvage(twilioMessageSchema, item, 'this message');
  if (!parsed.ok) return unreadableMessage(fallbackId, item, parsed.error);
  const m = parsed.data;
  const id = m.id || fallbackId;
  const role = (m.role || 'unknown').toLowerCase();
  const meta = salvage(twilioMetaSchema, m.meta ?? {}, 'its meta');
  const known: TwilioMeta = meta.ok ? meta.data : {};
  const marks = MARKS.filter((mark) => known[mark] === true);
  const channel = known.mode || undefined;
  const raw = meta.ok ? parsed.raw.concat(meta.raw) : parsed.raw;
  const parts = partsOf(m, id, role, known);
  return {
    id,
    role,
    time: m.date_created ?? undefined,
    timeMs: parseTimestamp(m.date_created),
    author: role === 'user' ? (m.identity ?? undefined) : undefined,
    parts: raw.length === 0 ? parts : parts.concat(raw),
    ...(marks.length > 0 ? { marks } : {}),
    ...(channel ? { channel } : {}),
    citations: NO_CITATIONS,
  };
}
