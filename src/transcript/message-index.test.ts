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

  it('keeps the last position of an id seen twice', () => {
    const messages = [testMessage('a', 0), testMessage('b', 1), testMessage('a', 2)];
    expect(messageIndex(messages).get('a')).toBe(2);
  });
});
