import { describe, expect, it } from 'vitest';
import page from './fixtures/messages-page.json';
import { loadEmojiShortcodes } from './emoji.ts';
import { normalizeMoveworksMessage } from './normalize.ts';

describe('normalizeMoveworksMessage', () => {
  const messages = page.messages.map((item, i) =>
    normalizeMoveworksMessage(item, `moveworks-${i}`),
  );

  it('matches the golden model', async () => {
    await expect(JSON.stringify(messages, null, 2)).toMatchFileSnapshot(
      './fixtures/messages-page.golden.json',
    );
  });

  it('places citations by content_references, else by the deprecated location', () => {
    expect(messages[0]?.citations[0]?.offsets).toEqual([167]);
    expect(messages[4]?.citations[0]?.offsets).toEqual([61]);
    expect(messages[4]?.citations[0]?.title).toBe('John Doe');
  });

  it('maps actors and keeps the text format', () => {
    expect(messages.map((m) => m.role)).toEqual([
      'assistant',
      'agent',
      'user',
      'user',
      'assistant',
      'user',
      'unknown',
    ]);
    const formats = messages.flatMap((m) =>
      m.parts.flatMap((p) => (p.kind === 'text' ? [p.format] : [])),
    );
    expect(formats).toEqual(['markdown', 'markdown', 'plain', 'commonmark', 'plain']);
  });

  it('is not fooled by vendor strings that are Object.prototype keys', () => {
    const odd = normalizeMoveworksMessage(
      { message_id: 'm', actor: '__proto__', content: { type: 'constructor' }, created_at: null },
      'x',
    );
    expect(odd.role).toBe('__proto__');
    expect(odd.parts[0]?.kind).toBe('raw');
  });

  it('shows broken items raw', () => {
    expect(messages[6]?.parts[0]?.kind).toBe('raw');
  });

  it('reads offered actions, a pressed button, feedback and a live agent', () => {
    expect(messages[0]?.actions).toEqual([
      {
        kind: 'url',
        label: 'Complete this request',
        url: 'https://app.moveworks.ai/r?v2_fixture_a',
      },
    ]);
    expect(messages[0]?.rateable).toBe(true);
    expect(messages[4]).not.toHaveProperty('rateable');
    expect(messages[2]?.parts).toEqual([{ kind: 'pressed', callbackId: 'cb_1' }]);
    // One action the viewer cannot read is shown as such; the message and the others stay.
    const offered = normalizeMoveworksMessage(
      {
        message_id: 'm',
        actor: 'ASSISTANT',
        content: { type: 'PLAIN_TEXT', plain_text: { text: 'Pick one' } },
        actions: [
          { type: 'CALLBACK_ACTION', label: 'File ticket', callback_action: { callback_id: 'c' } },
          'not an action',
        ],
      },
      'x',
    );
    expect(offered.parts[0]?.kind).toBe('text');
    expect(offered.actions).toEqual([
      { kind: 'callback', label: 'File ticket', callbackId: 'c' },
      { kind: 'unreadable', label: 'An action the viewer cannot read' },
    ]);
  });

  it('keeps the response id as the turn', () => {
    expect(messages[0]?.turnId).toMatch(/^resp_/);
    expect(messages[6]).not.toHaveProperty('turnId');
  });

  it('shows shortcodes as emoji and keeps citations where they were', async () => {
    const emoji = await loadEmojiShortcodes();
    const text = 'Approved :white_check_mark:. Next: :point_right: the portal.';
    const m = normalizeMoveworksMessage(
      {
        message_id: 'm',
        response_id: 'resp_1',
        actor: 'ASSISTANT',
        content: { type: 'MARKDOWN_TEXT', markdown_text: { text } },
        citations: [
          {
            citation_id: 'k',
            display: { title: { type: 'PLAIN_TEXT', plain_text: { text: ':bank: FAQ' } } },
          },
        ],
        content_references: [{ citation_id: 'k', offset: Array.from(text).indexOf('.') + 1 }],
      },
      'x',
      emoji,
    );
    expect(m.parts[0]).toMatchObject({ text: 'Approved ✅. Next: 👉 the portal.' });
    const offset = Array.from('Approved ✅.').length;
    expect(m.citations[0]).toMatchObject({ title: '🏦 FAQ', offsets: [offset] });
  });

  it('keeps a message with one bad citation, reference or field whole, the bad part raw', () => {
    const m = normalizeMoveworksMessage(
      {
        message_id: 'msg_1',
        actor: 'ASSISTANT',
        content: { type: 'PLAIN_TEXT', plain_text: { text: 'See the FAQ. And the form.' } },
        citations: [
          { citation_id: 'good', url: 'https://example.com/faq' },
          { citation_id: 'bad_url', url: 42 },
          { citation_id: 'bad_title', display: { title: { type: 'IMAGE', image: {} } } },
          { url: 'https://example.com/no-id' },
        ],
        content_references: [
          { citation_id: 'good', offset: 12 },
          { citation_id: 'bad_url', offset: 'twelve' },
        ],
        created_at: 1760000000,
      },
      'x',
    );
    expect(m.id).toBe('msg_1');
    expect(m.parts[0]).toEqual({
      kind: 'text',
      text: 'See the FAQ. And the form.',
      format: 'plain',
    });
    expect(m.citations).toEqual([
      { id: 'good', url: 'https://example.com/faq', offsets: [12] },
      { id: 'bad_url', offsets: [] },
      { id: 'bad_title', offsets: [] },
    ]);
    const raw = m.parts.slice(1);
    expect(raw.map((p) => p.kind === 'raw' && [p.note.split(':')[0], p.value])).toEqual([
      ['Part of citation 2 the viewer cannot read', { url: 42 }],
      [
        'The title of citation bad_title is in a shape the viewer does not know',
        { type: 'IMAGE', image: {} },
      ],
      ['Citation 4 the viewer cannot read', { url: 'https://example.com/no-id' }],
      ['Content reference 2 the viewer cannot read', { citation_id: 'bad_url', offset: 'twelve' }],
      ['Part of this message the viewer cannot read', { created_at: 1760000000 }],
    ]);
  });

  it('shows an item without an actor raw, under its message id', () => {
    const m = normalizeMoveworksMessage(
      { message_id: 'msg_2', content: { type: 'PLAIN_TEXT' } },
      'x',
    );
    expect(m.id).toBe('msg_2');
    expect(m.parts).toEqual([expect.objectContaining({ kind: 'raw' })]);
  });
});
