import { describe, expect, it } from 'vitest';
import { messageIndex } from './message-index.ts';
import { testMessage } from './test-messages.ts';

const list = (n: number) => Array.from({ length: n }, (_, i) => testMessage(`m${i}`, i));

describe('messageIndex', () => {
  it('finds each message by id, and nothing for an id not in the list', () => {
    const messages = list(5);
    const index = messageIndex(messages);
    expect(messages.map((m) => index.get(m.id))).toEqual([0, 1, 2, 3, 4]);
    expect(index.get('nope')).toBeUndefined();
  });

  it('is one index per array: a new list gets its own', () => {
    const messages = list(3);
    expect(messageIndex(messages)).toBe(messageIndex(messages));
    const next = [testMessage('new', 0), ...messages];
    expect(messageIndex(next)).not.toBe(messageIndex(messages));
    expect(messageIndex(next).get('m0')).toBe(1);
    expect(messageIndex(messages).get('m0')).toBe(0);
  });

  it('builds in slices until told to yield, and a lookup completes the rest', () => {
    const messages = list(2000);
    const index = messageIndex(messages);
    let checks = 0;
    // Yield at the first check: one slice of a few hundred entries, not the whole list.
    expect(index.build(() => ++checks >= 1)).toBe(false);
    expect(checks).toBe(1);
    expect(index.get('m1999')).toBe(1999);
    expect(index.build(() => true)).toBe(true);
  });

  it('reports a finished build when nothing is left, without asking to yield', () => {
    const index = messageIndex(list(10));
    expect(index.build(() => true)).toBe(true);
    expect(index.get('m9')).toBe(9);
  });
});
