import { describe, expect, it } from 'vitest';
import type { Part } from './model.ts';
import { testMessage } from './test-messages.ts';
import { pairToolCalls } from './tool-pairing.ts';
import { toolStatus } from './tool-status.ts';

const call = (name: string, id?: string): Part => ({
  kind: 'tool-call',
  call: { id, name, argumentsText: '{}' },
});
const result = (output: string, callId?: string): Part => ({
  kind: 'tool-result',
  result: { callId, output, failed: false },
});

describe('pairToolCalls', () => {
  it('pairs by id, whatever the order of results', () => {
    const { pairs } = pairToolCalls([
      testMessage('m1', 1, [call('a', 'c1'), call('b', 'c2')]),
      testMessage('m2', 2, [result('for b', 'c2')]),
      testMessage('m3', 3, [result('for a', 'c1')]),
    ]);
    expect(pairs.map((p) => [p.call.name, p.result?.output, p.resultMessageId])).toEqual([
      ['a', 'for a', 'm3'],
      ['b', 'for b', 'm2'],
    ]);
  });

  it('pairs by order where ids are missing', () => {
    const { pairs } = pairToolCalls([
      testMessage('m1', 1, [call('a'), call('b')]),
      testMessage('m2', 2, [result('first')]),
      testMessage('m3', 3, [result('second')]),
    ]);
    expect(pairs.map((p) => p.result?.output)).toEqual(['first', 'second']);
  });

  it('pairs a reused id with the earliest open call of that id', () => {
    const { pairs, ofMessage } = pairToolCalls([
      testMessage('m1', 1, [call('lookup', 'call_1')]),
      testMessage('m2', 2, [result('one', 'call_1')]),
      testMessage('m3', 3, [call('lookup', 'call_1')]),
      testMessage('m4', 4, [result('two', 'call_1')]),
    ]);
    expect(pairs.map((p) => [p.callMessageId, p.resultMessageId])).toEqual([
      ['m1', 'm2'],
      ['m3', 'm4'],
    ]);
    expect(ofMessage.get('m4')?.[0]).toBe(ofMessage.get('m3')?.[0]);
    expect(ofMessage.get('m4')?.[0]).toMatchObject({ callMessageId: 'm3', callPart: 0 });
  });

  it('leaves a call without result open and a stray result unpaired', () => {
    const { pairs, ofMessage } = pairToolCalls([
      testMessage('m0', 0, [result('stray', 'nobody')]),
      testMessage('m1', 1, [call('a', 'c1')]),
    ]);
    expect(pairs[0]?.result).toBeUndefined();
    expect(ofMessage.has('m0')).toBe(false);
  });
});

describe('toolStatus', () => {
  it('gives a duration only when the result is a message of its own', () => {
    const separate = pairToolCalls([
      testMessage('m1', 1000, [call('a', 'c1')]),
      testMessage('m2', 1800, [result('ok', 'c1')]),
    ]);
    expect(toolStatus(separate.pairs[0])).toEqual({ state: 'succeeded', durationMs: 800 });
    const together = pairToolCalls([
      testMessage('m1', 1000, [call('a', 'c1'), result('{"error":"boom"}', 'c1')]),
    ]);
    expect(toolStatus(together.pairs[0])).toEqual({ state: 'failed' });
  });
});
