import { describe, expect, it } from 'vitest';
import { memoryHttp } from '../memory-http.ts';
import moveworksPage from '../moveworks/fixtures/messages-page.json';
import { createTelnyxVendor } from '../telnyx/client.ts';
import telnyxPage from '../telnyx/fixtures/messages-page.json';
import twilioPage from '../twilio/fixtures/messages-page.json';
import { readTranscriptFile } from './read-file.ts';
import { failure, livePage, responses, telnyxPages, VENDORS } from './test-files.ts';

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
