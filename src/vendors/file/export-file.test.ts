import { describe, expect, it } from 'vitest';
import { readTranscriptFile } from './read-file.ts';
import { exportOf, livePage, VENDORS } from './test-files.ts';

describe("readTranscriptFile: the viewer's own JSON export", () => {
  for (const vendor of VENDORS) {
    it(`${vendor}: reads back the same messages, order and parts`, async () => {
      const live = await livePage(vendor);
      const file = await readTranscriptFile(exportOf(vendor, live, `${vendor}-conv`));
      expect(file).toMatchObject({ vendor, kind: 'export', conversationId: `${vendor}-conv` });
      expect(file.pages.flatMap((p) => p.messages)).toEqual(live.messages);
      expect(file.pages.flatMap((p) => p.items)).toEqual(live.items);
      // Opening the export and exporting it again gives the same file.
      const again = file.pages[0];
      expect(again && exportOf(vendor, again, `${vendor}-conv`)).toBe(
        exportOf(vendor, live, `${vendor}-conv`),
      );
    });
  }

  it('reads an export whose personal data was replaced by placeholders', async () => {
    const live = await livePage('twilio');
    const redacted = exportOf('twilio', live).replaceAll('phone:+15551230000', '[phone 1]');
    const file = await readTranscriptFile(redacted);
    const first = file.pages[0]?.items[0];
    expect(
      typeof first === 'object' && first !== null && 'identity' in first && first.identity,
    ).toBe('[phone 1]');
    expect(file.pages[0]?.messages.map((m) => m.id)).toEqual(live.messages.map((m) => m.id));
  });

  it('shows a message exported without its payload as a raw part with the note', async () => {
    const live = await livePage('telnyx');
    const exported = JSON.parse(exportOf('telnyx', live));
    delete exported.messages[1].raw;
    exported.messages[1].note = 'The vendor no longer sends this message.';
    const file = await readTranscriptFile(JSON.stringify(exported));
    const message = file.pages[0]?.messages[1];
    expect(message?.id).toBe(live.messages[1]?.id);
    expect(message?.parts[0]).toMatchObject({
      kind: 'raw',
      note: 'The export holds no vendor payload for this message: The vendor no longer sends this message.',
    });
  });

  it('splits a long export into pages of 1,000 messages', async () => {
    const live = await livePage('twilio');
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...live.messages[0],
      id: `m${i}`,
      raw: { id: `m${i}`, role: 'user', content: { content: `message ${i}` } },
    }));
    const text = JSON.stringify({
      vendor: 'twilio',
      conversationId: 'c',
      exportedAt: '2026-01-01T00:00:00Z',
      complete: false,
      messages: many,
    });
    const file = await readTranscriptFile(text);
    expect(file.pages.map((p) => p.messages.length)).toEqual([1000, 1000, 500]);
    expect(file.complete).toBe(false);
    expect(file.pages[2]?.messages.at(-1)?.parts[0]).toEqual({
      kind: 'text',
      text: 'message 2499',
      format: expect.any(String),
    });
  });
});
