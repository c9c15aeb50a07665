/**
 * The readings of one run that drive the page (frames, elements, long tasks, requests, the fetch
 * floor, find, the soak), each a function of the page measure-run.ts opened.
 */
import type { CDPSession, Page } from '@playwright/test';
import { collectedHeap, metric } from './heap.ts';
import { scrollFrames, scrollToTop, type FrameRecord } from './probes/frames.ts';
import { readFindTimer, startFindTimer } from './probes/find.ts';
import { quantile } from './stats.ts';

/** A message-page request of any vendor, as the browser makes it through the proxy. */
export const MESSAGE_PAGE = /\/api\/(twilio|telnyx|moveworks)\/.*\/messages(\?|$)/i;
/** Frames of each soak storm (shorter: ten of them). */
const SOAK_STEPS = 60;
const SOAK_STORMS = 10;

/** Frame statistics of a scripted scroll. */
export interface FrameStats {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  /** Frames longer than 33 ms (two frames at 60 Hz). */
  over33: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  /** Share of the wall time the renderer's main thread was busy (`Performance.getMetrics` TaskDuration). */
  busyShare: number;
  /** Most elements inside the feed in any frame of the scroll (passing states included). */
  maxFeedElements: number;
  maxPageElements: number;
  /** Elements inside the feed and in the page once the scroll has come to rest. */
  restFeedElements: number;
  restPageElements: number;
}

export async function frameStats(
  page: Page,
  cdp: CDPSession,
  plan: Parameters<typeof scrollFrames>[0],
) {
  const busyBefore = await metric(cdp, 'TaskDuration');
  const wallBefore = Date.now();
  const record: FrameRecord = await page.evaluate(scrollFrames, plan);
  const busy = (await metric(cdp, 'TaskDuration')) - busyBefore;
  const wall = (Date.now() - wallBefore) / 1000;
  const tasks = await longTasksBetween(page, record.start, record.end);
  const rest = await elementsAtRest(page);
  return {
    frames: record.frames.length,
    p50Ms: quantile(record.frames, 0.5),
    p95Ms: quantile(record.frames, 0.95),
    over33: record.frames.filter((f) => f > 33.4).length,
    ...tasks,
    busyShare: wall > 0 ? busy / wall : 0,
    maxFeedElements: record.maxFeedElements,
    maxPageElements: record.maxPageElements,
    restFeedElements: rest.feed,
    restPageElements: rest.page,
  } satisfies FrameStats;
}

/** Elements in the feed and the page once rows are measured and idle work (colours) is done. */
export async function elementsAtRest(page: Page) {
  await page.waitForTimeout(500);
  return page.evaluate(() => ({
    feed: document.querySelector('[role=feed]')?.getElementsByTagName('*').length ?? 0,
    page: document.getElementsByTagName('*').length,
  }));
}

async function longTasksBetween(page: Page, start: number, end: number) {
  const tasks = await page.evaluate(
    ([s, e]) => window.__bench.longTasks.filter((t) => t.start >= s && t.start <= e),
    [start, end] as const,
  );
  return {
    longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    maxLongTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

/**
 * Every message-page request the page made, in request order: URL, start and end (ms on the
 * page's clock), body bytes.
 */
export async function pageResources(page: Page) {
  const entries = await page.evaluate(
    (source) =>
      performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
        .filter((e) => new RegExp(source, 'i').test(new URL(e.name).pathname + '?'))
        .map((e) => ({
          url: e.name,
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.decodedBodySize,
        })),
    MESSAGE_PAGE.source,
  );
  return entries.sort((a, b) => a.start - b.start);
}

/** The same page requests as the app made, by a bare fetch loop plus JSON.parse, ms. */
export async function fetchFloor(page: Page, urls: string[]): Promise<number> {
  return page.evaluate(async (list) => {
    const start = performance.now();
    for (const url of list) JSON.parse(await (await fetch(url, { cache: 'no-store' })).text());
    return performance.now() - start;
  }, urls);
}

export async function typeTerm(page: Page, term: string) {
  const box = page.getByRole('searchbox', { name: 'Search transcript' });
  await box.fill('');
  await page.evaluate(startFindTimer);
  const started = await page.evaluate(() => performance.now());
  for (const [i, char] of [...term].entries()) {
    await page.keyboard.type(char);
    await page.waitForFunction((n) => (window.__find?.latencies.length ?? 0) > n, i, {
      timeout: 30_000,
    });
  }
  const { latencies } = await page.evaluate(readFindTimer);
  // Long tasks count until 300 ms after the last result: moving to the first match comes then.
  await page.waitForTimeout(300);
  const ended = await page.evaluate(() => performance.now());
  const tasks = await longTasksBetween(page, started, ended);
  return { p50Ms: quantile(latencies, 0.5), maxMs: Math.max(...latencies), ...tasks };
}

/**
 * Ten drag storms; heap and DOM nodes after them against the reading before, both taken at the
 * top of the transcript (the same rows on screen) after a forced garbage collection.
 */
export async function soakRatios(page: Page, cdp: CDPSession) {
  const reading = async () => {
    await page.evaluate(scrollToTop);
    // At rest, as elementsAtRest reads: a drag's last rows may still be placeholders for a moment.
    await page.waitForTimeout(500);
    return { heap: await collectedHeap(cdp), nodes: await metric(cdp, 'Nodes') };
  };
  await page.evaluate(scrollFrames, { mode: 'storm' as const, steps: SOAK_STEPS, seed: 3 });
  const before = await reading();
  for (let i = 0; i < SOAK_STORMS; i++) {
    await page.evaluate(scrollFrames, { mode: 'storm' as const, steps: SOAK_STEPS, seed: 10 + i });
  }
  const after = await reading();
  return { heapRatio: after.heap / before.heap, nodesRatio: after.nodes / before.nodes };
}
