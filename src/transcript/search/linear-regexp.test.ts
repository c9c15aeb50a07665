import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from './find.ts';
import { LinearRegExp } from './linear-regexp.ts';
import {
  compileQuery,
  countMatches,
  hasMatch,
  matchRanges,
  type SearchOptions,
} from './matcher.ts';

const regex: SearchOptions = { caseSensitive: false, wholeWord: false, regex: true };

function compiled(query: string, options = regex): RegExp {
  const m = compileQuery(query, options);
  if (!m?.ok) throw new Error(`expected a matcher for ${query}: ${m?.error}`);
  return m.regex;
}

describe('a user regex runs in linear time', () => {
  it('does not backtrack catastrophically on (a+)+$ over a long run of a', () => {
    const text = `${'a'.repeat(100_000)}!`;
    const re = compiled('(a+)+$');
    expect(re).toBeInstanceOf(LinearRegExp);
    const started = performance.now();
    expect(hasMatch(re, text)).toBe(false);
    expect(countMatches(re, text)).toBe(0);
    expect(matchRanges(compiled('(a|aa)+!', { ...regex, wholeWord: true }), text)).toEqual([
      [0, 100_001],
    ]);
    // The native engine would take longer than the universe's age; RE2 is linear (a loose bound,
    // for a loaded machine).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('scans a transcript with a hostile pattern and still finds what matches', () => {
    const messages = Array.from({ length: 5_000 }, (_, i) => ({
      id: `m${i}`,
      role: 'user',
      parts: [{ kind: 'text' as const, text: `${'a'.repeat(200)}!`, format: 'plain' as const }],
      citations: [],
    }));
    const started = performance.now();
    expect(findMatches(messages, compiled('(a+)+$'), 'everything')).toEqual([]);
    expect(findMatches(messages, compiled('(a+)+!'), 'everything')).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('says which patterns it cannot run, and which are invalid', () => {
    for (const query of ['a(?=b)', 'a(?!b)', '(a)\\1', '(?<n>a)\\k<n>']) {
      expect(compileQuery(query, regex)).toEqual({
        ok: false,
        error: expect.stringMatching(/^Unsupported regular expression: look-ahead/),
      });
    }
    expect(compileQuery('order(', regex)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid regular expression: .*order\(/),
    });
    // An escaped backslash before k is no back-reference.
    expect(matchRanges(compiled('\\\\k<'), 'a\\k<b')).toEqual([[1, 4]]);
  });

  it('works with RegExp’s own methods: matchAll, replace, split, test', () => {
    const re = compiled('b+');
    expect([...'abbcb'.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([
      [1, 'bb'],
      [4, 'b'],
    ]);
    expect('abbcb'.replace(re, '-')).toBe('a-c-');
    expect('abbcb'.split(re)).toEqual(['a', 'c', '']);
    expect(re.test('xyz')).toBe(false);
  });

  it('matches what the native engine matches, for patterns both can run (property)', () => {
    const patterns = fc.constantFrom(
      'ord(er)?',
      '\\d+',
      'a|bb',
      'x*',
      '[a-c]+',
      '\\p{L}+',
      '(?<=a)b',
      'é',
      '📦',
      '.',
      '^a',
      'b$',
      'a.?b',
      '[^ ]+',
      '(?:ab)+?',
      'K',
      's',
      '\\u{1F4E6}',
      '\\bab\\b',
      'a{2,3}',
    );
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'A',
          'b',
          'B',
          'x',
          '1',
          ' ',
          'é',
          'É',
          '📦',
          '\n',
          '-',
          'K',
          'ſ',
          'order',
          'ord',
        ),
      )
      .map((chars) => chars.join(''));
    const options = fc.record({ caseSensitive: fc.boolean(), wholeWord: fc.boolean() });
    fc.assert(
      fc.property(patterns, text, options, (pattern, input, o) => {
        const linear = compiled(pattern, { ...o, regex: true });
        const native = new RegExp(linear.source, linear.flags);
        expect(matchRanges(linear, input)).toEqual(matchRanges(native, input));
      }),
      { numRuns: 500 },
    );
  });
});
