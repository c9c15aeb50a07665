/**
 * The benchmark's data: one generated conversation per size, encoded for every vendor (the same
 * generator as the 5,000-message sample: mixed Markdown with code fences and tables, about 30%
 * of assistant turns calling tools), plus a small one whose heap is the baseline.
 */
import type { Dataset } from '../src/server/sample-backend/dataset.ts';
import {
  encodeDataset,
  generateConversation,
  type Script,
} from '../src/server/sample-data/index.ts';

/** Seed of every benchmark conversation; fixed, so every run serves the same bytes. */
export const BENCH_SEED = 4242;
/**
 * Size of the baseline conversation (messages): the app's own heap with a transcript open, every
 * lazily loaded part (the highlighter) in, after the same run as the measured one (run.ts); the
 * heap budget counts what a transcript adds.
 */
export const BASELINE_SIZE = 200;

/** The data and the ids to open. */
export interface BenchData {
  dataset: Dataset;
  /** Script per size (its `ids` give each vendor's conversation id). */
  scripts: Map<number, Script>;
  baseline: Script;
}

/**
 * Generates the conversations for `sizes` (deterministic: same sizes, same bytes).
 * 100,000 messages take about a second per vendor to generate and encode.
 */
export function benchData(sizes: readonly number[]): BenchData {
  const scripts = new Map(sizes.map((n) => [n, generateConversation(n, BENCH_SEED)]));
  const baseline = generateConversation(BASELINE_SIZE, BENCH_SEED);
  return { dataset: encodeDataset([baseline, ...scripts.values()]), scripts, baseline };
}
