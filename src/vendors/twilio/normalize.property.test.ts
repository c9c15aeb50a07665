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
import { createTwilioVendor } from './client.ts';
import { normalizeTwilioMessage } from './normalize.ts';

/** One source of a knowledge lookup, as real payloads name its fields. */
const source = wireObject({
  title: field(weirdString),
  url: field(weirdString),
  snippet: field(weirdString),
});

/** `content` of a Twilio message: an open object (spec: `type: object`), keys real payloads use. */
const content = wireObject({
  output: field(weirdString),
  content: field(weirdString),
  body: field(weirdString),
  text: field(fc.oneof(weirdString, wireObject({ value: field(weirdString) }))),
  message: field(weirdString),
  name: field(weirdString),
  input: field(fc.jsonValue({ maxDepth: 2 })),
  arguments: field(weirdString),
  result: field(fc.jsonValue({ maxDepth: 1 })),
  error: field(weirdString),
  query: field(weirdString),
  sources: field(wireArray(source)),
});

const meta = wireObject({
  flagged: field(fc.boolean()),
  aborted: field(fc.boolean()),
  mode: field(fc.constantFrom('chat', 'voice', 'email')),
  status_code: field(fc.oneof(fc.integer({ min: 100, max: 599 }), anyNumber)),
  method: field(fc.constantFrom('GET', 'POST')),
  url: field(weirdString),
});

/** `assistants.v1.service.message` of the Twilio spec: no field required. */
const message = wireObject({
  id: field(
    fc.oneof(
      fc.uuid().map((u) => `aia_msg_${u}`),
      weirdString,
    ),
  ),
  account_sid: field(weirdString),
  session_id: field(weirdString),
  identity: field(weirdString),
  role: field(
    fc.oneof(fc.constantFrom('user', 'assistant', 'tool', 'knowledge', 'Supervisor'), weirdString),
  ),
  content: field(content),
  meta: field(meta),
  date_created: field(timeString),
  date_updated: field(timeString),
});

const isUnreadable = (m: { parts: { kind: string; note?: string }[] }) =>
  m.parts.some((p) => p.kind === 'raw' && p.note?.startsWith('Unrecognised message'));

describe('normalizeTwilioMessage, over spec-shaped random payloads', () => {
  it('never throws, keeps the id (else the fallback) and notes every raw part', () => {
    fc.assert(
      fc.property(message, (item) => {
        const m = normalizeTwilioMessage(item, 'fallback');
        const id = isRecord(item) ? item.id : undefined;
        expect(m.id).toBe(typeof id === 'string' && id !== '' ? id : 'fallback');
        for (const p of m.parts) if (p.kind === 'raw') expect(p.note).not.toBe('');
        if (m.timeMs !== undefined) expect(Number.isFinite(m.timeMs)).toBe(true);
      }),
      RUNS,
    );
  });

  it('shows only what is not an object raw as a whole; a bad field never hides the message', () => {
    fc.assert(
      fc.property(message, (item) => {
        const m = normalizeTwilioMessage(item, 'fallback');
        expect(isUnreadable(m)).toBe(!isRecord(item));
        if (!isRecord(item)) expect(m.parts).toEqual([expect.objectContaining({ value: item })]);
      }),
      RUNS,
    );
  });

  it('keeps every knowledge source, readable or raw', () => {
    const knowledge = fc.tuple(message, wireArray(source)).map(([m, sources]) => ({
      ...(isRecord(m) ? m : {}),
      role: 'knowledge',
      content: { query: 'q', sources },
    }));
    fc.assert(
      fc.property(knowledge, (item) => {
        const m = normalizeTwilioMessage(item, 'fallback');
        const lookup = m.parts.find((p) => p.kind === 'knowledge');
        const raws = m.parts.filter((p) => p.kind === 'raw' && p.note.startsWith('Source'));
        expect((lookup?.knowledge.sources.length ?? 0) + raws.length).toBe(
          item.content.sources.length,
        );
      }),
      RUNS,
    );
  });
});

describe('a Twilio page, as fetchMessages makes it', () => {
  it('gives one message per item, in order, and merging it loses only repeated ids', async () => {
    const page = fc.record({
      messages: wireItems(message),
      meta: fc.record({
        page: fc.nat(3),
        page_size: fc.constant(1000),
        next_page_url: fc.constant(null),
      }),
    });
    await fc.assert(
      fc.asyncProperty(page, async (body) => {
        // The HTTP edge: the vendor's page, in memory.
        const vendor = createTwilioVendor(memoryHttp(body));
        const got = await vendor.fetchMessages('s', null);
        expect(got.items).toEqual(body.messages);
        expect(got.messages).toHaveLength(body.messages.length);
        got.messages.forEach((m, i) => {
          const id =
            body.messages[i] && isRecord(body.messages[i]) ? body.messages[i].id : undefined;
          if (typeof id === 'string' && id !== '') expect(m.id).toBe(id);
        });
        const ids = new Set(got.messages.map((m) => m.id));
        expect(mergePages([got])).toHaveLength(ids.size);
      }),
      RUNS,
    );
  });
});
