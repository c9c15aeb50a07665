/**
 * Converts the shared corpus of real OpenAI-style chats (the `raw/` folder of the corpus `scripts/convert-corpus.ts` reads) into the three
 * vendors' wire records, through the same Script form and encoders as the built-in samples.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Dataset } from '../../sample-backend/dataset.ts';
import { encodeMoveworks } from '../encode/moveworks.ts';
import { encodeTelnyx } from '../encode/telnyx.ts';
import { encodeTwilio } from '../encode/twilio.ts';
import { arenaChats } from './arena.ts';
import { draftToScript, type ChatDraft } from './draft.ts';
import { tauBenchChats } from './openai.ts';
import { tau2Chats } from './tau2.ts';

/** One corpus file: its path relative to the corpus `raw` folder, and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/**
 * Reads the chats of one file, choosing the reader by shape: `*.jsonl` → arena-hard answers
 * (`question.jsonl` is skipped), a JSON array → tau-bench, `{simulations}` → tau2-bench.
 * Unknown shapes yield no chats. At most `limit` chats per file.
 * @throws SyntaxError when the file is not valid JSON / JSON Lines.
 */
export function chatsFromFile(file: CorpusFile, limit: number): ChatDraft[] {
  if (file.path.endsWith('.jsonl')) {
    return basename(file.path) === 'question.jsonl' ? [] : arenaChats(file.text, file.path, limit);
  }
  const data: unknown = JSON.parse(file.text);
  if (Array.isArray(data)) return tauBenchChats(data, file.path, limit);
  if (typeof data === 'object' && data !== null && 'simulations' in data)
    return tau2Chats(data, file.path, limit);
  return [];
}

/**
 * Converts in-memory corpus files into a {@link Dataset}: one record per chat and vendor, in
 * file order (files as given), with at most `limit` chats per file. Deterministic.
 */
export function convertFiles(files: readonly CorpusFile[], limit: number): Dataset {
  const scripts = files.flatMap((f) => chatsFromFile(f, limit)).map(draftToScript);
  return {
    twilio: scripts.map(encodeTwilio),
    telnyx: scripts.map(encodeTelnyx),
    moveworks: scripts.map(encodeMoveworks),
  };
}

/** `*.json` and `*.jsonl` files below `dir`, recursively, sorted by path for determinism. */
export function listCorpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listCorpusFiles(path);
      return /\.jsonl?$/.test(name) ? [path] : [];
    });
}

/** Per-vendor totals of a conversion; `bytes` is the size of the JSON written. */
export interface VendorSummary {
  vendor: keyof Dataset;
  conversations: number;
  messages: number;
  bytes: number;
}

/** What {@link convertCorpus} did. */
export interface ConvertSummary {
  /** False when the corpus folder was missing (empty vendor folders were written). */
  corpusFound: boolean;
  vendors: VendorSummary[];
}

/**
 * Converts `corpusDir` (its `raw/` subfolder when present) and writes one compact JSON record
 * per file to `outDir/<vendor>/0001.json`, `0002.json`, … Existing `*.json` files in those
 * vendor folders are removed first, so a rerun never leaves stale records.
 * @throws on unreadable files or invalid JSON in the corpus.
 */
export function convertCorpus(options: {
  corpusDir: string;
  outDir: string;
  limit: number;
}): ConvertSummary {
  const raw = existsSync(join(options.corpusDir, 'raw'))
    ? join(options.corpusDir, 'raw')
    : options.corpusDir;
  const found = existsSync(raw);
  const files = found
    ? listCorpusFiles(raw).map((path) => ({
        path: relative(raw, path),
        text: readFileSync(path, 'utf8'),
      }))
    : [];
  const dataset = convertFiles(files, options.limit);
  const vendors = (['twilio', 'telnyx', 'moveworks'] as const).map((vendor): VendorSummary => {
    const dir = join(options.outDir, vendor);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.json')) rmSync(join(dir, name));
    let bytes = 0;
    let messages = 0;
    dataset[vendor].forEach((record, i) => {
      const json = `${JSON.stringify(record)}\n`;
      writeFileSync(join(dir, `${String(i + 1).padStart(4, '0')}.json`), json);
      bytes += Buffer.byteLength(json);
      messages += record.messages.length;
    });
    return { vendor, conversations: dataset[vendor].length, messages, bytes };
  });
  return { corpusFound: found, vendors };
}
