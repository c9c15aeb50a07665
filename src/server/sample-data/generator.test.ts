import { describe, expect, it } from 'vitest';
import {
  buildSampleDataset,
  encodeMoveworks,
  encodeTelnyx,
  encodeTwilio,
  GENERATED_END_TEXT,
  GENERATED_MARKER_WORD,
  GENERATED_START_TEXT,
  generateConversation,
  SAMPLE_IDS,
} from './index.ts';

function counts(n: number, seed: number): number[] {
  const script = generateConversation(n, seed);
  return [encodeTwilio(script), encodeTelnyx(script), encodeMoveworks(script)].map(
    (r) => r.messages.length,
  );
}

describe('generateConversation', () => {
  const data = buildSampleDataset();
  const twilio = data.twilio.find((r) => r.session.id === SAMPLE_IDS.twilio.generated5000);
  const telnyx = data.telnyx.find((r) => r.conversation.id === SAMPLE_IDS.telnyx.generated5000);
  const moveworks = data.moveworks.find(
    (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.generated5000,
  );

  it('has exactly 5,000 messages per vendor, named as such', () => {
    expect(twilio?.messages).toHaveLength(5000);
    expect(telnyx?.messages).toHaveLength(5000);
    expect(moveworks?.messages).toHaveLength(5000);
    expect(telnyx?.conversation.name).toContain('5,000 messages');
    expect(moveworks?.conversation.title).toContain('5,000 messages');
    expect(twilio?.session.identity).toContain('5,000-messages');
  });

  it('starts, ends and marks index 4,990 with fixed text', () => {
    const texts = telnyx?.messages.map((m) => m.text) ?? [];
    expect(telnyx?.messages[0]?.role).toBe('user');
    expect(texts[0]?.startsWith(GENERATED_START_TEXT)).toBe(true);
    expect(texts.at(-1)).toContain(GENERATED_END_TEXT);
    expect(texts.findIndex((t) => t.includes(GENERATED_MARKER_WORD))).toBe(4990);
    expect(texts.filter((t) => t.includes(GENERATED_MARKER_WORD))).toHaveLength(1);
    expect(JSON.stringify(twilio?.messages.at(-1)?.content)).toContain(GENERATED_END_TEXT);
    expect(JSON.stringify(moveworks?.messages[4990]?.content)).toContain(GENERATED_MARKER_WORD);
  });

  it('has strictly increasing timestamps for every vendor', () => {
    const series = [
      twilio?.messages.map((m) => m.date_created) ?? [],
      telnyx?.messages.map((m) => m.created_at) ?? [],
      telnyx?.messages.map((m) => m.sent_at ?? '') ?? [],
      moveworks?.messages.map((m) => m.created_at) ?? [],
    ];
    for (const stamps of series) {
      for (let i = 1; i < stamps.length; i++)
        expect((stamps[i] ?? '') > (stamps[i - 1] ?? '')).toBe(true);
      expect(stamps[0]?.startsWith('2026-')).toBe(true);
      expect(stamps.at(-1)?.startsWith('2026-')).toBe(true);
    }
  });

  it('calls tools in about 30% of assistant turns and uses Markdown sometimes', () => {
    const assistant = telnyx?.messages.filter((m) => m.role === 'assistant') ?? [];
    const share = assistant.filter((m) => m.tool_calls).length / assistant.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(assistant.some((m) => m.text.includes('```'))).toBe(true);
    expect(assistant.some((m) => m.text.length > 1000)).toBe(true);
  });

  it('yields exactly n messages for every vendor and small or odd n', () => {
    for (const n of [1, 2, 3, 10, 11, 12, 13, 14, 15, 27, 1000, 1001]) {
      expect(counts(n, 7), `n = ${n}`).toEqual([n, n, n]);
    }
  });

  it('is deterministic per seed and differs across seeds', () => {
    expect(generateConversation(300, 1)).toEqual(generateConversation(300, 1));
    expect(generateConversation(300, 1).turns).not.toEqual(generateConversation(300, 2).turns);
  });

  it('generates 100,000 messages quickly', () => {
    const started = performance.now();
    const script = generateConversation(100_000, 3);
    // ≈ 0.3–0.5 s on a busy 2-core box; the bound leaves room for loaded CI machines.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(encodeTelnyx(script).messages).toHaveLength(100_000);
  });

  it('rejects a non-positive or fractional n', () => {
    expect(() => generateConversation(0, 1)).toThrow(RangeError);
    expect(() => generateConversation(2.5, 1)).toThrow(RangeError);
  });
});
