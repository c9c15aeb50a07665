import { describe, expect, it } from 'vitest';
import type { MoveworksContentWire } from '../sample-backend/dataset.ts';
import { ACCOUNT_SIZE, buildSampleDataset, SAMPLE_IDS } from './index.ts';

const data = buildSampleDataset();

function bodyText(content: MoveworksContentWire): string {
  if (content.type === 'PLAIN_TEXT') return content.plain_text.text;
  if (content.type === 'MARKDOWN_TEXT') return content.markdown_text.text;
  if (content.type === 'COMMONMARK_TEXT') return content.commonmark_text.text;
  return '';
}

describe('Twilio records (docs/vendor-notes.md §1.8)', () => {
  // The resent sample sends one message twice on purpose (below).
  const all = data.twilio
    .filter((r) => r.session.id !== SAMPLE_IDS.twilio.resent)
    .flatMap((r) => r.messages);
  it('uses aia_msg_ ids, known roles, and both user/assistant content shapes', () => {
    for (const m of all) expect(m.id).toMatch(/^aia_msg_[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    expect(new Set(all.map((m) => m.role))).toEqual(
      new Set(['user', 'assistant', 'tool', 'knowledge', 'agent']),
    );
    const keys = new Set(
      all.filter((m) => m.role === 'assistant').map((m) => Object.keys(m.content).join()),
    );
    expect([...keys].sort()).toEqual(['blocks', 'content', 'output', 'text']);
  });
  it('has knowledge messages with sources and one empty one', () => {
    const session = data.twilio.find((r) => r.session.id === SAMPLE_IDS.twilio.knowledge);
    const knowledge = session?.messages.filter((m) => m.role === 'knowledge') ?? [];
    expect(
      knowledge.some(
        (m) => Array.isArray(m.content.sources) && typeof m.meta.knowledge_id === 'string',
      ),
    ).toBe(true);
    expect(
      knowledge.some(
        (m) => Object.keys(m.content).length === 0 && Object.keys(m.meta).length === 0,
      ),
    ).toBe(true);
  });
  it('has identities of every documented kind', () => {
    const kinds = new Set(data.twilio.map((r) => r.session.identity.split(':')[0]));
    expect([...kinds].sort()).toEqual(['email', 'phone', 'user_id', 'whatsapp']);
  });
});

describe('Telnyx records (docs/vendor-notes.md §2.4, §2.7)', () => {
  const all = data.telnyx.flatMap((r) => r.messages);
  it('pairs every tool_call id with exactly one tool result in the same conversation', () => {
    for (const record of data.telnyx.filter(
      (r) => r.conversation.id !== SAMPLE_IDS.telnyx.resent,
    )) {
      const calls = record.messages.flatMap((m) => (m.tool_calls ?? []).map((c) => c.id));
      const results = record.messages.filter((m) => m.role === 'tool').map((m) => m.tool_call_id);
      expect(new Set(calls).size).toBe(calls.length);
      expect([...results].sort()).toEqual([...calls].sort());
    }
  });
  it('uses tool_calls null on ordinary turns and JSON-string arguments', () => {
    for (const m of all) {
      if (m.role !== 'assistant') expect(m.tool_calls).toBeNull();
      for (const c of m.tool_calls ?? [])
        expect(() => JSON.parse(c.function.arguments)).not.toThrow();
      expect(Date.parse(m.sent_at ?? '')).toBeLessThanOrEqual(Date.parse(m.created_at));
    }
  });
  it('has text with tool calls, parallel calls, a non-JSON result and voice latency', () => {
    const record = data.telnyx.find(
      (r) => r.conversation.id === SAMPLE_IDS.telnyx.parallelToolCalls,
    );
    const messages = record?.messages ?? [];
    expect(messages.some((m) => m.text !== '' && (m.tool_calls?.length ?? 0) >= 2)).toBe(true);
    expect(messages.some((m) => m.role === 'tool' && m.text === 'Call ended')).toBe(true);
    expect(
      messages.some((m) => typeof m.metadata?.end_user_perceived_latency_ms === 'number'),
    ).toBe(true);
    expect(record?.conversation.metadata.telnyx_conversation_channel).toBe('phone_call');
    expect(
      all.some((m) => m.role === 'assistant' && m.text === '' && m.tool_calls?.length === 1),
    ).toBe(true);
  });
});

describe('Moveworks records (docs/vendor-notes.md §3.3, §3.4)', () => {
  it('uses the documented id formats and response grouping', () => {
    for (const record of data.moveworks) {
      const id = record.conversation.conversation_id;
      if (id !== SAMPLE_IDS.moveworks.specialChars) expect(id).toMatch(/^conv_[0-9A-Za-z]{22}$/);
      for (const m of record.messages) {
        expect(m.message_id).toMatch(/^msg_[0-9A-Za-z]+$/);
        expect(m.response_id).toMatch(/^resp_[0-9A-Za-z]+$/);
        expect(m.created_at).toMatch(/\.\d{6}Z$/);
        // A user types plain text, or presses an offered button.
        if (m.actor === 'USER')
          expect(['PLAIN_TEXT', 'CALLBACK_ACTION_CONTENT']).toContain(m.content.type);
      }
      const userResponses = record.messages
        .filter((m) => m.actor === 'USER')
        .map((m) => m.response_id);
      expect(new Set(userResponses).size).toBe(userResponses.length);
    }
  });
  it('puts content_references at valid code-point offsets, ascending, just after punctuation', () => {
    let refs = 0;
    for (const m of data.moveworks.flatMap((r) => r.messages)) {
      const chars = Array.from(bodyText(m.content));
      const ids = new Set((m.citations ?? []).map((c) => c.citation_id));
      let previous = 0;
      for (const ref of m.content_references ?? []) {
        refs++;
        expect(Number.isInteger(ref.offset)).toBe(true);
        expect(ref.offset).toBeGreaterThanOrEqual(previous);
        expect(ref.offset).toBeLessThanOrEqual(chars.length);
        expect(chars[ref.offset - 1]).toMatch(/[.!?。]/);
        expect(ids.has(ref.citation_id)).toBe(true);
        previous = ref.offset;
      }
    }
    expect(refs).toBeGreaterThanOrEqual(6);
  });
  it('has several citations at one offset, a Slack link and emoji shortcodes', () => {
    const record = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.citations,
    );
    const cited = record?.messages.find((m) => m.content_references?.length);
    const offsets = (cited?.content_references ?? []).map((r) => r.offset);
    expect(offsets.length - new Set(offsets).size).toBeGreaterThanOrEqual(2);
    const text = cited ? bodyText(cited.content) : '';
    expect(text).toMatch(/<https:\/\/[^|>]+\|[^>]+>/);
    expect(text).toMatch(/:[a-z_]+:/);
    const titles = (cited?.citations ?? []).map((c) => bodyText(c.display.title));
    expect(titles.some((t) => /^:[a-z_]+: /.test(t))).toBe(true);
  });
  it('uses the deprecated location.offset with content_references null in one conversation', () => {
    const record = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.legacyCitations,
    );
    const cited = record?.messages.filter((m) => m.citations?.length) ?? [];
    expect(cited.length).toBeGreaterThan(0);
    for (const m of cited) {
      expect(m.content_references).toBeNull();
      expect(m.content.type).toBe('COMMONMARK_TEXT');
      const length = Array.from(bodyText(m.content)).length;
      for (const c of m.citations ?? []) expect(c.location?.offset).toBeLessThanOrEqual(length);
    }
  });
  it('counts offsets in code points where they differ from UTF-16 units', () => {
    const record = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.nonLatin,
    );
    const cited = record?.messages.find((m) => m.content_references?.length);
    const text = cited ? bodyText(cited.content) : '';
    const offset = cited?.content_references?.[0]?.offset ?? -1;
    expect(Array.from(text).slice(0, offset).join('')).toMatch(/お届け予定です。$/);
    expect(text.length).toBeGreaterThan(Array.from(text).length);
  });
});

