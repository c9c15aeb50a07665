/**
 * The shape of `bench/results/latest.json`: the machine, the bundle, and per cell (vendor,
 * size, CPU throttle) every run's readings with their medians and spread.
 */
import type { VendorId } from '../src/vendors/types.ts';
import type { BundleSize } from './bundle.ts';
import type { RunResult } from './measure-run.ts';
import { summarize, type Summary } from './stats.ts';

/** One cell: a transcript of `size` messages from `vendor`, at `throttle`x CPU. */
export interface CellResult {
  vendor: VendorId;
  size: number;
  throttle: number;
  runs: RunResult[];
  /** Median and spread of every numeric reading, by dotted path (`storm.over33`). */
  summary: Record<string, Summary>;
}

/** The whole benchmark's output. */
export interface BenchResults {
  /** ISO 8601 time the run finished. */
  finishedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    chromium: string;
  };
  bundle: BundleSize;
  cells: CellResult[];
}

function flatten(value: unknown, prefix: string, out: Map<string, number[]>): void {
  if (typeof value === 'number') {
    out.set(prefix, [...(out.get(prefix) ?? []), value]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
  }
}

/** Median and spread of every numeric reading of `runs`, by dotted path. */
export function summarizeRuns(runs: readonly RunResult[]): Record<string, Summary> {
  const values = new Map<string, number[]>();
  for (const run of runs) flatten(run, '', values);
  const summary: Record<string, Summary> = {};
  for (const [path, list] of values) {
    const s = summarize(list);
    if (s) summary[path] = s;
  }
  return summary;
}
