import { describe, expect, it } from 'vitest';
import { NOTHING_OPEN, opened, toggled, withEveryCard } from './open-parts.ts';
import { testMessage } from './test-messages.ts';

describe('open parts', () => {
  it('toggles one key of one message, leaving the other messages’ sets as they were', () => {
    const a = toggled(NOTHING_OPEN, 'a', '0');
    const both = toggled(a, 'b', 'details');
    expect(both.get('a')).toBe(a.get('a'));
    expect([...(both.get('b') ?? [])]).toEqual(['details']);
    expect(toggled(both, 'b', 'details').has('b')).toBe(false);
  });

  it('opens keys, and is unchanged when they are open already', () => {
    const once = opened(NOTHING_OPEN, 'a', ['1', '2']);
    expect(opened(once, 'a', ['2'])).toBe(once);
    expect([...(opened(once, 'a', ['3']).get('a') ?? [])]).toEqual(['1', '2', '3']);
  });

  it('opens every card of the messages, keeping what was open', () => {
    const messages = [
      testMessage('m1', 1, [
        { kind: 'text', text: 'hi', format: 'plain' },
        { kind: 'tool-call', call: { name: 'lookup', argumentsText: '{}' } },
      ]),
      testMessage('m2', 2, [{ kind: 'knowledge', knowledge: { sources: [] } }]),
      testMessage('m3', 3, [{ kind: 'text', text: 'plain', format: 'plain' }]),
    ];
    const all = withEveryCard(opened(NOTHING_OPEN, 'm1', ['details']), messages);
    expect([...(all.get('m1') ?? [])]).toEqual(['details', '1']);
    expect([...(all.get('m2') ?? [])]).toEqual(['0']);
    expect(all.has('m3')).toBe(false);
  });
});
