/**
 * One measured run: a fresh browser context opens one transcript and takes every reading of
 * the list: load, elements, the fetch floor, scroll, drag storm, jump, find, then the heap
 * after forced collection (it disturbs what follows) and the soak.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { collectedHeap, heapReading, loadLazyChunks, metric, type HeapReading } from './heap.ts';
import { scrollFrames, scrollToTop, type FrameRecord } from './probes/frames.ts';
import { readFindTimer, startFindTimer } from './probes/find.ts';
import { jumpTo, pickFarMessage } from './probes/jump.ts';
import { installProbe, type ProbeRecord } from './probes/probe.ts';
import { quantile } from './stats.ts';

/** A message-page request of any vendor, as the browser makes it through the proxy. */
const MESSAGE_PAGE = /\/api\/(twilio|telnyx|moveworks)\/.*\/messages(\?|$)/i;
/** A common laptop screen (CSS px): what is on screen decides how many rows are in the page. */
export const VIEWPORT = { width: 1280, height: 800 };
/** Frames of the scripted scroll through the whole transcript, and of one drag storm. */
const THROUGH_STEPS = 300;
const STORM_STEPS = 150;
const SOAK_STORMS = 10;
/** Frames of each soak storm (shorter: ten of them). */
const SOAK_STEPS = 60;
/** Time allowed for the whole transcript to load (100,000 messages at 4x is minutes). */
const LOAD_TIMEOUT_MS = 15 * 60_000;

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

/** Every reading of one run; times in ms, sizes in bytes. */
export interface RunResult {
  firstMessageMs: number;
  firstMessageAfterPageMs: number;
  /** First page requested → last page arrived (what the floor measures the same way), ms. */
  loadMs: number;
  /** First page requested → the feed no longer busy, every message in the model and shown, ms. */
  shownMs: number;
  /** The transcript's full height once loaded, px. */
  heightPx: number;
  floorMs: number;
  loadRatio: number;
  requests: number;
  expectedPages: number;
  jsonBytes: number;
  feedElements: number;
  pageElements: number;
  /** The heap's data (compiled code not counted, heap.ts) less the baseline's, bytes. */
  heapBytes: number;
  /** `JSHeapUsedSize` less the baseline's, code included, bytes. */
  heapUsedBytes: number;
  heapRatio: number;
  scroll: FrameStats;
  storm: FrameStats;
  jump: {
    settleMs: number;
    errorPx: number;
    highlighted: boolean;
    timedOut: boolean;
    position: number;
  };
  find: Record<
    'rare' | 'common',
    { p50Ms: number; maxMs: number; longTaskMs: number; maxLongTaskMs: number }
  >;
  soak: { heapRatio: number; nodesRatio: number };
}

/** What a run opens and with what. */
export interface RunSpec {
  origin: string;
  path: string;
  size: number;
  pageSize: number;
  throttle: number;
  /** The app with a small transcript open: its heap and its pages' JSON, bytes; subtracted. */
  baseline: { heap: HeapReading; jsonBytes: number };
  /** URL paths of the app's lazily loaded chunks, loaded before the heap is read (heap.ts). */
  lazyChunks: readonly string[];
  rareTerm: string;
  commonTerm: string;
}

/**
 * A fresh context and page with the probe installed and the CPU throttled.
 * @returns the page, its CDP session and a counter of message-page requests.
 */
