/**
 * One measured run: a fresh browser context opens one transcript and takes every reading of
 * the list: load, elements, the fetch floor, scroll, drag storm, jump, find, then the heap
 * after forced collection (it disturbs what follows) and the soak.
 */
import type { Browser, Page } from '@playwright/test';
import { heapReading, loadLazyChunks, type HeapReading } from './heap.ts';
import { jumpTo, pickFarMessage } from './probes/jump.ts';
import { installProbe, type ProbeRecord } from './probes/probe.ts';
import {
  elementsAtRest,
  fetchFloor,
  frameStats,
  MESSAGE_PAGE,
  pageResources,
  soakRatios,
  typeTerm,
  type FrameStats,
} from './readings.ts';

/** A common laptop screen (CSS px): what is on screen decides how many rows are in the page. */
export const VIEWPORT = { width: 1280, height: 800 };
/** Frames of the scripted scroll through the whole transcript, and of one drag storm. */
const THROUGH_STEPS = 300;
const STORM_STEPS = 150;
/** Time allowed for the whole transcript to load (100,000 messages at 4x is minutes). */
const LOAD_TIMEOUT_MS = 15 * 60_000;

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
    const skipped = { p50Ms: NaN, maxMs: NaN, longTaskMs: NaN, maxLongTaskMs: NaN };
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
    // After the timed readings: its forced collections slow what follows (docs/performance.md).
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
