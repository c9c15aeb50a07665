import { describe, expect, it } from 'vitest';
import page from './fixtures/messages-page.json';
import { normalizeTelnyxPage, telnyxMessageDetails } from './normalize.ts';

describe('normalizeTelnyxPage', () => {
  const messages = normalizeTelnyxPage(page.data);

  it('matches the golden model', async () => {
    await expect(JSON.stringify(messages, null, 2)).toMatchFileSnapshot(
      './fixtures/messages-page.golden.json',
    );
  });

  it('derives ids that are stable across loads and distinct for identical twins', () => {
    const again = normalizeTelnyxPage(page.data);
    expect(again.map((m) => m.id)).toEqual(messages.map((m) => m.id));
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    // The same message on another page (shifted by a live conversation) keeps its id.
    expect(normalizeTelnyxPage([page.data[4]])[0]?.id).toBe(messages[4]?.id);
  });

  it('times messages by sent_at, and shows the delivery delay and latency', () => {
    const assistant = messages[4];
    expect(assistant?.time).toBe('2026-07-12T17:19:13.528Z');
    const details = telnyxMessageDetails(page.data[4]);
    expect(details).toContainEqual({ label: 'Delivery delay', value: '73 ms' });
    expect(details).toContainEqual({ label: 'Perceived latency', value: '2287 ms' });
  });

  it('keeps a null item as a raw part', () => {
    expect(messages.at(-1)?.parts[0]?.kind).toBe('raw');
  });

  it('keeps a message with one bad tool call or metadata value whole, the bad part raw', () => {
    const item = {
      role: 'assistant',
      text: 'Let me check.',
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } },
        { id: 'call_2', type: 'function', function: { arguments: '{}' } },
        { id: 3, type: 'function', function: { name: 'hangup' } },
      ],
      created_at: '2026-07-12T17:19:13.601Z',
      metadata: { end_user_perceived_latency_ms: '2287', llm_first_token_duration_ms: 410 },
    };
    const [m] = normalizeTelnyxPage([item]);
    expect(m?.time).toBe('2026-07-12T17:19:13.601Z');
    expect(m?.parts.map((p) => (p.kind === 'raw' ? p.note.split(':')[0] : p.kind))).toEqual([
      'text',
      'tool-call',
      'Tool call 2 the viewer cannot read',
      'tool-call',
      'Part of tool call 3 the viewer cannot read',
      'Part of its metadata the viewer cannot read',
    ]);
    expect(m?.parts[2]).toMatchObject({ value: item.tool_calls[1] });
    expect(m?.parts[3]).toMatchObject({ call: { name: 'hangup', argumentsText: '' } });
    expect(m?.parts[5]).toMatchObject({ value: { end_user_perceived_latency_ms: '2287' } });
    expect(telnyxMessageDetails(item)).toContainEqual({
      label: 'LLM first token',
      value: '410 ms',
    });
  });

  it('keeps a message whose metadata is not an object, the metadata raw', () => {
    const [m] = normalizeTelnyxPage([{ role: 'user', text: 'Hi', metadata: 'voice' }]);
    expect(m?.parts).toEqual([
      { kind: 'text', text: 'Hi', format: 'markdown' },
      expect.objectContaining({ kind: 'raw', value: { metadata: 'voice' } }),
    ]);
  });
});
