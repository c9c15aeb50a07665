import { describe, expect, it } from 'vitest';
import { pageFromPayloads } from '@/vendors/index.ts';
import { transcriptToJson } from '@/transcript/export.ts';
import { mergePages } from '@/transcript/merge.ts';
import type { Message } from '@/transcript/model.ts';
import { readTranscriptExport } from './export-reader.ts';

/** Telnyx payloads (docs/vendor-notes.md §2.4), oldest first: a tool call and its result. */
const telnyxItems = [
  { role: 'user', text: 'Where is </script> order 42?', sent_at: '2026-01-01T00:00:00Z' },
  {
    role: 'assistant',
    text: '',
    sent_at: '2026-01-01T00:00:01Z',
    tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{}' } }],
  },
  { role: 'tool', text: 'shipped', tool_call_id: 'c1', sent_at: '2026-01-01T00:00:02Z' },
];

describe('readTranscriptExport', () => {
  it('gives back the messages the JSON export was made of, from their payloads', async () => {
    const page = await pageFromPayloads('telnyx', telnyxItems);
    const messages = mergePages([page]);
    const payloads = new Map<Message, unknown>(page.messages.map((m, i) => [m, page.items[i]]));
    const head = { vendor: 'telnyx', conversationId: 'c-1', exportedAt: '2026-12-07T10:00:00Z' };
    const json = transcriptToJson({ ...head, complete: true }, messages, payloads);
    // The model beside `raw` is not what is read: the payload is.
    const tampered = json.replace('"output": "shipped"', '"output": "tampered"');
    expect(tampered).not.toBe(json);

    const read = await readTranscriptExport(tampered);
    expect(read).toMatchObject({ ...head, complete: true });
    expect(read.pages).toHaveLength(1);
    expect(mergePages(read.pages)).toEqual(messages);
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('shows a message exported without its payload as what the export says of it', async () => {
    const exported = {
      vendor: 'twilio',
      conversationId: 'c',
      exportedAt: 'x',
      complete: false,
      messages: [
        {
          id: 'a',
          role: 'user',
          time: '2026-01-01T00:00:00Z',
          raw: {
            id: 'a',
            role: 'user',
            content: { content: 'hi' },
            date_created: '2026-01-01T00:00:00Z',
          },
        },
        { id: 'b', role: 'assistant', time: '2026-01-01T00:00:05Z', parts: [], note: 'Gone.' },
      ],
    };
    const read = await readTranscriptExport(JSON.stringify(exported));
    expect(read.complete).toBe(false);
    const [first, second] = mergePages(read.pages);
    expect(first).toMatchObject({ id: 'a', role: 'user', parts: [{ kind: 'text', text: 'hi' }] });
    expect(second).toMatchObject({
      id: 'b',
      role: 'assistant',
      timeMs: Date.UTC(2026, 0, 1, 0, 0, 5),
    });
    expect(second?.parts).toEqual([{ kind: 'raw', note: 'Gone.', value: exported.messages[1] }]);
  });

  it('refuses what is not a JSON export', async () => {
    await expect(readTranscriptExport('null')).rejects.toThrow();
    await expect(
      readTranscriptExport('{"vendor":"acme","conversationId":"c","messages":[]}'),
    ).rejects.toThrow(/vendor/);
    await expect(readTranscriptExport('<html>')).rejects.toThrow(SyntaxError);
  });
});
