/**
 * The Markdown form of the results: the machine, the bundle, one row per cell (medians, with the
 * runs' spread in brackets where it matters), and the budgets missed.
 */
import type { BudgetOutcome } from './budgets.ts';
import type { BenchResults, CellResult } from './results.ts';

function num(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

function cellValue(cell: CellResult, path: string, digits = 0, spread = false): string {
  const s = cell.summary[path];
  if (!s) return '–';
  const median = num(s.median, digits);
  return spread && s.n > 1 ? `${median} (${num(s.min, digits)}–${num(s.max, digits)})` : median;
}

/** The largest of the runs' readings at `paths`. */
function most(cell: CellResult, paths: string[]): string {
  return num(Math.max(...paths.map((p) => cell.summary[p]?.max ?? Number.NaN)));
}

const COLUMNS: [string, (c: CellResult) => string][] = [
  ['vendor', (c) => c.vendor],
  ['messages', (c) => num(c.size)],
  ['CPU', (c) => `${c.throttle}x`],
  [
    'first message, ms after page (from nav)',
    (c) =>
      `${cellValue(c, 'firstMessageAfterPageMs', 0, true)} (${cellValue(c, 'firstMessageMs')})`,
  ],
  [
    'all pages in, ms (all shown) / fetch floor',
    (c) =>
      `${cellValue(c, 'loadMs', 0, true)} (${cellValue(c, 'shownMs')}) / ${cellValue(c, 'floorMs')}`,
  ],
  ['load / floor', (c) => cellValue(c, 'loadRatio', 2, true)],
  ['height, px', (c) => cellValue(c, 'heightPx')],
  ['requests / pages', (c) => `${cellValue(c, 'requests')} / ${cellValue(c, 'expectedPages')}`],
  [
    'elements feed / page at rest (in any frame)',
    (c) =>
      `${most(c, ['feedElements', 'scroll.restFeedElements', 'storm.restFeedElements'])} / ` +
      `${most(c, ['pageElements', 'scroll.restPageElements', 'storm.restPageElements'])} ` +
      `(${most(c, ['scroll.maxFeedElements', 'storm.maxFeedElements'])})`,
  ],
  [
    'scroll p50/p95 ms, >33 ms',
    (c) =>
      `${cellValue(c, 'scroll.p50Ms', 1)}/${cellValue(c, 'scroll.p95Ms', 1)}, ${cellValue(c, 'scroll.over33', 0, true)}`,
  ],
  [
    'drag p50/p95 ms, >33 ms',
    (c) =>
      `${cellValue(c, 'storm.p50Ms', 1)}/${cellValue(c, 'storm.p95Ms', 1)}, ${cellValue(c, 'storm.over33', 0, true)}`,
  ],
  [
    'long tasks scroll+drag, ms (longest)',
    (c) =>
      `${cellValue(c, 'scroll.longTaskMs')}+${cellValue(c, 'storm.longTaskMs')} (${cellValue(c, 'storm.maxLongTaskMs')})`,
  ],
  [
    'busy share scroll / drag',
    (c) => `${cellValue(c, 'scroll.busyShare', 2)} / ${cellValue(c, 'storm.busyShare', 2)}`,
  ],
  [
    'jump settle ms, error px',
    (c) => `${cellValue(c, 'jump.settleMs', 0, true)}, ${cellValue(c, 'jump.errorPx', 1)}`,
  ],
  [
    'find rare / common, ms (worst key)',
    (c) =>
      `${cellValue(c, 'find.rare.maxMs', 0, true)} / ${cellValue(c, 'find.common.maxMs', 0, true)}`,
  ],
  [
    'find long tasks, ms',
    (c) => `${cellValue(c, 'find.rare.longTaskMs')} / ${cellValue(c, 'find.common.longTaskMs')}`,
  ],
  [
    'heap MB (with code) / JSON MB',
    (c) =>
      `${num((c.summary.heapBytes?.median ?? NaN) / 1e6, 2)} (${num((c.summary.heapUsedBytes?.median ?? NaN) / 1e6, 2)}) / ${num((c.summary.jsonBytes?.median ?? NaN) / 1e6, 2)} = ${cellValue(c, 'heapRatio', 2)}`,
  ],
  [
    'soak heap / nodes',
    (c) => `${cellValue(c, 'soak.heapRatio', 3)} / ${cellValue(c, 'soak.nodesRatio', 3)}`,
  ],
];

/** The results as Markdown, with the budgets missed (if any were checked). */
export function markdownReport(results: BenchResults, outcomes: readonly BudgetOutcome[]): string {
  const m = results.machine;
  const runs = results.cells[0]?.runs.length ?? 0;
  const lines = [
    `Run ${results.finishedAt} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}, Node ${m.node}, ${m.chromium}; ` +
      `median of ${runs} run${runs === 1 ? '' : 's'} per cell (spread in brackets).`,
    '',
    `Initial JavaScript ${num(results.bundle.jsGzipBytes / 1000, 1)} kB gzip, CSS ${num(results.bundle.cssGzipBytes / 1000, 1)} kB gzip.`,
    '',
    `| ${COLUMNS.map(([title]) => title).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...results.cells.map((cell) => `| ${COLUMNS.map(([, value]) => value(cell)).join(' | ')} |`),
  ];
  const missed = outcomes.filter((o) => !o.ok);
  if (outcomes.length > 0) {
    lines.push(
      '',
      missed.length === 0 ? 'Every budget met.' : `Budgets missed (${missed.length}):`,
    );
    for (const o of missed)
      lines.push(`- ${o.where}: ${o.name} = ${num(o.actual, 2)}, budget ${o.limit}`);
  }
  return `${lines.join('\n')}\n`;
}
