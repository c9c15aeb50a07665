import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message, Part } from '../model.ts';
import { testMessage } from '../test-messages.ts';
import { findPersonalData } from './detect.ts';
import { describeCounts } from './describe.ts';
import { redactTranscript, startRedaction } from './index.ts';

const text = (t: string, format: 'plain' | 'markdown' = 'markdown'): Part => ({
  kind: 'text',
  text: t,
  format,
});
const textOf = (m: Message | undefined) =>
  m?.parts.map((p) => (p.kind === 'text' ? p.text : JSON.stringify(p))).join('\n');

describe('redactTranscript', () => {
  it('numbers placeholders per kind in order of first appearance, one per value', () => {
    const messages = [
      testMessage('1', 1, [text('Mail B@example.com or a@example.com; call (312) 555-0100.')]),
      testMessage('2', 2, [
        {
          kind: 'tool-call',
          call: { name: 'notify', argumentsText: '{"to":"b@example.com","sms":"+13125550100"}' },
        },
        {
          kind: 'tool-result',
          result: {
            output: '{"card":"4111 1111 1111 1111","phone":"+15557654321"}',
            failed: false,
          },
        },
      ]),
    ];
    const r = redactTranscript({ conversationId: 'c1', messages, identityFields: [] });
    expect(textOf(r.messages[0])).toBe('Mail [email 1] or [email 2]; call [phone 1].');
    const [call, result] = r.messages[1]?.parts ?? [];
    expect(call?.kind === 'tool-call' && call.call.argumentsText).toBe(
      '{"to":"[email 1]","sms":"[phone 1]"}',
    );
    expect(result?.kind === 'tool-result' && result.result.output).toBe(
      '{"card":"[card 1]","phone":"[phone 2]"}',
    );
    expect(r.counts).toEqual({ email: 2, phone: 2, card: 1, identity: 0 });
    expect(describeCounts(r.counts)).toBe(
      'Will replace 2 e-mail addresses, 2 phone numbers, 1 card number',
    );
    expect(describeCounts({ email: 0, phone: 1, card: 0, identity: 3 })).toBe(
      'Will replace 1 phone number, 3 identities',
    );
    expect(r.messages.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('counts the conversation id first, and redacts titles under the same placeholders', () => {
    const messages = [testMessage('1', 1, [text('I am devon.price@example.com')], 'user')];
    const r = redactTranscript({
      conversationId: 'email__a@example.com/0b7d',
      messages,
      identityFields: [],
    });
    expect(r.conversationId).toBe('email__[email 1]/0b7d');
    expect(textOf(r.messages[0])).toBe('I am [email 2]');
    expect(r.text('Session email__a@example.com/0b7d')).toBe('Session email__[email 1]/0b7d');
  });

  it("replaces the vendor's identity fields wherever they appear, payloads' keys unchanged", () => {
    const user: Message = {
      ...testMessage('1', 1, [text('This is ops.marta, call me on +15551230001')], 'user'),
      author: 'user_id:ops.marta',
    };
    const agent: Message = {
      ...testMessage('2', 2, [text('Sam Rivera here; ops.marta was helped by user_id:ops.marta')]),
      author: 'Sam Rivera',
    };
    const payloads = new Map<Message, unknown>([
      [user, { identity: 'user_id:ops.marta', content: { body: 'x' }, n: 1, ok: true, none: null }],
      [agent, { sender_info: { display_name: 'Sam Rivera' }, list: ['+15551230001'] }],
    ]);
    const r = redactTranscript({
      conversationId: 'c',
      messages: [user, agent],
      payloads,
      identityFields: ['identity', 'display_name', 'telnyx_end_user_target'],
      record: { metadata: { telnyx_end_user_target: 'ops.marta' } },
    });
    expect(r.messages.map((m) => m.author)).toEqual(['[identity 1]', '[identity 3]']);
    expect(textOf(r.messages[0])).toBe('This is [identity 2], call me on [phone 1]');
    expect(textOf(r.messages[1])).toBe(
      '[identity 3] here; [identity 2] was helped by [identity 1]',
    );
    expect([...r.payloads.values()]).toEqual([
      { identity: '[identity 1]', content: { body: 'x' }, n: 1, ok: true, none: null },
      { sender_info: { display_name: '[identity 3]' }, list: ['[phone 1]'] },
    ]);
    expect([...r.payloads.keys()]).toEqual(r.messages);
  });

  it('moves citation offsets with the text, and redacts citations and actions', () => {
    // Offsets are code points: the emoji before the address is one.
    const body = '😀 a@example.com says so.';
    const message: Message = {
      ...testMessage('1', 1, [text(body)]),
      citations: [
        { id: 'c1', offsets: [2], title: 'From a@example.com', url: 'mailto:a@example.com' },
        { id: 'c2', offsets: [5, 24], body: 'Card 4111111111111111' },
      ],
      actions: [{ kind: 'url', label: 'Mail a@example.com', url: 'mailto:a@example.com' }],
    };
    const [m] = redactTranscript({
      conversationId: 'c',
      messages: [message],
      identityFields: [],
    }).messages;
    expect(textOf(m)).toBe('😀 [email 1] says so.');
    expect(m?.citations).toEqual([
      { id: 'c1', offsets: [2], title: 'From [email 1]', url: 'mailto:[email 1]' },
      { id: 'c2', offsets: [11, 20], body: 'Card [card 1]' },
    ]);
    expect(m?.actions).toEqual([{ kind: 'url', label: 'Mail [email 1]', url: 'mailto:[email 1]' }]);
  });

  it('keeps Markdown emphasis closed around a value it splits', () => {
    const r = redactTranscript({
      conversationId: 'c',
      messages: [testMessage('1', 1, [text('**jane**@example.com, jane@**example.com**.')])],
      identityFields: [],
    });
    expect(textOf(r.messages[0])).toBe('**[email 1]**, **[email 1]**.');
  });

  it('runs in slices to the same result', () => {
    const messages = Array.from({ length: 300 }, (_, i) =>
      testMessage(String(i), i, [
        text(`m${i % 7}@example.com +1312555${String(i % 9).padStart(4, '0')}`),
      ]),
    );
    const input = { conversationId: 'c', messages, identityFields: [] };
    const run = startRedaction(input);
    let steps = 1;
    while (!run.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(run.result().messages).toEqual(redactTranscript(input).messages);
  });
});

describe('redaction, for any text around the values', () => {
  const filler = fc.string({
    unit: fc.constantFrom('a', ' ', '中', 'ж', '*', '_', '\n', '"', ':'),
  });
  const local = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,5})?$/);
  const email = fc
    .tuple(local, fc.constantFrom('example.com', 'mail.example.org'))
    .map(([l, d]) => `${l}@${d}`);
  const phone = fc.constantFrom(
    '+13125550100',
    '(312) 555-0100',
    '+44 20 7946 0958',
    '+15551230001',
  );
  const card = fc.constantFrom('4111 1111 1111 1111', '5555-5555-5555-4444');

  it('leaves none of them, and nothing that is still found', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.oneof(email, phone, card)), { maxLength: 6 }),
        filler,
        (pieces, end) => {
          // The filler is kept apart from a value, as text around a value usually is.
          const written = pieces.map(([f, v]) => `${f} ${v} `).join('') + end;
          const r = redactTranscript({
            conversationId: 'c',
            messages: [testMessage('1', 1, [text(written)])],
            identityFields: [],
          });
          const out = textOf(r.messages[0]) ?? '';
          for (const [, value] of pieces) expect(out).not.toContain(value);
          expect(findPersonalData(out)).toEqual([]);
        },
      ),
    );
  });
});
