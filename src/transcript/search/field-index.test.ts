import { describe, expect, it } from 'vitest';
import type { Message } from '../model.ts';
import { buildFieldIndex, dropFieldIndex, fieldIndexOf } from './field-index.ts';
import { searchFields } from './fields.ts';
import { compileQuery, countMatches, matchRanges } from './matcher.ts';
import { startScan } from './scan.ts';

const opts = { caseSensitive: false, wholeWord: false, regex: false };
const regexOf = (q: string, o = opts) => {
  const m = compileQuery(q, o);
  if (!m?.ok) throw new Error('expected a matcher');
  return m.regex;
};
const base = { details: [], raw: {} };

/** Text-only messages (with and without citation titles) and tool messages, interleaved. */
function mixed(n: number): Message[] {
  return Array.from({ length: n }, (_, i): Message => {
    const id = `m${i}`;
    if (i % 5 === 0) {
      return {
        ...base,
        id,
        role: 'assistant',
        parts: [
          { kind: 'text', text: `Looking up order ${i}`, format: 'markdown' },
          {
            kind: 'tool-call',
            call: { id: `c${i}`, name: 'get_order', argumentsText: `{"order":${i}}` },
          },
          {
            kind: 'tool-result',
            result: { callId: `c${i}`, output: `{"status":"Ordered"}`, failed: false },
          },
        ],
        citations: [],
      };
    }
    return {
      ...base,
      id,
      role: i % 2 ? 'user' : 'assistant',
      parts: [
        { kind: 'text', text: `the order ${i}`, format: 'plain' },
        { kind: 'text', text: i % 3 ? 'nothing' : 'ORDER, order', format: 'plain' },
      ],
      citations: [
        { id: 'a', offsets: [] },
        { id: 'b', title: i % 4 ? 'Orders page' : 'Help', offsets: [] },
      ],
    };
  });
}

function scanAll(messages: readonly Message[], regex: RegExp) {
  const scan = startScan(messages, regex, 'everything');
  scan.step(() => false);
  return scan.result().matches;
}

describe('the field index', () => {
  it('gives the same matches and fields as a scan of the messages', () => {
    const messages = mixed(200);
    const re = regexOf('order');
    const walked = scanAll(messages, re);
    const build = buildFieldIndex(messages);
    let steps = 1;
    while (!build(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(fieldIndexOf(messages)).toBeDefined();
    expect(fieldIndexOf([...messages])).toBeUndefined();
    const indexed = scanAll(messages, re);
    expect(indexed.count).toBe(walked.count);
    expect(indexed.toArray()).toEqual(walked.toArray());
    // Fields made on demand are the ones searchFields lists.
    for (const hit of indexed.hits) {
      expect(searchFields(hit.message)).toContainEqual(hit.field);
      expect(hit.field.text).toBe(hit.text);
    }
    dropFieldIndex(messages);
    expect(fieldIndexOf(messages)).toBeUndefined();
  });
});

describe('MatchList.has', () => {
  it('knows matching fields, not others, with message ids repeated far apart', () => {
    const messages = mixed(40);
    const first = messages[1];
    if (!first) throw new Error('expected messages');
    const repeated = [
      ...messages,
      { ...first, parts: [], citations: [{ id: 'x', title: 'order', offsets: [] }] },
    ];
    const list = scanAll(repeated, regexOf('order'));
    expect(list.has('m1|0:text|0')).toBe(true);
    expect(list.has('m1|1:text|0')).toBe(false);
    expect(list.has('m1|c0:title|0')).toBe(true);
    expect(list.has('m39|1:text|0')).toBe(true);
    expect(list.has('nope|0:text|0')).toBe(false);
    expect(list.has('m1|0:text|x')).toBe(false);
  });
});

describe('compileQuery and countMatches, literal queries', () => {
  it('counts as matchRanges does, folding case the Unicode way (ſ, K)', () => {
    const cases: [string, string][] = [
      ['s', 'Sſs ß'],
      ['k', 'K k \u212a'],
      ['order-id', 'ORDER-ID order-id orderid'],
      ['a.b', 'a.b axb'],
      ['aa', 'aAaaa'],
      ['📦', 'box 📦📦'],
    ];
    for (const [q, text] of cases) {
      const re = regexOf(q);
      expect(countMatches(re, text)).toBe(matchRanges(re, text).length);
    }
    expect(countMatches(regexOf('s'), 'Sſs')).toBe(3);
    expect(countMatches(regexOf('k'), 'Kk\u212a')).toBe(3);
    expect(countMatches(regexOf('aa'), 'aAaaa')).toBe(2);
    expect(countMatches(regexOf('order', { ...opts, wholeWord: true }), 'order orders')).toBe(1);
  });

  it('counts one-character queries as the regex does, for every ASCII character', () => {
    const text =
      'Sſs Kk\u212a İı iI ß ẞ 📦 a.b-c_d [x] \\ / Ωω 0123 \t\n ~!@#$%^&*()+={}|:;"<>?,\'`';
    for (let c = 0x20; c < 0x7f; c++) {
      const q = String.fromCharCode(c);
      for (const caseSensitive of [false, true]) {
        const re = regexOf(q, { ...opts, caseSensitive });
        expect([q, caseSensitive, countMatches(re, text)]).toEqual([
          q,
          caseSensitive,
          matchRanges(re, text).length,
        ]);
      }
    }
  });
});