export async function openPage(browser: Browser, throttle: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`; functions sent
  // to the page need that helper there too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(installProbe);
  // Pages fetched in a worker (if the app uses one) need the same room for their timings.
  page.on('worker', (worker) => {
    worker.evaluate(() => performance.setResourceTimingBufferSize(1_000_000)).catch(() => {});
  });
  const requests = { count: 0 };
  page.on('request', (r) => {
    if (MESSAGE_PAGE.test(new URL(r.url()).pathname + '?')) requests.count++;
  });
  return { context, page, cdp, requests };
}

/**
 * Opens `url` and waits until the feed says every page has loaded.
 * @throws Error when loading takes longer than 15 minutes or the page shows an alert.
 */
export async function loadTranscript(page: Page, url: string): Promise<ProbeRecord> {
  await page.goto(url);
  await page.waitForFunction(
    () => window.__bench.loadedAt !== undefined || document.querySelector('[role=alert]'),
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 250 },
  );
  const alert = await page
    .locator('[role=alert]')
    .first()
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (alert) throw new Error(`the page shows an error: ${alert}`);
  return page.evaluate(() => window.__bench);
}

async function frameStats(page: Page, cdp: CDPSession, plan: Parameters<typeof scrollFrames>[0]) {
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
async function elementsAtRest(page: Page) {
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
 * Every message-page request the page and its workers made, in request order: URL, start and end
 * (ms on the page's clock), body bytes.
 */
export async function pageResources(page: Page) {
  const read = (source: string) => {
    const pattern = new RegExp(source, 'i');
    return {
      origin: performance.timeOrigin,
      entries: performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
        .filter((e) => pattern.test(new URL(e.name).pathname + '?'))
        .map((e) => ({
          url: e.name,
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.decodedBodySize,
        })),
    };
  };
  const own = await page.evaluate(read, MESSAGE_PAGE.source);
  const timelines = [own];
  for (const worker of page.workers())
    timelines.push(await worker.evaluate(read, MESSAGE_PAGE.source));
  return timelines
    .flatMap(({ origin, entries }) =>
      entries.map((e) => ({
        ...e,
        start: e.start + origin - own.origin,
        end: e.end + origin - own.origin,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

/** The same page requests as the app made, by a bare fetch loop plus JSON.parse, ms. */
async function fetchFloor(page: Page, urls: string[]): Promise<number> {
  return page.evaluate(async (list) => {
    const start = performance.now();
    for (const url of list) JSON.parse(await (await fetch(url, { cache: 'no-store' })).text());
    return performance.now() - start;
  }, urls);
}

async function typeTerm(page: Page, term: string) {
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
async function soakRatios(page: Page, cdp: CDPSession) {
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

/**
 * Takes every reading of one run in a fresh context.
 * @throws Error when the transcript does not load, or a step finds no transcript on the page.
 */
export async function measureRun(browser: Browser, spec: RunSpec): Promise<RunResult> {
  const { context, page, cdp, requests } = await openPage(browser, spec.throttle);
  try {
    const probe = await loadTranscript(page, spec.origin + spec.path);
    const resources = await pageResources(page);
    const first = resources[0];
    if (!first || probe.firstMessageAt === undefined || probe.loadedAt === undefined) {
      throw new Error('no message page or no message was seen');
    }
    const requestCount = requests.count;
    const jsonBytes = resources.reduce((sum, r) => sum + r.bytes, 0);
    const loadMs = Math.max(...resources.map((r) => r.end)) - first.start;
    const shownMs = probe.loadedAt - first.start;
    const counts = {
      ...(await elementsAtRest(page)),
      height: await page.evaluate(
        () => document.querySelector('[aria-label="Transcript scroller"]')?.scrollHeight ?? 0,
      ),
    };
    await loadLazyChunks(page, spec.lazyChunks);
    const floorMs = await fetchFloor(
      page,
      resources.map((r) => r.url),
    );
    const scroll = await frameStats(page, cdp, { mode: 'through', steps: THROUGH_STEPS, seed: 1 });
    const storm = await frameStats(page, cdp, { mode: 'storm', steps: STORM_STEPS, seed: 2 });
    const target = await page.evaluate(pickFarMessage, 0.6);
    const jump = await page.evaluate(jumpTo, target.messageId);
    // Find and the soak have budgets at 1x only, and take a minute at 4x: taken at 1x only.
    const full = spec.throttle === 1;
    const skipped = {
      p50Ms: Number.NaN,
      maxMs: Number.NaN,
      longTaskMs: Number.NaN,
      maxLongTaskMs: Number.NaN,
    };
    let find = { rare: skipped, common: skipped };
    let soak = { heapRatio: Number.NaN, nodesRatio: Number.NaN };
    if (full) {
      await page.keyboard.press('Control+f');
      find = {
        rare: await typeTerm(page, spec.rareTerm),
        common: await typeTerm(page, spec.commonTerm),
      };
      await page.keyboard.press('Escape');
    }
    // The heap reading (forced collections and a heap snapshot) comes after the timed readings:
    // taken before the scroll, it put a full garbage collection (50–80 ms at 100,000 messages)
    // into the jump or find that followed, a pause no reader meets there, and the fetch floor
    // taken right after it read 2–3× slow at 1,000 messages.
    const heap = await heapReading(cdp);
    const heapBytes = heap.dataBytes - spec.baseline.heap.dataBytes;
    if (full) soak = await soakRatios(page, cdp);
    return {
      firstMessageMs: probe.firstMessageAt,
      firstMessageAfterPageMs: probe.firstMessageAt - first.end,
      loadMs,
      shownMs,
      heightPx: counts.height,
      floorMs,
      loadRatio: loadMs / floorMs,
      requests: requestCount,
      expectedPages: Math.ceil(spec.size / spec.pageSize),
      jsonBytes,
      feedElements: counts.feed,
      pageElements: counts.page,
      heapBytes,
      heapUsedBytes: heap.usedBytes - spec.baseline.heap.usedBytes,
      heapRatio: heapBytes / (jsonBytes - spec.baseline.jsonBytes),
      scroll,
      storm,
      jump: { ...jump, position: target.position },
      find,
      soak,
    };
  } finally {
    await context.close();
  }
}
