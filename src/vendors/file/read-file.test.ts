import { describe, expect, it } from 'vitest';
import { transcriptToJson } from '@/transcript/export.ts';
import type { Message, MessagePage } from '@/transcript/model.ts';
import { memoryHttp } from '../memory-http.ts';
import { createMoveworksVendor } from '../moveworks/client.ts';
import moveworksPage from '../moveworks/fixtures/messages-page.json';
import { createTelnyxVendor } from '../telnyx/client.ts';
import telnyxPage from '../telnyx/fixtures/messages-page.json';
import { createTwilioVendor } from '../twilio/client.ts';
import twilioPage from '../twilio/fixtures/messages-page.json';
import type { VendorId } from '../types.ts';
import { readTranscriptFile } from './read-file.ts';
import { FileShapeError } from './shape-error.ts';

const responses = {
  twilio: { body: twilioPage, vendor: createTwilioVendor(memoryHttp(twilioPage)) },
  telnyx: { body: telnyxPage, vendor: createTelnyxVendor(memoryHttp(telnyxPage)) },
  moveworks: { body: moveworksPage, vendor: createMoveworksVendor(memoryHttp(moveworksPage)) },
} as const;

const VENDORS = ['twilio', 'telnyx', 'moveworks'] as const;

/** The page the vendor's live client makes of the same body. */
function livePage(vendor: VendorId): Promise<MessagePage> {
  return responses[vendor].vendor.fetchMessages('conversation', null);
}

/** A JSON export of `page`'s messages with their payloads, as the Export menu writes it. */
function exportOf(vendor: VendorId, page: MessagePage, conversationId = 'c-1'): string {
  const payloads = new Map<Message, unknown>(page.messages.map((m, i) => [m, page.items[i]]));
  const head = { vendor, conversationId, exportedAt: '2026-01-01T00:00:00Z', complete: true };
  return transcriptToJson(head, page.messages, payloads);
}

/** What the file's reader is expected to fail with: where, and a part of the detail. */
async function failure(text: string): Promise<FileShapeError> {
  const error = await readTranscriptFile(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileShapeError)) throw new Error(`no FileShapeError: ${String(error)}`);
  return error;
}

describe('readTranscriptFile: one vendor response as sent', () => {
  for (const vendor of VENDORS) {
    it(`${vendor}: tells the vendor from the shape and reads it as the live client does`, async () => {
      const file = await readTranscriptFile(JSON.stringify(responses[vendor].body, null, 2));
      const live = await livePage(vendor);
      expect(file.vendor).toBe(vendor);
      expect(file.kind).toBe('response');
      expect(file.pages).toHaveLength(1);
      expect(file.pages[0]?.messages).toEqual(live.messages);
      expect(file.pages[0]?.items).toEqual(live.items);
      expect(file.pages[0]?.nextCursor).toBeNull();
    });
  }

  it('names the conversation where the messages do (Twilio session_id, Moveworks conversation_id)', async () => {
    expect((await readTranscriptFile(JSON.stringify(twilioPage))).conversationId).toBe(
      'conversations__IS0000/CH0000',
    );
    expect((await readTranscriptFile(JSON.stringify(moveworksPage))).conversationId).toBe(
      'conv_fixture',
    );
    expect((await readTranscriptFile(JSON.stringify(telnyxPage))).conversationId).toBeUndefined();
  });

  it('allows a byte-order mark', async () => {
    const file = await readTranscriptFile(`\uFEFF${JSON.stringify(telnyxPage)}`);
    expect(file.vendor).toBe('telnyx');
  });
});

/** The Telnyx fixture as two pages of one conversation, newest first. */
function telnyxPages() {
  const half = Math.ceil(telnyxPage.data.length / 2);
  const meta = { total_pages: 2, total_results: telnyxPage.data.length, page_size: half };
  return [
    { data: telnyxPage.data.slice(0, half), meta: { ...meta, page_number: 1 } },
    { data: telnyxPage.data.slice(half), meta: { ...meta, page_number: 2 } },
  ];
}

