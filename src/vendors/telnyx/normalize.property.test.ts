import { memoryHttp } from '../memory-http.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePages } from '@/transcript/merge.ts';
import { isRecord } from '../json-text.ts';
import {
  anyNumber,
  field,
  RUNS,
  timeString,
  weirdString,
  wireArray,
  wireItems,
  wireObject,
} from '../wire-arbitraries.ts';
import { createTelnyxVendor } from './client.ts';
import { normalizeTelnyxPage } from './normalize.ts';

/** An item of `tool_calls` (spec `ConversationMessage`): `id`, `type: function`, `function`. */
const toolCall = wireObject({
  id: field(fc.uuid().map((u) => `call_${u}`)),
  type: field(fc.constant('function')),
  function: field(
    wireObject({
      name: field(weirdString),
      arguments: field(fc.oneof(fc.json({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }))),
    }),
  ),
});

/** Latency values voice assistants record, and the other keys `metadata` may hold. */
const metadata = wireObject({
  sent_at: field(timeString),
  end_user_perceived_latency_ms: field(anyNumber),
  llm_first_token_duration_ms: field(anyNumber),
  telnyx_end_user_target: field(weirdString),
});

/** `ConversationMessage` of the Telnyx spec: `role` and `text` required, the rest optional. */
const message = wireObject({
  role: field(fc.oneof(fc.constantFrom('user', 'assistant', 'tool', 'ASSISTANT'), weirdString)),
  text: field(weirdString),
  tool_calls: field(wireArray(toolCall)),
  tool_call_id: field(fc.uuid().map((u) => `call_${u}`)),
  created_at: field(timeString),
  sent_at: field(timeString),
  metadata: field(metadata),
});

const page = wireItems(message, 10);

describe('normalizeTelnyxPage, over spec-shaped random pages', () => {
  it('gives one message per item with distinct ids, the same on every load', () => {
    fc.assert(
      fc.property(page, (items) => {
        const messages = normalizeTelnyxPage(items);
        expect(messages).toHaveLength(items.length);
        expect(new Set(messages.map((m) => m.id)).size).toBe(items.length);
        expect(normalizeTelnyxPage(items).map((m) => m.id)).toEqual(messages.map((m) => m.id));
        // An item's id does not depend on its page: the first copy keeps it alone.
        const keys = items.map((item) => JSON.stringify(item));
        keys.forEach((key, i) => {
          if (keys.indexOf(key) === i) {
            expect(normalizeTelnyxPage([items[i]])[0]?.id).toBe(messages[i]?.id);
          }
        });
      }),
      RUNS,
    );
  });

  it('shows an item raw as a whole only when it has no role; a bad field never hides it', () => {
    fc.assert(
      fc.property(page, (items) => {
        normalizeTelnyxPage(items).forEach((m, i) => {
          const item = items[i];
          const readable = isRecord(item) && typeof item.role === 'string';
          const whole = m.parts.some((p) => p.kind === 'raw' && p.note.startsWith('Unrecognised'));
          expect(whole).toBe(!readable);
          if (!readable) expect(m.parts).toEqual([expect.objectContaining({ value: item })]);
          for (const p of m.parts) if (p.kind === 'raw') expect(p.note).not.toBe('');
        });
      }),
      RUNS,
    );
  });

  it('keeps every tool call, in order, readable or raw', () => {
    const withCalls = fc.tuple(message, wireArray(toolCall, 6)).map(([m, calls]) => ({
      ...(isRecord(m) ? m : {}),
      role: 'assistant',
      tool_calls: calls,
    }));
    fc.assert(
      fc.property(withCalls, (item) => {
        const [m] = normalizeTelnyxPage([item]);
        const calls = (m?.parts ?? []).filter(
          (p) => p.kind === 'tool-call' || (p.kind === 'raw' && p.note.startsWith('Tool call')),
        );
        expect(calls).toHaveLength(item.tool_calls.length);
        calls.forEach((p, i) => {
          const sent = item.tool_calls[i];
          if (p.kind === 'raw') expect(p.value).toEqual(sent);
          else if (p.kind === 'tool-call' && isRecord(sent) && isRecord(sent.function)) {
            expect(p.call.name).toBe(sent.function.name);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('a Telnyx page, as fetchMessages makes it', () => {
  it('gives one message per item and merging it loses none', async () => {
    const body = fc.record({
      data: page,
      meta: fc.record({
        total_pages: fc.nat(5),
        total_results: fc.nat(500),
        page_number: fc.constant(1),
        page_size: fc.constant(100),
      }),
    });
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        // The HTTP edge: the vendor's page, in memory.
        const vendor = createTelnyxVendor(memoryHttp(sent));
        const got = await vendor.fetchMessages('c', null);
        expect(got.items).toEqual(sent.data);
        expect(got.messages.map((m) => m.id)).toEqual(
          normalizeTelnyxPage(sent.data).map((m) => m.id),
        );
        expect(mergePages([got])).toHaveLength(sent.data.length);
      }),
      RUNS,
    );
  });
});
