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
import { createMoveworksVendor } from './client.ts';
import { normalizeMoveworksMessage } from './normalize.ts';

const TYPES = ['PLAIN_TEXT', 'MARKDOWN_TEXT', 'COMMONMARK_TEXT', 'CALLBACK_ACTION_CONTENT'];

/** `Content` of the Moveworks spec: `{type, <type lower-cased>: {text}}`, or a type it lacks. */
const content = fc
  .tuple(fc.oneof(fc.constantFrom(...TYPES), weirdString), field(weirdString), field(weirdString))
  .chain(([type, text, callback]) =>
    wireObject({
      type: field(fc.constant(type)),
      [type.toLowerCase()]: field(wireObject({ text: fc.constant(text) })),
      callback_action: field(wireObject({ callback_id: fc.constant(callback) })),
    }),
  );

const id = (prefix: string) =>
  field(
    fc.oneof(
      fc.uuid().map((u) => prefix + u),
      weirdString,
    ),
  );

/** `Citation`: `citation_id`, `url`, `display {title, body}`, the deprecated `location`. */
const citation = wireObject({
  citation_id: id('cite_'),
  url: field(fc.oneof(fc.webUrl(), weirdString)),
  display: field(wireObject({ title: field(content), body: field(content) })),
  location: field(wireObject({ offset: field(anyNumber) })),
});

/** `Message` of the beta spec, with the newer `actions` and `sender_info`. */
const message = wireObject({
  message_id: id('msg_'),
  conversation_id: id('conv_'),
  response_id: id('resp_'),
  actor: field(fc.oneof(fc.constantFrom('USER', 'ASSISTANT', 'LIVE_AGENT'), weirdString)),
  content: field(content),
  citations: field(wireArray(citation)),
  content_references: field(
    wireArray(wireObject({ citation_id: id('cite_'), offset: field(anyNumber) })),
  ),
  created_at: field(timeString),
  sender_info: field(wireObject({ display_name: field(weirdString) })),
  feedback: field(
    wireObject({
      helpful: field(wireObject({ callback_id: id('cb_') })),
      unhelpful: field(weirdString),
    }),
  ),
  actions: field(wireArray(wireObject({ type: field(weirdString), label: field(weirdString) }))),
});

/** True when `item` has what a message cannot be read without (`message_id`, `actor`, `content.type`). */
function readable(item: unknown): boolean {
  return (
    isRecord(item) &&
    typeof item.message_id === 'string' &&
    typeof item.actor === 'string' &&
    isRecord(item.content) &&
    typeof item.content.type === 'string'
  );
}

describe('normalizeMoveworksMessage, over spec-shaped random payloads', () => {
  it('never throws, keeps the message id (else the fallback) and notes every raw part', () => {
    fc.assert(
      fc.property(message, (item) => {
        const m = normalizeMoveworksMessage(item, 'fallback');
        const sent = isRecord(item) ? item.message_id : undefined;
        expect(m.id).toBe(typeof sent === 'string' && sent !== '' ? sent : 'fallback');
        expect(m.parts.length).toBeGreaterThan(0);
        for (const p of m.parts) if (p.kind === 'raw') expect(p.note).not.toBe('');
      }),
      RUNS,
    );
  });

  it('shows an item raw as a whole only when it lacks what a message needs', () => {
    fc.assert(
      fc.property(message, (item) => {
        const m = normalizeMoveworksMessage(item, 'fallback');
        const whole = m.parts.some((p) => p.kind === 'raw' && p.note.startsWith('Unrecognised'));
        expect(whole).toBe(!readable(item));
        if (whole) expect(m.parts).toEqual([expect.objectContaining({ value: item })]);
      }),
      RUNS,
    );
  });

  it('keeps every citation, placed or raw, and a text with bad citations still shows', () => {
    const cited = fc
      .tuple(message, fc.string(), wireArray(citation, 6), wireArray(anyNumber))
      .map(([m, text, citations, offsets]) => ({
        ...(isRecord(m) ? m : {}),
        message_id: 'msg_1',
        actor: 'ASSISTANT',
        content: { type: 'PLAIN_TEXT', plain_text: { text } },
        citations,
        content_references: offsets.map((offset, i) => ({ citation_id: `cite_${i}`, offset })),
      }));
    fc.assert(
      fc.property(cited, (item) => {
        const m = normalizeMoveworksMessage(item, 'fallback');
        expect(m.parts[0]?.kind).toBe('text');
        const raws = m.parts.filter((p) => p.kind === 'raw' && p.note.startsWith('Citation'));
        expect(m.citations.length + raws.length).toBe(item.citations.length);
        for (const c of m.citations) for (const o of c.offsets) expect(Number.isNaN(o)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('a Moveworks page, as fetchMessages makes it', () => {
  it('gives one message per item, in order, and merging it loses only repeated ids', async () => {
    const body = fc.record({
      messages: wireItems(message),
      metadata: fc.record({ next_cursor: fc.constant(null) }),
    });
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        // The HTTP edge: the vendor's page, in memory.
        const vendor = createMoveworksVendor(memoryHttp(sent));
        const got = await vendor.fetchMessages('c', null);
        expect(got.items).toEqual(sent.messages);
        expect(got.messages).toHaveLength(sent.messages.length);
        got.messages.forEach((m, i) => {
          const item = sent.messages[i];
          const own = isRecord(item) ? item.message_id : undefined;
          expect(m.id).toBe(typeof own === 'string' && own !== '' ? own : `moveworks-first-${i}`);
        });
        expect(mergePages([got])).toHaveLength(new Set(got.messages.map((m) => m.id)).size);
      }),
      RUNS,
    );
  });
});
