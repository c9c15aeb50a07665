import { describe, expect, it } from 'vitest';
import { actionOffers } from './action-offers.ts';
import type { Message } from './model.ts';
import { rowAt, visibleMessages } from './rows.ts';
import { testMessage } from './test-messages.ts';
import { pairToolCalls } from './tool-pairing.ts';
import { lateReplies } from './turns.ts';

const messages = [
  testMessage('u1', 1, [{ kind: 'text', text: 'Where is my order?', format: 'plain' }]),
  testMessage('a1', 2, [
    { kind: 'tool-call', call: { id: 'c1', name: 'lookup', argumentsText: '{}' } },
  ]),
  testMessage('t1', 3, [
    { kind: 'tool-result', result: { callId: 'c1', output: '{}', failed: false } },
  ]),
  {
    ...testMessage('a2', 4, [{ kind: 'text', text: 'It ships today.', format: 'markdown' }]),
    citations: [{ id: 'k1', title: 'Shipping', url: 'https://example.com', offsets: [8] }],
  },
];

describe('rowAt', () => {
  const pairing = pairToolCalls(messages);
  const all = visibleMessages(messages, false);

  it('carries the message, its position, its tool pairs and its placed citations', () => {
    const call = rowAt(all, 1, pairing);
    expect(call?.position).toBe(2);
    expect(call?.pairs?.[0]).toMatchObject({ callMessageId: 'a1', resultMessageId: 't1' });
    expect(rowAt(all, 2, pairing)?.pairs?.[0]).toBe(call?.pairs?.[0]);
    const cited = rowAt(all, 3, pairing);
    expect(cited?.pairs).toBeUndefined();
    expect(cited?.citations?.text).toBe('It ships\uE0000\uE001 today.');
    expect(rowAt(all, 4, pairing)).toBeUndefined();
  });

  it('keeps each field’s identity from one call to the next, so a memoized row stays as it is', () => {
    const a = rowAt(all, 3, pairing);
    const b = rowAt(all, 3, pairing);
    expect(b?.citations).toBe(a?.citations);
    expect(rowAt(all, 1, pairing)?.pairs).toBe(rowAt(all, 1, pairing)?.pairs);
  });

  it('numbers rows by their place in the whole transcript when a filter hides some', () => {
    const conversation = visibleMessages(messages, true);
    expect(conversation.messages.map((m) => m.id)).toEqual(['u1', 'a2']);
    expect(rowAt(conversation, 1, pairing)?.position).toBe(4);
  });
});

describe('rowAt with offered buttons and a live agent', () => {
  const offer: Message = {
    ...testMessage('a1', 1, [{ kind: 'text', text: 'Done.', format: 'plain' }], 'assistant'),
    actions: [
      { kind: 'callback', label: 'Revoke other sessions', callbackId: 'cb_1' },
      { kind: 'url', label: 'Settings', url: 'https://example.com/s' },
    ],
  };
  const press = testMessage('u1', 2, [{ kind: 'pressed', callbackId: 'cb_1' }], 'user');
  const stray = testMessage('u2', 3, [{ kind: 'pressed', callbackId: 'cb_unknown' }], 'user');
  const agent = testMessage('g1', 4, [{ kind: 'text', text: 'Hi', format: 'plain' }], 'agent');
  const again = testMessage('g2', 5, [{ kind: 'text', text: 'Done', format: 'plain' }], 'agent');
  const list = [offer, press, stray, agent, again];
  const links = { ...pairToolCalls(list), offers: actionOffers(list) };
  const rows = visibleMessages(list, false);

  it('links a press to the message that offered its button, and keeps the offer as it is', () => {
    expect(rowAt(rows, 1, links)?.pressed).toEqual({ action: offer.actions?.[0], messageId: 'a1' });
    expect(rowAt(rows, 1, links)?.pressed).toBe(rowAt(rows, 1, links)?.pressed);
    expect(rowAt(rows, 2, links)?.pressed).toBeUndefined();
    expect(rowAt(rows, 0, links)?.pressed).toBeUndefined();
  });

  it('marks where a person took over: the first agent message after the assistant’s', () => {
    expect([0, 1, 2, 3, 4].map((i) => rowAt(rows, i, links)?.handoff)).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('keeps a press in "Conversation only"', () => {
    expect(visibleMessages(list, true).messages.map((m) => m.id)).toContain('u1');
  });
});

describe('rowAt: turns (Moveworks response_id)', () => {
  const say = (id: string, at: number, turnId: string | undefined, role = 'assistant') => ({
    ...testMessage(id, at, [{ kind: 'text', text: id, format: 'plain' }], role),
    ...(turnId === undefined ? {} : { turnId }),
  });
  const list = [
    say('u1', 1, 'r1', 'user'),
    say('a1', 2, 'r1'),
    say('u2', 3, 'r2', 'user'),
    say('late', 4, 'r1'),
    say('a2', 5, 'r2'),
    say('plain', 6, undefined),
  ];
  const links = { ...pairToolCalls(list), lateReplies: lateReplies(list) };
  const rows = visibleMessages(list, false);
  const at = (i: number) => rowAt(rows, i, links);

  it('groups a turn’s messages and finds a reply filed under an earlier request', () => {
    expect(list.map((_, i) => at(i)?.turnContinues)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(list.map((_, i) => at(i)?.lateReplyTo)).toEqual([
      undefined,
      undefined,
      undefined,
      'u1',
      undefined,
      undefined,
    ]);
  });

  it('says nothing of late replies while they are not known yet', () => {
    const unlinked = pairToolCalls(list);
    expect(rowAt(rows, 3, unlinked)?.lateReplyTo).toBeUndefined();
    expect(rowAt(rows, 1, unlinked)?.turnContinues).toBe(true);
  });
});