describe('readTranscriptFile: several responses of one conversation', () => {
  it('reads a JSON array of pages, in order, each as the live client reads it', async () => {
    const file = await readTranscriptFile(JSON.stringify(telnyxPages()));
    expect(file).toMatchObject({ vendor: 'telnyx', kind: 'responses' });
    expect(file.pages.map((p) => p.items)).toEqual(telnyxPages().map((p) => p.data));
    const live = await Promise.all(
      telnyxPages().map((p) => createTelnyxVendor(memoryHttp(p)).fetchMessages('c', null)),
    );
    expect(file.pages.map((p) => p.messages)).toEqual(live.map((p) => p.messages));
    expect(file.pages[1]?.numbered).toEqual({ page: 2, pages: 2 });
  });

  it('reads NDJSON, one page a line, with CRLF and blank lines', async () => {
    const text = telnyxPages()
      .map((p) => JSON.stringify(p))
      .join('\r\n\r\n');
    const file = await readTranscriptFile(`${text}\r\n`);
    expect(file.kind).toBe('responses');
    expect(file.pages).toHaveLength(2);
    const fromArray = await readTranscriptFile(JSON.stringify(telnyxPages()));
    expect(file.pages).toEqual(fromArray.pages);
  });

  it('refuses pages of two vendors or of two conversations, naming the line', async () => {
    const mixed = [JSON.stringify(twilioPage), JSON.stringify(moveworksPage)].join('\n');
    expect(await failure(mixed)).toMatchObject({ where: 'line 2' });
    expect((await failure(mixed)).detail).toMatch(/moveworks response, line 1 a twilio one/);
    const other = {
      ...twilioPage,
      messages: twilioPage.messages.map((m) =>
        typeof m === 'object' && m !== null ? { ...m, session_id: 'other' } : m,
      ),
    };
    const two = await failure(JSON.stringify([twilioPage, other]));
    expect(two.where).toBe('[1]');
    expect(two.detail).toMatch(/conversation other, \[0\] of conversations__IS0000\/CH0000/);
  });
});

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

describe('readTranscriptFile: a file that is none of these says where it differs', () => {
  const cases: { name: string; text: string; where: string; detail: RegExp }[] = [
    { name: 'empty', text: ' \n', where: 'the file', detail: /is empty/ },
    { name: 'not JSON', text: '<html>', where: 'the file', detail: /is not JSON/ },
    {
      name: 'NDJSON with a bad line',
      text: `${JSON.stringify(telnyxPage)}\n${JSON.stringify(telnyxPage)}\n{"data": [}\n`,
      where: 'line 3',
      detail: /is not JSON/,
    },
    { name: 'a number', text: '42', where: 'the file', detail: /is a number/ },
    { name: 'an empty array', text: '[]', where: 'the file', detail: /holds no response/ },
    {
      name: 'an object of other keys',
      text: '{"items": [], "page": 1}',
      where: 'the file',
      detail: /keys items, page: none of messages/,
    },
    {
      name: 'messages without meta or metadata',
      text: '{"messages": []}',
      where: 'the file',
      detail: /neither meta \(Twilio\) nor metadata \(Moveworks\)/,
    },
    {
      name: 'a Telnyx page without its page count',
      text: '{"data": [], "meta": {"page_number": 1, "page_size": 20, "total_results": 0}}',
      where: 'meta.total_pages',
      detail: /expected number/,
    },
    {
      name: 'a Twilio page whose messages is not a list',
      text: '{"messages": {}, "meta": {}}',
      where: 'messages',
      detail: /expected array/,
    },
    {
      name: 'an array holding a message rather than a page',
      text: `[${JSON.stringify(telnyxPage)}, {"role": "user", "text": "hi"}]`,
      where: '[1]',
      detail: /keys role, text/,
    },
    {
      name: 'an export whose message has no id',
      text: '{"vendor": "twilio", "conversationId": "c", "exportedAt": "x", "messages": [{"id": "a"}, {"raw": {}}]}',
      where: 'messages[1].id',
      detail: /expected string/,
    },
    {
      name: 'an export of an unknown vendor',
      text: '{"vendor": "acme", "conversationId": "c", "exportedAt": "x", "messages": []}',
      where: 'vendor',
      detail: /twilio/,
    },
  ];
  for (const { name, text, where, detail } of cases) {
    it(name, async () => {
      const error = await failure(text);
      expect(error.where).toBe(where);
      expect(error.detail).toMatch(detail);
    });
  }
});
