import { NO_CITATIONS, type Message, type Part } from '@/transcript/model.ts';
import type { MessageDetail } from '../types.ts';
import { deriveIds } from '@/transcript/stable-id.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { asText } from '../json-text.ts';
import { salvage, salvageEach, type RawPart } from '../salvage.ts';
import {
  telnyxMessageMetadataSchema,
  telnyxMessageSchema,
  telnyxToolCallSchema,
  type TelnyxMessage,
  type TelnyxMessageMetadata,
} from './wire.ts';

/** Latency keys Telnyx puts in voice assistants' `metadata` (docs/vendor-notes.md §2.4, OBS). */
const LATENCY_LABELS = [
  ['transcription_duration_ms', 'Transcription'],
  ['llm_first_token_duration_ms', 'LLM first token'],
  ['audio_first_token_duration_ms', 'Audio first token'],
  ['end_user_perceived_latency_ms', 'Perceived latency'],
] as const;

/** A message read as far as it can be: the fields of the wrong type left out, as raw parts. */
interface Read {
  m: TelnyxMessage;
  metadata: TelnyxMessageMetadata;
  raw: RawPart[];
}

/** Reads `item`, or says why it cannot (vendors/salvage.ts). */
function read(item: unknown) {
  const parsed = salvage(telnyxMessageSchema, item, 'this message');
  if (!parsed.ok) return parsed;
  const metadata = salvage(telnyxMessageMetadataSchema, parsed.data.metadata ?? {}, 'its metadata');
  const known = metadata.ok ? metadata.data : {};
  const raw = metadata.ok ? parsed.raw.concat(metadata.raw) : parsed.raw;
  return { ok: true, read: { m: parsed.data, metadata: known, raw } satisfies Read } as const;
}

function sentAtOf({ m, metadata }: Read): string | undefined {
  return m.sent_at ?? metadata.sent_at ?? undefined;
}

/** The message's parts; built by literal and `concat`, never `push` (docs/performance.md, "Memory"). */
function partsOf({ m, raw }: Read): Part[] {
  const entries = salvageEach(
    telnyxToolCallSchema,
    m.tool_calls ?? [],
    (i) => `tool call ${i + 1}`,
  );
  const calls = entries.flatMap(({ data: call, raw: odd }): Part[] => {
    if (!call) return odd;
    const { id, function: fn } = call;
    const argumentsText = asText(fn.arguments ?? '');
    const part: Part = {
      kind: 'tool-call',
      call: { id: id ?? undefined, name: fn.name, argumentsText },
    };
    return odd.length === 0 ? [part] : [part, ...odd];
  });
  const first: Part[] =
    m.role.toLowerCase() === 'tool'
      ? [
          {
            kind: 'tool-result',
            result: { callId: m.tool_call_id ?? undefined, output: m.text ?? '', failed: false },
          },
        ]
      : m.text
        ? [{ kind: 'text', text: m.text, format: 'markdown' }]
        : [];
  return calls.length === 0 && raw.length === 0 ? first : first.concat(calls, raw);
}

/**
 * The Details of one Telnyx message payload: created and sent times, the delay between them, and
 * the latencies voice assistants record in `metadata`; none for a payload of another shape.
 */
export function telnyxMessageDetails(raw: unknown): MessageDetail[] {
  const parsed = read(raw);
  if (!parsed.ok) return [];
  const { m, metadata } = parsed.read;
  const sentAt = sentAtOf(parsed.read);
  const details: MessageDetail[] = [];
  if (m.created_at) details.push({ label: 'Created', value: m.created_at });
  if (sentAt) details.push({ label: 'Sent', value: sentAt });
  const created = parseTimestamp(m.created_at);
  const sent = parseTimestamp(sentAt);
  if (created !== undefined && sent !== undefined) {
    details.push({ label: 'Delivery delay', value: `${created - sent} ms` });
  }
  for (const [key, label] of LATENCY_LABELS) {
    const v = metadata[key];
    if (typeof v === 'number') details.push({ label, value: `${v} ms` });
  }
  return details;
}

/** The content key a derived id hashes: everything a message says, nothing about its page. */
function contentKey(item: unknown): string {
  return JSON.stringify(item) ?? 'undefined';
}

/**
 * Normalizes one page of `GET /ai/conversations/{id}/messages` (docs/vendor-notes.md §2.4), in delivery
 * order. Telnyx messages have no id, so each gets `tx_<hash of its JSON>` (stable across pages,
 * `~n` for identical twins in one page). Time is `sent_at`, else `metadata.sent_at`, else
 * `created_at`. `tool_calls` become tool-call parts; `role: tool` items a tool result linked by
 * `tool_call_id`. Null items and items failing the schema become raw parts; a field of the wrong
 * type, a `metadata` key the viewer reads of the wrong type, or a tool call it cannot read is
 * shown raw on its own and the rest of the message as usual (vendors/salvage.ts).
 */
export function normalizeTelnyxPage(items: readonly unknown[]): Message[] {
  const ids = deriveIds(items.map(contentKey), 'tx_');
  return items.map((item, i) => {
    const id = ids[i] ?? `tx_${i}`;
    const parsed = read(item);
    if (!parsed.ok) return unreadableMessage(id, item, parsed.error);
    const { m } = parsed.read;
    const sentAt = sentAtOf(parsed.read);
    const time = sentAt ?? m.created_at ?? undefined;
    return {
      id,
      role: m.role.toLowerCase(),
      time,
      timeMs: parseTimestamp(time),
      parts: partsOf(parsed.read),
      citations: NO_CITATIONS,
    };
  });
}
