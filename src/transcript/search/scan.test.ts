import { describe, expect, it } from 'vitest';
import type { Message } from '../model.ts';
import { findMatches, matchId } from './find.ts';
import { compileQuery, countMatches, matchRanges, narrows } from './matcher.ts';
import { overlapOffset, startScan, type ScanResult } from './scan.ts';

const opts = { caseSensitive: false, wholeWord: false, regex: false };
const regexOf = (q: string, o = opts) => {
  const m = compileQuery(q, o);
  if (!m?.ok) throw new Error('expected a matcher');
  return m.regex;
};
const msg = (id: string, text: string, role = 'user'): Message => ({
  id,
  role,
  parts: [{ kind: 'text', text, format: 'plain' }],
  citations: [],
});
const many = (n: number, prefix = 'm') =>
  Array.from({ length: n }, (_, i) =>
    msg(`${prefix}${i}`, i % 7 === 0 ? `the order ${i} of the day` : `nothing ${i}`),
  );

/** Runs a scan to the end, yielding after every check, and counts the slices. */
function runSliced(...args: Parameters<typeof startScan>): { result: ScanResult; slices: number } {
  const scan = startScan(...args);
  let slices = 1;
  while (!scan.step(() => true)) slices++;
  return { result: scan.result(), slices };
}

describe('countMatches', () => {
  it('agrees with matchRanges, empty matches and astral characters included', () => {
    const cases: [string, string][] = [
      ['x*', 'abx xx'],
      ['', 'abc'],
      ['(?:)', '📦a📦'],
      ['o', 'Order of ORDERS'],
      ['\\b', 'two words'],
    ];
    for (const [q, text] of cases) {
      const m = compileQuery(q || 'z', { ...opts, regex: true });
      if (!m?.ok) throw new Error('bad case');
      const re = q === '' ? new RegExp('', 'gu') : m.regex;
      expect(countMatches(re, text)).toBe(matchRanges(re, text).length);
    }
  });
});

describe('startScan', () => {
  const messages = many(500);
  const re = regexOf('the');

  it('finds in slices what one pass finds, and makes matches on demand', () => {
    const { result, slices } = runSliced(messages, re, 'everything');
    expect(slices).toBeGreaterThan(10);
    const all = findMatches(messages, re, 'everything');
    expect(result.matches.count).toBe(all.length);
    expect(result.matches.count).toBe(72 * 2);
    expect(result.matches.toArray()).toEqual(all);
    expect(result.matches.at(3)).toEqual({
      messageId: 'm7',
      fieldKey: '0:text',
      occurrence: 1,
      reveal: '0:more',
    });
    expect(result.matches.at(-1)).toBeUndefined();
    expect(result.matches.at(result.matches.count)).toBeUndefined();
    expect(result.matches.indexOf({ messageId: 'm7', fieldKey: '0:text', occurrence: 1 })).toBe(3);
    expect(result.matches.indexOf({ messageId: 'm7', fieldKey: '0:text', occurrence: 2 })).toBe(-1);
    expect(
      result.matches.has(matchId({ messageId: 'm7', fieldKey: '0:text', occurrence: 0 })),
    ).toBe(true);
    expect(result.matches.has('m1|0:text|0')).toBe(false);
  });

  it('limits to the scope', () => {
    const mixed = [msg('u', 'the user'), msg('a', 'the assistant', 'assistant')];
    const { result } = runSliced(mixed, re, 'assistant');
    expect(result.matches.toArray().map((m) => m.messageId)).toEqual(['a']);
    expect(result.matches.has('u|0:text|0')).toBe(false);
  });

  it('scans only the messages added after or before an earlier result', () => {
    const first = runSliced(messages, re, 'everything').result;
    const later = many(300, 'n');
    const appended = runSliced([...messages, ...later], re, 'everything', { previous: first });
    const prepended = runSliced([...later, ...messages], re, 'everything', { previous: first });
    expect(appended.result.matches.toArray()).toEqual(
      findMatches([...messages, ...later], re, 'everything'),
    );
    expect(prepended.result.matches.toArray()).toEqual(
      findMatches([...later, ...messages], re, 'everything'),
    );
    expect(prepended.result.matches.has('m7|0:text|0')).toBe(true);
    expect(prepended.result.matches.has('n7|0:text|0')).toBe(true);
    // Fewer slices than a fresh scan of 800 messages would take.
    const fresh = runSliced([...messages, ...later], re, 'everything');
    expect(appended.slices).toBeLessThan(fresh.slices);
  });

  it('rescans everything when the list changed in the middle, or the search differs', () => {
    const first = runSliced(messages, re, 'everything').result;
    const changed = [...messages];
    changed[10] = msg('x', 'the the the');
    const again = runSliced(changed, re, 'everything', { previous: first });
    expect(again.result.matches.toArray()).toEqual(findMatches(changed, re, 'everything'));
    const other = runSliced(messages, regexOf('order'), 'everything', { previous: first });
    expect(other.result.matches.count).toBe(72);
  });

  it('narrows a typed-on query to the fields that matched before', () => {
    const broad = runSliced(messages, regexOf('th'), 'everything').result;
    const narrow = runSliced(messages, regexOf('the o'), 'everything', {
      previous: broad,
      narrows: true,
    });
    expect(narrow.result.matches.toArray()).toEqual(
      findMatches(messages, regexOf('the o'), 'everything'),
    );
    expect(narrow.slices).toBeLessThan(runSliced(messages, re, 'everything').slices);
  });
});

describe('narrows and overlapOffset', () => {
  it('narrows only literal queries typed on with the same case option', () => {
    const q = (query: string, o = opts) => ({ query, options: o });
    expect(narrows(q('or'), q('order'))).toBe(true);
    expect(narrows(q('order'), q('or'))).toBe(false);
    expect(
      narrows(q('or', { ...opts, wholeWord: true }), q('ord', { ...opts, wholeWord: true })),
    ).toBe(false);
    expect(narrows(q('or', { ...opts, regex: true }), q('or.', { ...opts, regex: true }))).toBe(
      false,
    );
    expect(narrows(q('or'), q('ord', { ...opts, caseSensitive: true }))).toBe(false);
  });

  it('finds where an older list sits in a newer one', () => {
    const a = many(3);
    const [a0, a1, a2] = a;
    if (!a0 || !a1 || !a2) throw new Error('expected three messages');
    const b = many(2, 'b');
    expect(overlapOffset(a, [...a, ...b])).toBe(0);
    expect(overlapOffset(a, [...b, ...a])).toBe(2);
    expect(overlapOffset(a, a)).toBe(0);
    expect(overlapOffset(a, [...b])).toBeUndefined();
    expect(overlapOffset(a, [a0, ...b, a1, a2])).toBeUndefined();
  });
});
