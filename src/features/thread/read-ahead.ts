import type { Provider } from '../../providers/index.ts';
import type { MessagePage } from '../../transcript/model.ts';

/** Pages requested ahead at once: the browser keeps six connections a host, the list needs one. */
export const IN_FLIGHT = 4;
/**
 * Pages held ahead of the reader, fetched or in flight: enough that a reader busy rendering does
 * not hold up the network, few enough to bound what a stalled reader pins (64 pages of 100; 200
 * measured no faster at 10,000 messages, where the sample servers' CPU is the limit).
 */
const HELD_AHEAD = 64;
/**
 * Pages fetched ahead while the first page is being rendered (`Transcript.firstOnly`): those
 * asked for as soon as its envelope was read, no more until a later page is asked for (after the
 * first paint). Benchmark, 10,000 messages, first message after the first page (7 loads,
 * medians): at 4x CPU 695 ms reading ahead up to 64 pages, 562 up to 16, 414 up to 8, 329 up to
 * 4; at 1x 562 with 64, 255–313 with 4 to 16. The whole load at 1x was no slower (load/floor 1.46
 * against 1.40–1.70): it pauses a few hundred ms of a load of seconds. A short transcript
 * ({@link SHORT_PAGES} pages at most) is fetched whole meanwhile: at 1,000 messages the nine
 * pages cost the first message nothing measurable (4x: 255 ms with them, 246 without), and
 * waiting for the first paint made the load at 4x 439 ms instead of 120.
 */
const HELD_BEFORE_FIRST_PAINT = IN_FLIGHT;
/** A transcript of this many pages at most is read ahead whole while its first page renders. */
const SHORT_PAGES = 16;
/** A page fetched ahead that nobody takes within this long (ms) is dropped. */
const UNCLAIMED_MS = 60_000;
/**
 * Longest the pages fetched ahead stay unparsed waiting for a page after the first to be asked
 * for, ms: past the page pump's own wait for the first paint (use-page-pump.ts), so that a reader
 * who left before it (no abort reaches this module then) does not keep them pending for good.
 * Only their parsing resumes then: no more pages are fetched ahead for a reader who left.
 */
export const HELD_AT_MOST_MS = 2000;

interface Ahead {
  promise: Promise<MessagePage>;
  controller: AbortController;
  settled: boolean;
  /** Its response is in (the envelope read, messages still being normalized): not in flight. */
  arrived: boolean;
}

/** One transcript's pages fetched ahead, by page number, and how far it has asked. */
interface Transcript {
  ahead: Map<number, Ahead>;
  /** Highest page number requested or taken so far. */
  reached: number;
  /** Page count, from the last page seen. */
  pages: number;
  /** A page fetched ahead that failed: nothing more is fetched ahead until its reader has it. */
  failed?: number;
  /**
   * Only the first page has been asked for (the pane is rendering it): no more than
   * {@link HELD_BEFORE_FIRST_PAINT} pages are fetched ahead (all of a short transcript's) until a
   * later page is asked for.
   */
  firstOnly: boolean;
  /**
   * While only the first page has been asked for, the pages fetched ahead are not parsed: they
   * wait for this, released when a later page is asked for, when the transcript is dropped, or
   * after {@link HELD_AT_MOST_MS}.
   */
  held?: { until: Promise<void>; release: () => void };
}

function hold(): NonNullable<Transcript['held']> {
  let resolve: (() => void) | undefined;
  // The executor runs at once: resolve is set before hold returns.
  const until = new Promise<void>((r) => (resolve = r));
  const timer = setTimeout(() => resolve?.(), HELD_AT_MOST_MS);
  return {
    until,
    release: () => {
      clearTimeout(timer);
      resolve?.();
    },
  };
}

const transcripts = new Map<string, Transcript>();

function keyOf(provider: Provider, conversationId: string): string {
  return `${provider.id}\u0000${conversationId}`;
}

function pageNumberOf(provider: Provider, cursor: string | null): number | undefined {
  if (cursor === null) return 1;
  if (!provider.cursorOfPage) return undefined;
  const n = Number(cursor);
  return Number.isInteger(n) && n > 0 && provider.cursorOfPage(n) === cursor ? n : undefined;
}

/** Stops and forgets everything fetched ahead for one transcript. */
function drop(key: string): void {
  const t = transcripts.get(key);
  if (!t) return;
  for (const a of t.ahead.values()) if (!a.settled) a.controller.abort();
  t.held?.release();
  transcripts.delete(key);
}

function inFlight(t: Transcript): number {
  let n = 0;
  for (const a of t.ahead.values()) if (!a.settled && !a.arrived) n++;
  return n;
}

