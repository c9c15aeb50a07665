/**
 * The budgets of `npm run bench -- --check`, on a 2-core machine at 1x unless stated (why each is
 * what it is: docs/performance.md, "Budgets"). Each is checked on the median of a cell's runs,
 * except request counts, which every run must meet. Sizes up to 10,000 messages take the 10,000
 * budgets; larger ones the 100,000 budgets.
 */
import type { BenchResults, CellResult } from './results.ts';

/** One budget, met or missed, on one cell (or the bundle). */
export interface BudgetOutcome {
  name: string;
  /** `twilio 10000 1x`, or `bundle`. */
  where: string;
  actual: number;
  limit: string;
  ok: boolean;
}

/** Initial JavaScript after gzip, bytes (150 kB). */
export const INITIAL_JS_LIMIT = 150_000;
/**
 * Up to this many messages the full load is held to the fetch floor plus {@link SMALL_LOAD_MS}:
 * a ratio there measures the machine's scheduling of a few requests, not the viewer.
 */
const SMALL_LOAD_SIZE = 1000;
/** What the full load of a small transcript may take beyond the fetch floor, ms (medians). */
const SMALL_LOAD_MS = 150;

function at(cell: CellResult, path: string): number {
  return cell.summary[path]?.median ?? Number.NaN;
}

function most(cell: CellResult, path: string): number {
  return cell.summary[path]?.max ?? Number.NaN;
}

/**
 * Checks every budget that applies to the results.
 * @returns every outcome, met or not, in a stable order.
 */
export function checkBudgets(results: BenchResults): BudgetOutcome[] {
  const outcomes: BudgetOutcome[] = [];
  const add = (name: string, where: string, actual: number, limit: string, ok: boolean) =>
    outcomes.push({ name, where, actual, limit, ok: ok && Number.isFinite(actual) });
  const js = results.bundle.jsGzipBytes;
  add(
    'initial JavaScript, gzip bytes',
    'bundle',
    js,
    `≤ ${INITIAL_JS_LIMIT}`,
    js <= INITIAL_JS_LIMIT,
  );
  for (const cell of results.cells) {
    const where = `${cell.vendor} ${cell.size} ${cell.throttle}x`;
    const big = cell.size > 10_000;
    const first = at(cell, 'firstMessageAfterPageMs');
    const firstLimit = cell.throttle === 1 ? 300 : 600;
    add('first message after first page, ms', where, first, `≤ ${firstLimit}`, first <= firstLimit);
    const wrongCounts = cell.runs.filter((r) => r.requests !== r.expectedPages).length;
    add('runs whose requests ≠ pages', where, wrongCounts, '= 0', wrongCounts === 0);
    const feed = Math.max(
      most(cell, 'feedElements'),
      most(cell, 'scroll.restFeedElements'),
      most(cell, 'storm.restFeedElements'),
    );
    add(
      'elements in the transcript after load and scrolls, most',
      where,
      feed,
      '≤ 150',
      feed <= 150,
    );
    const page = Math.max(
      most(cell, 'pageElements'),
      most(cell, 'scroll.restPageElements'),
      most(cell, 'storm.restPageElements'),
    );
    add('elements in the page after load and scrolls, most', where, page, '≤ 1500', page <= 1500);
    if (cell.throttle === 4 && !big) {
      for (const kind of ['scroll', 'storm']) {
        const share = at(cell, `${kind}.over33`) / at(cell, `${kind}.frames`);
        add(`${kind}: share of frames over 33 ms`, where, share, '< 0.25', share < 0.25);
      }
    }
    if (cell.throttle !== 1) continue;
    const fromNav = at(cell, 'firstMessageMs');
    add('first message from navigation, ms', where, fromNav, '≤ 450', fromNav <= 450);
    const load = at(cell, 'loadMs');
    const floor = at(cell, 'floorMs');
    if (cell.size <= SMALL_LOAD_SIZE) {
      const over = load - floor;
      add('full load − fetch floor, ms', where, over, `≤ ${SMALL_LOAD_MS}`, over <= SMALL_LOAD_MS);
    } else {
      add('full load / fetch floor', where, load / floor, '≤ 1.5', load / floor <= 1.5);
    }
    for (const kind of ['scroll', 'storm']) {
      const over = at(cell, `${kind}.over33`);
      add(`${kind}: frames over 33 ms`, where, over, big ? '≤ 5' : '= 0', over <= (big ? 5 : 0));
      if (big) {
        const task = at(cell, `${kind}.maxLongTaskMs`);
        add(`${kind}: longest long task, ms`, where, task, '≤ 50', task <= 50);
      }
    }
    const settle = at(cell, 'jump.settleMs');
    add('jump: settled, ms', where, settle, '≤ 100', settle <= 100);
    const error = at(cell, 'jump.errorPx');
    add('jump: landing error, px', where, error, '< 0.5', error < 0.5);
    for (const term of ['rare', 'common']) {
      const latency = at(cell, `find.${term}.maxMs`);
      const limit = big ? 100 : 50;
      add(
        `find (${term}): keystroke to status, ms`,
        where,
        latency,
        `≤ ${limit}`,
        latency <= limit,
      );
      const task = at(cell, `find.${term}.maxLongTaskMs`);
      add(`find (${term}): longest long task, ms`, where, task, '= 0', task === 0);
    }
    const heap = at(cell, 'heapRatio');
    add('heap / transcript JSON', where, heap, '≤ 2', heap <= 2);
    for (const what of ['heapRatio', 'nodesRatio']) {
      const soak = at(cell, `soak.${what}`);
      add(
        `soak: ${what === 'heapRatio' ? 'heap' : 'DOM nodes'} after / before`,
        where,
        soak,
        '≤ 1.05',
        soak <= 1.05,
      );
    }
  }
  return outcomes;
}
