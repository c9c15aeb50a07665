import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/server/sample-backend/dataset.ts';
import {
  SAMPLE_CORPUS_FILES as files,
  SAMPLE_SYSTEM_PROMPT as SYSTEM,
} from '../src/server/sample-data/corpus/sample-corpus.ts';
import { convertCorpus, convertFiles, parseCli } from './convert-corpus.ts';

describe('convertFiles', () => {
  const data: Dataset = convertFiles(files, 40);
  const [arenaJa, arenaHaiku, tb, t2] = [0, 1, 2, 3];

  it('makes one record per chat and vendor, deterministically, foreign-script questions first', () => {
    for (const vendor of ['twilio', 'telnyx', 'moveworks'] as const)
      expect(data[vendor]).toHaveLength(4);
    expect(convertFiles(files, 40)).toEqual(data);
    expect(data.telnyx[arenaJa]?.messages[0]?.text).toBe('日本語で説明して');
    expect(data.telnyx[arenaHaiku]?.messages[1]?.text).toBe('```text\nold pond\n```');
    expect(convertFiles(files, 1).telnyx).toHaveLength(3);
  });

  it('keeps text verbatim and pairs reused tool ids by order (Twilio)', () => {
    const messages = data.twilio[tb]?.messages ?? [];
    expect(messages[0]).toMatchObject({ role: 'system', content: { content: SYSTEM } });
    const tools = messages.filter((m) => m.role === 'tool');
    expect(tools.map((m) => m.content)).toEqual([
      { name: 'get_user_details', input: { user_id: 'mia_li_3668' }, output: '{"name": "Mia"}' },
      { name: 'search_direct_flight', input: { origin: 'JFK' }, output: '' },
    ]);
    expect(messages.at(-1)?.content).toEqual({ content: '###STOP###' });
    expect(data.twilio[tb]?.session.identity).toBe('user_id:mia_li_3668');
    const failed = data.twilio[t2]?.messages.find((m) => m.content.name === 'get_plan');
    expect(failed?.meta.status_code).toBe(400);
    expect(failed?.content.output).toBe('Error: plan not found');
  });

  it('drops the system prompt and keeps raw argument strings (Telnyx)', () => {
    const messages = data.telnyx[tb]?.messages ?? [];
    expect(messages.map((m) => m.role)).not.toContain('system');
    expect(messages[1]?.tool_calls?.[0]?.function.arguments).toBe('{"user_id":"mia_li_3668"}');
    expect(messages[1]?.text).toBe('');
    const t2m = data.telnyx[t2]?.messages ?? [];
    expect(t2m[1]).toMatchObject({ role: 'user', text: '', tool_calls: [{ id: 'call_U' }] });
    expect(t2m[0]?.sent_at).toBe('2025-10-05T07:52:01.055Z');
    expect(t2m.filter((m) => m.role === 'tool').map((m) => m.tool_call_id)).toEqual([
      'call_U',
      'call_1',
      'call_2',
    ]);
  });

  it('tells assistant tool results as prose and skips user-side tools (Moveworks)', () => {
    const messages = data.moveworks[t2]?.messages ?? [];
    expect(messages[0]?.created_at).toBe('2025-10-05T07:52:01.055084Z');
    const texts = messages.map((m) => JSON.stringify(m.content));
    expect(texts.some((t) => t.includes('run_speed_test') || t.includes('0.2 Mbps'))).toBe(false);
    expect(texts.some((t) => t.includes('get_line'))).toBe(true);
    expect(data.moveworks[tb]?.messages.some((m) => m.actor === 'ASSISTANT')).toBe(true);
  });
});

describe('convertCorpus and the CLI', () => {
  const out = mkdtempSync(join(tmpdir(), 'convert-corpus-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes empty vendor folders when the corpus is missing', () => {
    const summary = convertCorpus({
      corpusDir: join(out, 'nope'),
      outDir: join(out, 'empty'),
      limit: 5,
    });
    expect(summary.corpusFound).toBe(false);
    for (const vendor of ['twilio', 'telnyx', 'moveworks'])
      expect(readdirSync(join(out, 'empty', vendor))).toEqual([]);
  });

  const corpus = resolve(import.meta.dirname, '../../shared/corpus');
  it.skipIf(!existsSync(corpus))('converts the real corpus', () => {
    const summary = convertCorpus({ corpusDir: corpus, outDir: join(out, 'real'), limit: 2 });
    expect(summary.corpusFound).toBe(true);
    for (const v of summary.vendors) {
      const names = readdirSync(join(out, 'real', v.vendor));
      expect(names).toHaveLength(v.conversations);
      expect(v.conversations).toBeGreaterThanOrEqual(10);
      const record: unknown = JSON.parse(
        readFileSync(join(out, 'real', v.vendor, names[0] ?? ''), 'utf8'),
      );
      expect(record).toHaveProperty('messages');
    }
  });

  it('parses options', () => {
    expect(parseCli(['--out', 'x', '--limit', '3'])).toMatchObject({
      outDir: resolve('x'),
      limit: 3,
    });
    expect(() => parseCli([])).toThrow(RangeError);
    expect(() => parseCli(['--out', 'x', '--limit', '0'])).toThrow(RangeError);
  });
});
