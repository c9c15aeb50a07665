/**
 * Converts the shared corpus of real chats into sample-backend data files.
 *
 *   npx tsx scripts/convert-corpus.ts --out DIR [--corpus ../shared/corpus] [--limit 40]
 *
 * Writes DIR/twilio/NNNN.json (TwilioRecord), DIR/telnyx/NNNN.json, DIR/moveworks/NNNN.json,
 * one conversation per file, and prints one summary line per vendor. `--corpus` defaults to
 * ../shared/corpus relative to the project root; `--limit` caps chats per source file.
 * A missing corpus is not an error: empty vendor folders are written and the exit code is 0.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { convertCorpus, type ConvertSummary } from '../src/server/sample-data/corpus/convert.ts';

export {
  convertCorpus,
  convertFiles,
  chatsFromFile,
} from '../src/server/sample-data/corpus/convert.ts';
export type { CorpusFile, ConvertSummary } from '../src/server/sample-data/corpus/convert.ts';

/** Default number of chats taken from each source file (keeps output ≈ 30 MB, a few seconds). */
export const DEFAULT_LIMIT = 40;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Parses the command line.
 * @throws TypeError on unknown options, RangeError when --out is missing or --limit is not a
 * positive integer.
 */
export function parseCli(argv: string[]): { outDir: string; corpusDir: string; limit: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      corpus: { type: 'string', default: resolve(projectRoot, '../shared/corpus') },
      limit: { type: 'string', default: String(DEFAULT_LIMIT) },
    },
  });
  if (!values.out) throw new RangeError('missing --out DIR');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`--limit must be a positive integer`);
  return { outDir: resolve(values.out), corpusDir: resolve(values.corpus), limit };
}

/** One line per vendor, e.g. `twilio: 275 conversations, 9,614 messages, 9.8 MB → out/twilio`. */
export function formatSummary(summary: ConvertSummary, outDir: string): string[] {
  return summary.vendors.map(
    (v) =>
      `${v.vendor}: ${v.conversations} conversations, ${v.messages.toLocaleString('en-US')} messages, ` +
      `${(v.bytes / 1e6).toFixed(1)} MB → ${resolve(outDir, v.vendor)}`,
  );
}

function main(): void {
  const options = parseCli(process.argv.slice(2));
  const started = performance.now();
  const summary = convertCorpus(options);
  if (!summary.corpusFound) {
    console.log(
      `Corpus not found at ${options.corpusDir}; wrote empty vendor folders in ${options.outDir}.`,
    );
  }
  for (const line of formatSummary(summary, options.outDir)) console.log(line);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Run only as a script, so tests can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
