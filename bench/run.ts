/**
 * `npm run bench`: builds the production bundle, serves it with `vite preview` and the sample
 * backend (generated transcripts of every size), and measures each cell (vendor × size × CPU
 * throttle) in headless Chromium over the DevTools Protocol: one warm-up run, then `--runs`
 * measured runs, each in a fresh browser context. Writes JSON and Markdown results;
 * `--check` exits 1 naming every budget missed (budgets.ts). README "Benchmark".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { vendors, type VendorId } from '../src/vendors/index.ts';
import { GENERATED_MARKER_WORD, type Script } from '../src/server/sample-data/index.ts';
import { checkBudgets } from './budgets.ts';
import { initialBundle, lazyChunks } from './bundle.ts';
import { BASELINE_SIZE, benchData } from './dataset.ts';
import { measureRun, type RunResult, type RunSpec } from './measure-run.ts';
import { OptionError, readOptions, type BenchOptions } from './options.ts';
import { markdownReport } from './report.ts';
import { summarizeRuns, type BenchResults, type CellResult } from './results.ts';
import { run, startServers } from './servers.ts';
import { harnessProblems } from './validate.ts';

/** A word of every generated conversation's topics: thousands of matches at any size. */
const COMMON_TERM = 'order';

function transcriptPath(vendor: VendorId, script: Script): string {
  return `/${vendor}/${encodeURIComponent(script.ids[vendor])}`;
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * Heap and JSON of a small transcript: the app's own share. It goes through the same run as the
 * measured transcript (measure-run.ts: scroll, drag, jump, find at 1x, then the heap), so what
 * using those parts leaves on the heap whatever the transcript (the code's feedback, the search's
 * and the highlighter's fixed state) is subtracted, and what grows with the transcript is not.
 */
async function baseline(browser: Browser, spec: Omit<RunSpec, 'baseline'>) {
  const zero = { usedBytes: 0, codeBytes: 0, dataBytes: 0 };
  const run = await measureRun(browser, { ...spec, baseline: { heap: zero, jsonBytes: 0 } });
  const heap = {
    usedBytes: run.heapUsedBytes,
    dataBytes: run.heapBytes,
    codeBytes: run.heapUsedBytes - run.heapBytes,
  };
  return { heap, jsonBytes: run.jsonBytes };
}

async function measureCell(
  browser: Browser,
  origin: string,
  options: BenchOptions,
  cell: { vendor: VendorId; script: Script; baseline: Script; size: number; throttle: number },
): Promise<CellResult> {
  const { vendor, size, throttle } = cell;
  const chunks = lazyChunks();
  const common = {
    origin,
    pageSize: vendors[vendor].messagePageSize,
    throttle,
    lazyChunks: chunks,
    rareTerm: GENERATED_MARKER_WORD,
    commonTerm: COMMON_TERM,
  };
  const spec: RunSpec = {
    ...common,
    path: transcriptPath(vendor, cell.script),
    size,
    baseline: await baseline(browser, {
      ...common,
      path: transcriptPath(vendor, cell.baseline),
      size: BASELINE_SIZE,
    }),
  };
  const runs: RunResult[] = [];
  const total = options.runs + (options.noWarmup ? 0 : 1);
  for (let i = 0; i < total; i++) {
    const warmup = !options.noWarmup && i === 0;
    const started = Date.now();
    const result = await measureRun(browser, spec);
    log(
      `${vendor} ${size} ${throttle}x ${warmup ? 'warm-up' : `run ${runs.length + 1}/${options.runs}`}: ` +
        `load ${Math.round(result.loadMs)} ms (${result.loadRatio.toFixed(2)}× floor), ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s in all`,
    );
    if (!warmup) runs.push(result);
    if (options.smoke) {
      const problems = harnessProblems(result);
      if (problems.length > 0)
        throw new Error(`the benchmark does not work: ${problems.join('; ')}`);
    }
  }
  return { vendor, size, throttle, runs, summary: summarizeRuns(runs) };
}

function machine(browser: Browser): BenchResults['machine'] {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
  };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options.noBuild) await run('npm', ['run', 'build']);
  const bundle = initialBundle();
  log(`generating ${options.sizes.join(', ')}-message transcripts`);
  const data = benchData(options.sizes);
  const servers = await startServers(data.dataset);
  const browser = await chromium.launch(launchOptions());
  const cells: CellResult[] = [];
  try {
    log(`serving ${servers.origin}`);
    for (const throttle of options.throttles) {
      for (const size of options.sizes) {
        const script = data.scripts.get(size);
        if (!script) continue;
        for (const vendor of options.vendors) {
          cells.push(
            await measureCell(browser, servers.origin, options, {
              vendor,
              script,
              baseline: data.baseline,
              size,
              throttle,
            }),
          );
        }
      }
    }
  } finally {
    await browser.close();
    await servers.close();
  }
  const results: BenchResults = {
    finishedAt: new Date().toISOString(),
    machine: machine(browser),
    bundle,
    cells,
  };
  const outcomes = options.check ? checkBudgets(results) : [];
  const report = markdownReport(results, outcomes);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(options.out.replace(/\.json$/, '') + '.md', report);
  console.log(`\n${report}`);
  log(`wrote ${options.out}`);
  return outcomes.some((o) => !o.ok) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof OptionError ? error.message : error);
    process.exit(error instanceof OptionError ? 2 : 1);
  },
);
