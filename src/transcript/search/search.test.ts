import { describe, expect, it } from 'vitest';
import type { Message, Part } from '../model.ts';
import { forEachField, searchFields } from './fields.ts';
import { findMatches } from './find.ts';
import { compileQuery, matchRanges } from './matcher.ts';

const opts = { caseSensitive: false, wholeWord: false, regex: false };
const regexOf = (q: string, o = opts) => {
  const m = compileQuery(q, o);
  if (!m?.ok) throw new Error('expected a matcher');
  return m.regex;
};
const msg = (id: string, role: string, parts: Part[]): Message => ({
  id,
  role,
  parts,
  citations: [],
});

describe('compileQuery and matchRanges', () => {
  it('ignores case unless asked, also beyond ASCII', () => {
    expect(matchRanges(regexOf('order'), 'Order ORDER order')).toHaveLength(3);
    expect(
      matchRanges(regexOf('order', { ...opts, caseSensitive: true }), 'Order ORDER order'),
    ).toEqual([[12, 17]]);
    expect(matchRanges(regexOf('привет'), 'ПРИВЕТ, Привет!')).toHaveLength(2);
  });

  it('matches whole words, with word boundaries that know non-Latin letters', () => {
    const word = { ...opts, wholeWord: true };
    expect(matchRanges(regexOf('cat', word), 'cat concat cats cat.')).toEqual([
      [0, 3],
      [16, 19],
    ]);
    expect(matchRanges(regexOf('заказ', word), 'заказ заказа (заказ)')).toHaveLength(2);
    expect(matchRanges(regexOf('طلب', word), 'رقم طلب 42 والطلبات')).toHaveLength(1);
  });

  it('treats the query literally unless regex is on', () => {
    expect(matchRanges(regexOf('a.c'), 'abc a.c')).toEqual([[4, 7]]);
    expect(matchRanges(regexOf('a.c', { ...opts, regex: true }), 'abc a.c')).toHaveLength(2);
  });

  it('reports an invalid regex instead of throwing, and skips empty matches', () => {
    const bad = compileQuery('(unclosed', { ...opts, regex: true });
    expect(bad?.ok).toBe(false);
    expect(matchRanges(regexOf('x*', { ...opts, regex: true }), 'abx')).toEqual([[2, 3]]);
    expect(compileQuery('', opts)).toBeUndefined();
  });

  it('finds Japanese and emoji text', () => {
    expect(matchRanges(regexOf('注文'), 'ご注文番号は42です。注文')).toHaveLength(2);
    expect(matchRanges(regexOf('📦'), 'box 📦 📦')).toEqual([
      [4, 6],
      [7, 9],
    ]);
  });
});

describe('findMatches', () => {
  const messages = [
    msg('u1', 'user', [{ kind: 'text', text: 'Refund order 42', format: 'plain' }]),
    msg('a1', 'assistant', [
      { kind: 'text', text: 'Looking up order 42', format: 'markdown' },
      {
        kind: 'tool-call',
        call: { id: 'c', name: 'get_order', argumentsText: '{"order_id":"42"}' },
      },
    ]),
    msg('t1', 'tool', [
      {
        kind: 'tool-result',
        result: { callId: 'c', output: '{"status":"refunded","order":42}', failed: false },
      },
    ]),
    msg('k1', 'knowledge', [
      {
        kind: 'knowledge',
        knowledge: { query: 'refund policy', output: 'Refunds take 5 days', sources: [] },
      },
    ]),
  ];

  it('searches text, tool names, arguments, results and knowledge, in transcript order', () => {
    const all = findMatches(messages, regexOf('order'), 'everything');
    expect(all.map((m) => `${m.messageId}:${m.fieldKey}`)).toEqual([
      'u1:0:text',
      'a1:0:text',
      'a1:1:name',
      'a1:1:args',
      't1:0:output',
    ]);
    expect(all.find((m) => m.fieldKey === '1:args')?.reveal).toBe('1');
  });

  it('limits matches to a scope', () => {
    const re = regexOf('refund');
    expect(findMatches(messages, re, 'user').map((m) => m.messageId)).toEqual(['u1']);
    expect(findMatches(messages, re, 'tool-results').map((m) => m.messageId)).toEqual(['t1']);
    expect(findMatches(messages, re, 'knowledge')).toHaveLength(2);
    expect(findMatches(messages, regexOf('42'), 'tool-calls').map((m) => m.fieldKey)).toEqual([
      '1:args',
    ]);
    expect(findMatches(messages, regexOf('42'), 'assistant').map((m) => m.messageId)).toEqual([
      'a1',
    ]);
  });
});

describe('forEachField', () => {
  it('walks the same texts, scopes and indices as searchFields, in order', () => {
    const message: Message = {
      id: 'm',
      role: 'assistant',
      parts: [
        { kind: 'text', text: 'Checking', format: 'markdown' },
        { kind: 'tool-call', call: { id: 'c', name: 'lookup', argumentsText: '{"id":1}' } },
        { kind: 'tool-result', result: { callId: 'c', output: '{"ok":true}', failed: false } },
        {
          kind: 'knowledge',
          knowledge: {
            query: 'refunds',
            sources: [{ title: 'Policy', snippet: 'Within 30 days' }],
          },
        },
      ],
      citations: [{ id: 's', title: 'Refund policy', offsets: [] }],
    };
    const walked: [string, string, number][] = [];
    forEachField(message, (text, scope, index) => walked.push([text, scope, index]));
    expect(walked).toEqual(searchFields(message).map((f, i) => [f.text, f.scope, i]));
    expect(walked).toHaveLength(8);
  });
});
