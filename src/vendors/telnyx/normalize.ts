import { NO_CITATIONS, type Message, type Part } from '@/transcript/model.ts';
import type { MessageDetail } from '../types.ts';
import { deriveIds } from '@/transcript/stable-id.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { unreadableMessage } from '../unreadable-message.ts';
import { asText } from '../json-text.ts';
import { telnyxMessageSchema, type TelnyxMessage } from './wire.ts';

/** Latency keys Telnyx puts in voice assistants' `metadata` (docs/vendor-notes.md §2.4, OBS). */
const LATENCY_LABELS: Record<string, string> = {
  transcription_duration_ms: 'Transcription',
  llm_first_token_duration_ms: 'LLM first token',
  audio_first_token_duration_ms: 'Audio first token',
  end_user_perceived_latency_ms: 'Perceived latency',
};

function sentAtOf(m: TelnyxMessage): string | undefined {
  const fromMeta = m.metadata?.sent_at;
  return m.sent_at ?? (typeof fromMeta === 'string' ? fromMeta : undefined);
}

/** The message's parts; built by literal and `concat`, never `push` (docs/performance.md, "Memory"). */
function partsOf(m: TelnyxMessage): Part[] {
  const calls = (m.tool_calls ?? []).map((call): Part => ({
    kind: 'tool-call',
    call: {
      id: call.id ?? undefined,
      name: call.function.name,
      argumentsText: asText(call.function.arguments ?? ''),
    },
  }));
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
  return calls.length === 0 ? first : first.concat(calls);
}

/**
 * The Details of one Telnyx message payload: created and sent times, the delay between them, and
 * the latencies voice assistants record in `metadata`; none for a payload of another shape.
 */
export function telnyxMessageDetails(raw: unknown): MessageDetail[] {
  const parsed = telnyxMessageSchema.safeParse(raw);
  if (!parsed.success) return [];
  const m = parsed.data;
  const sentAt = sentAtOf(m);
  const details: MessageDetail[] = [];
  if (m.created_at) details.push({ label: 'Created', value: m.created_at });
  if (sentAt) details.push({ label: 'Sent', value: sentAt });
  const created = parseTimestamp(m.created_at);
  const sent = parseTimestamp(sentAt);
  if (created !== undefined && sent !== undefined) {
    details.push({ label: 'Delivery delay', value: `${created - sent} ms` });
  }
  for (const [key, label] of Object.entries(LATENCY_LABELS)) {
    const v = m.metadata?.[key];
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
 * `tool_call_id`. Null items and items failing the schema become raw parts.
 */
export function normalizeTelnyxPage(items: readonly unknown[]): Message[] {
  const ids = deriveIds(items.map(contentKey), 'tx_');
  return items.map((item, i) => {
    const id = ids[i] ?? `tx_${i}`;
    const parsed = telnyxMessageSchema.safeParse(item);
    if (!parsed.success) return unreadableMessage(id, item, parsed.error);
    const m = parsed.data;
    const sentAt = sentAtOf(m);
    const time = sentAt ?? m.created_at ?? undefined;
    return {
      id,
      role: m.role.toLowerCase(),
      time,
      timeMs: parseTimestamp(time),
      parts: partsOf(m),
      citations: NO_CITATIONS,
    };
  });
}
