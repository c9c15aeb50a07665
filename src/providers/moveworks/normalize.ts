import type { Citation, Message, Part, TextFormat } from '../../transcript/model.ts';
import { parseTimestamp } from '../../transcript/time.ts';
import { isRecord } from '../json-text.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { moveworksMessageSchema, type MoveworksMessage } from './wire.ts';

const FORMATS: Record<string, TextFormat> = {
  PLAIN_TEXT: 'plain',
  MARKDOWN_TEXT: 'markdown',
  COMMONMARK_TEXT: 'commonmark',
};

const ROLES: Record<string, string> = { USER: 'user', ASSISTANT: 'assistant', LIVE_AGENT: 'agent' };

/** The body of a tagged content: `content[content.type.toLowerCase()]`, as the vendor's demo does. */
function bodyOf(
  content: Record<string, unknown> & { type: string },
): Record<string, unknown> | undefined {
  const body = content[content.type.toLowerCase()];
  return isRecord(body) ? body : undefined;
}

/** The text of a content, for citation titles and bodies; undefined for unknown types. */
export function contentText(content: unknown): string | undefined {
  if (!isRecord(content) || typeof content.type !== 'string') return undefined;
  const text = bodyOf({ ...content, type: content.type })?.text;
  return typeof text === 'string' ? text : undefined;
}

function partsOf(m: MoveworksMessage): Part[] {
  const format = FORMATS[m.content.type];
  const body = bodyOf(m.content);
  const parts: Part[] = [];
  if (format && typeof body?.text === 'string') {
    parts.push({ kind: 'text', text: body.text, format });
    const files = Array.isArray(body.files) ? body.files.filter(isRecord) : [];
    const named = files.flatMap((f) =>
      typeof f.file_id === 'string'
        ? [{ id: f.file_id, name: typeof f.file_name === 'string' ? f.file_name : undefined }]
        : [],
    );
    if (named.length > 0) parts.push({ kind: 'files', files: named });
  } else {
    parts.push({
      kind: 'raw',
      note: `Content type ${m.content.type} is not shown by the viewer`,
      value: m.content,
    });
  }
  return parts;
}

/** Citations with their offsets: `content_references`, else the deprecated `location.offset`. */
function citationsOf(m: MoveworksMessage): Citation[] {
  const refs = m.content_references ?? [];
  return (m.citations ?? []).map((c) => {
    const fromRefs = refs.filter((r) => r.citation_id === c.citation_id).map((r) => r.offset);
    const offsets = fromRefs.length > 0 ? fromRefs : c.location ? [c.location.offset] : [];
    return {
      id: c.citation_id,
      url: c.url ?? undefined,
      title: contentText(c.display?.title),
      body: contentText(c.display?.body),
      offsets,
    };
  });
}

/**
 * Normalizes one item of `GET /conversations/{id}/messages` (vendor-apis.md §3.3–3.4): `actor`
 * USER/ASSISTANT/LIVE_AGENT → user/assistant/agent; PLAIN_TEXT, MARKDOWN_TEXT and COMMONMARK_TEXT
 * keep their format; other content types and items failing the schema become raw parts.
 * Citation offsets are code-point indices into the raw text (§3.4).
 */
export function normalizeMoveworksMessage(item: unknown, fallbackId: string): Message {
  const parsed = moveworksMessageSchema.safeParse(item);
  if (!parsed.success) return unreadableMessage(fallbackId, item, parsed.error);
  const m = parsed.data;
  return {
    id: m.message_id,
    role: ROLES[m.actor] ?? m.actor.toLowerCase(),
    time: m.created_at ?? undefined,
    timeMs: parseTimestamp(m.created_at),
    author: m.sender_info?.display_name ?? undefined,
    parts: partsOf(m),
    citations: citationsOf(m),
    details: [],
    raw: item,
  };
}