describe('the resent sample', () => {
  it('sends one message twice: newest first, on page 1 and on page 2 of 100', () => {
    const records = [
      data.twilio.find((r) => r.session.id === SAMPLE_IDS.twilio.resent),
      data.telnyx.find((r) => r.conversation.id === SAMPLE_IDS.telnyx.resent),
      data.moveworks.find((r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.resent),
    ];
    for (const record of records) {
      const messages: unknown[] = record?.messages ?? [];
      expect(messages).toHaveLength(251);
      const keys = messages.map((m) => JSON.stringify(m));
      const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
      expect(twice).toHaveLength(1);
      // Positions counted from the newest: the copy in the first 100, the original after them.
      const fromNewest = keys.flatMap((key, i) => (key === twice[0] ? [250 - i] : []));
      expect(fromNewest).toEqual([101, 99]);
    }
  });
});

describe('Moveworks interactions (docs/vendor-notes.md §3.3)', () => {
  it('offers buttons, presses one by its callback id, and hands off to a live agent', () => {
    const record = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.passwordReset,
    );
    const messages = record?.messages ?? [];
    const offer = messages.find((m) => m.actions?.length);
    const callbacks = (offer?.actions ?? []).flatMap((a) =>
      a.type === 'CALLBACK_ACTION' ? [a.callback_action.callback_id] : [],
    );
    const press = messages.find((m) => m.content.type === 'CALLBACK_ACTION_CONTENT');
    expect(press?.content).toEqual({
      type: 'CALLBACK_ACTION_CONTENT',
      callback_action: { callback_id: callbacks[0] },
    });
    const agent = messages.at(-1);
    expect(agent?.actor).toBe('LIVE_AGENT');
    expect(agent?.sender_info?.display_name).toMatch(/Dana/);
    const offerAt = messages.findIndex((m) => m.actions?.length);
    expect(offerAt).toBeGreaterThanOrEqual(0);
    expect(messages.findIndex((m) => m === press)).toBeGreaterThan(offerAt);
  });

  it('files a late reply under the request before the current one', () => {
    const record = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.passwordReset,
    );
    const messages = record?.messages ?? [];
    const late = messages.findIndex((m) => bodyText(m.content).startsWith('Update on your reset'));
    const requests = messages.filter((m) => m.actor === 'USER').map((m) => m.response_id);
    // The message before it is the second request; the reply is filed under the first.
    expect(messages[late - 1]?.response_id).toBe(requests[1]);
    expect(messages[late]?.response_id).toBe(requests[0]);
    expect(messages[late + 1]?.response_id).toBe(requests[1]);
  });

  it('archives the warranty conversation and one in 37 of the account', () => {
    const archived = data.moveworks.filter((r) => r.conversation.archived === true);
    const ids = archived.map((r) => r.conversation.conversation_id);
    expect(ids).toContain(SAMPLE_IDS.moveworks.archived);
    expect(ids.length).toBe(1 + Math.ceil((ACCOUNT_SIZE - 7) / 37));
  });
});
