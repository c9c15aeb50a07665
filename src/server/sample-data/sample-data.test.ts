import { describe, expect, it } from 'vitest';
import type { Dataset } from '../sample-backend/dataset.ts';
import { buildSampleDataset, SAMPLE_IDS } from './index.ts';

const data: Dataset = buildSampleDataset();
const vendors = ['twilio', 'telnyx', 'moveworks'] as const;

/** Each record of `vendor` without its messages (reading those would encode them). */
function headersOf(d: Dataset, vendor: (typeof vendors)[number]): string {
  if (vendor === 'twilio') return JSON.stringify(d.twilio.map((r) => r.session));
  if (vendor === 'telnyx') return JSON.stringify(d.telnyx.map((r) => [r.conversation, r.insights]));
  return JSON.stringify(d.moveworks.map((r) => r.conversation));
}

function idsOf(vendor: (typeof vendors)[number]): string[] {
  if (vendor === 'twilio') return data.twilio.map((r) => r.session.id);
  if (vendor === 'telnyx') return data.telnyx.map((r) => r.conversation.id);
  return data.moveworks.map((r) => r.conversation.conversation_id);
}

describe('buildSampleDataset', () => {
  it('is deterministic', () => {
    const again = buildSampleDataset();
    // Every record's conversation, and the messages of the scripts and of a spread of the
    // account's conversations (reading them all would encode the whole account twice).
    for (const vendor of vendors) {
      const records = data[vendor];
      expect(headersOf(again, vendor)).toBe(headersOf(data, vendor));
      for (let i = 0; i < records.length; i += i < 20 ? 1 : 997) {
        expect(JSON.stringify(again[vendor][i]?.messages)).toBe(
          JSON.stringify(records[i]?.messages),
        );
      }
    }
  });

  it.each(vendors)('%s has every conversation SAMPLE_IDS names, with unique ids', (vendor) => {
    const ids = idsOf(vendor);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [name, value] of Object.entries(SAMPLE_IDS[vendor])) {
      const id = typeof value === 'string' ? value : value.id;
      expect(ids, name).toContain(id);
    }
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it('gives each vendor an id with "/", ":" and "." in it', () => {
    for (const vendor of vendors) {
      const id = SAMPLE_IDS[vendor].specialChars;
      expect(id).toMatch(/\//);
      expect(id).toMatch(/:/);
      expect(id).toMatch(/\./);
    }
  });

  it('keeps every timestamp in 2026 and conversations on distinct dates', () => {
    const stamps = [
      ...data.twilio.flatMap((r) => r.messages.map((m) => m.date_created)),
      ...data.telnyx.flatMap((r) => r.messages.flatMap((m) => [m.created_at, m.sent_at ?? ''])),
      ...data.moveworks.flatMap((r) => r.messages.map((m) => m.created_at)),
    ];
    for (const s of stamps) expect(s).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6})?Z$/);
    const starts = data.twilio.map((r) => r.session.date_created);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('has the ordinary conversation’s first and last text in order for every vendor', () => {
    const tw = data.twilio.find((r) => r.session.id === SAMPLE_IDS.twilio.ordinary.id);
    expect(tw?.messages[0]?.content).toEqual({ content: SAMPLE_IDS.twilio.ordinary.firstText });
    expect(tw?.messages.at(-1)?.content).toEqual({ output: SAMPLE_IDS.twilio.ordinary.lastText });
    const tx = data.telnyx.find((r) => r.conversation.id === SAMPLE_IDS.telnyx.ordinary.id);
    expect(tx?.messages[0]?.text).toBe(SAMPLE_IDS.telnyx.ordinary.firstText);
    expect(tx?.messages.at(-1)?.text).toBe(SAMPLE_IDS.telnyx.ordinary.lastText);
    const mw = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.ordinary.id,
    );
    expect(mw?.messages[0]?.content).toEqual({
      type: 'PLAIN_TEXT',
      plain_text: { text: SAMPLE_IDS.moveworks.ordinary.firstText },
    });
    expect(mw?.messages.at(-1)?.content).toEqual({
      type: 'MARKDOWN_TEXT',
      markdown_text: { text: SAMPLE_IDS.moveworks.ordinary.lastText },
    });
  });

  it('has Markdown with json and bash fences, a GFM table, nested lists and non-Latin text', () => {
    for (const vendor of vendors) {
      const all = JSON.stringify(data[vendor].slice(0, -1));
      expect(all).toContain('```json');
      expect(all).toContain('```bash');
      expect(all).toContain('| --- |');
      expect(all).toMatch(/\\n {2,}- /);
      for (const script of [
        /[\u3040-\u30ff]/,
        /[\u0600-\u06ff]/,
        /[\u0400-\u04ff]/,
        /\p{Extended_Pictographic}/u,
      ]) {
        expect(all).toMatch(script);
      }
    }
  });

  it('has a 10+ tool-call conversation with a failing call for every vendor', () => {
    const tw = data.twilio.find((r) => r.session.id === SAMPLE_IDS.twilio.toolHeavy);
    const tools = tw?.messages.filter((m) => m.role === 'tool') ?? [];
    expect(tools.length).toBeGreaterThanOrEqual(10);
    expect(
      tools.some((m) => m.meta.status_code === 500 && m.content.output === 'Tool request failed'),
    ).toBe(true);
    const tx = data.telnyx.find((r) => r.conversation.id === SAMPLE_IDS.telnyx.toolHeavy);
    expect(tx?.messages.flatMap((m) => m.tool_calls ?? []).length).toBeGreaterThanOrEqual(10);
    const mw = data.moveworks.find(
      (r) => r.conversation.conversation_id === SAMPLE_IDS.moveworks.toolHeavy,
    );
    expect(JSON.stringify(mw)).toContain('**failed**');
  });
});