/** Requests the next pages, within the limits; each one that arrives makes room for another. */
function fill(provider: Provider, conversationId: string, key: string): void {
  const t = transcripts.get(key);
  const cursorOf = provider.cursorOfPage;
  if (!t || !cursorOf) return;
  while (
    t.failed === undefined &&
    t.reached < t.pages &&
    t.ahead.size < (t.firstOnly && t.pages > SHORT_PAGES ? HELD_BEFORE_FIRST_PAINT : HELD_AHEAD) &&
    inFlight(t) < IN_FLIGHT
  ) {
    const number = ++t.reached;
    const controller = new AbortController();
    // The next request goes out when this one's response is in, not once it is parsed.
    const arrived = () => {
      entry.arrived = true;
      if (transcripts.get(key) === t) fill(provider, conversationId, key);
    };
    const entry: Ahead = {
      promise: provider.fetchMessages(
        conversationId,
        cursorOf(number),
        controller.signal,
        undefined,
        {
          onBody: arrived,
          parseAfter: t.held?.until,
        },
      ),
      controller,
      settled: false,
      arrived: false,
    };
    t.ahead.set(number, entry);
    const settle = () => {
      entry.settled = true;
      setTimeout(() => {
        if (t.ahead.get(number) === entry) t.ahead.delete(number);
      }, UNCLAIMED_MS);
      // A failure is left for the reader to meet (and retry) when it gets there, and stops the
      // fetching ahead: a vendor that refuses or rate-limits must not be asked again at once.
      if (transcripts.get(key) === t) fill(provider, conversationId, key);
    };
    entry.promise.then(settle, () => {
      entry.settled = true;
      t.failed = Math.min(t.failed ?? number, number);
    });
  }
}

function waitFor(entry: Ahead, signal: AbortSignal | undefined): Promise<MessagePage> {
  if (!signal) return entry.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      entry.controller.abort();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Goes on fetching ahead the pages after `numbered.page`, which its reader has (or will have).
 * After the first page, their parsing is held (`Transcript.held`) and their number limited
 * (`Transcript.firstOnly`).
 */
function readAheadAfter(
  provider: Provider,
  conversationId: string,
  numbered: NonNullable<MessagePage['numbered']>,
): void {
  if (!provider.cursorOfPage) return;
  const key = keyOf(provider, conversationId);
  const current: Transcript = transcripts.get(key) ?? {
    ahead: new Map(),
    reached: 0,
    pages: 0,
    firstOnly: numbered.page === 1,
    ...(numbered.page === 1 ? { held: hold() } : {}),
  };
  transcripts.set(key, current);
  current.reached = Math.max(current.reached, numbered.page);
  current.pages = numbered.pages;
  if (current.failed !== undefined && numbered.page >= current.failed) delete current.failed;
  fill(provider, conversationId, key);
}

/**
 * `provider.fetchMessages`, with the pages after it fetched ahead, a few at once, when the vendor
 * numbers its pages (`MessagePage.numbered`): a transcript of 1,000 pages then loads at
 * the speed of the network's parallel requests rather than one round trip after another, and the
 * requests go out while the page before is still being read. Each page is still requested once:
 * a page asked for is taken from those fetched ahead when it is there. Pages are taken in any
 * order, and a failed one is met by its reader, who retries it alone (fetching ahead then stops).
 * Aborting a reader's request (it left the transcript) stops everything fetched ahead for it; so
 * does asking for the first page again (a refetch starts over).
 *
 * Until a page after the first is asked for (the page pump asks once the pane has painted the
 * first), or for {@link HELD_AT_MOST_MS} at most, the pages fetched ahead are received but not
 * parsed. Parsing them (JSON, validation, normalizing) competed with the first page's rendering
 * for the CPU: in the benchmark at 4x CPU throttle on 10,000 messages, the first message came
 * 661–955 ms after the first page with it, 485–691 ms without. Nor are more pages fetched than
 * were asked for with the first ({@link HELD_BEFORE_FIRST_PAINT}; all of a short transcript's):
 * the servers, the network and the worker receiving 64 pages took the CPU from the first render
 * too. Fetching ahead resumes when a later page is asked for (after the first paint, or the
 * pump's own limit on waiting for it), not when the parsing hold runs out.
 * @throws {import('../../providers/errors.ts').VendorError} as `fetchMessages` does.
 */
export async function fetchPageReadingAhead(
  provider: Provider,
  conversationId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<MessagePage> {
  const key = keyOf(provider, conversationId);
  const number = pageNumberOf(provider, cursor);
  if (number === 1) drop(key);
  const t = transcripts.get(key);
  if (t && number !== 1) {
    t.firstOnly = false;
    t.held?.release();
    delete t.held;
  }
  const ahead = number === undefined ? undefined : t?.ahead.get(number);
  const onAbort = () => drop(key);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let page: MessagePage;
    if (t && ahead && number !== undefined) {
      t.ahead.delete(number);
      page = await waitFor(ahead, signal);
    } else {
      // Later pages go out as soon as this one's envelope is read, before its messages are
      // normalized (in a fresh worker, by code not yet optimized).
      page = await provider.fetchMessages(conversationId, cursor, signal, (numbered) =>
        readAheadAfter(provider, conversationId, numbered),
      );
    }
    if (page.numbered && page.nextCursor !== null) {
      readAheadAfter(provider, conversationId, page.numbered);
    }
    return page;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
