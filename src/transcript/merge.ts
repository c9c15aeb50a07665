import type { Message, MessagePage } from './model.ts';

/** What a merge reads of a page: its messages and which way they run. */
export type MergedPage = Pick<MessagePage, 'messages' | 'order'>;

/** Room for any page's messages between two pages' tie-break ranges. */
const PAGE_SPAN = 2 ** 32;

interface Row {
  message: Message;
  /** Sort time, ms since the epoch (inherited when the message has none). */
  time: number;
  /** Delivery order among equal times. */
  tiebreak: number;
}

/**
 * A merge that can be extended page by page: the pages merged so far and the sorted transcript,
 * with each message's sort time and tie-break alongside. Opaque to callers; pass it back to
 * {@link extendMerge}.
 */
export interface MergeState {
  readonly pages: readonly MergedPage[];
  readonly messages: Message[];
  readonly times: readonly number[];
  readonly ties: readonly number[];
  /** Ids merged; handed on to (and grown by) the next state. */
  readonly seen: Set<string>;
  /** The last readable time in chronological walk order (oldest-first vendors continue from it). */
  readonly carriedEnd: number;
  /** True when the walk starts with messages that have no time (they inherit from an older page). */
  readonly untimedHead: boolean;
}

/** States whose `seen` set a later state took over. */
const handedOn = new WeakSet<MergeState>();

const byTime = (a: Row, b: Row) => a.time - b.time || a.tiebreak - b.tiebreak;

/** Rows of pages `from`…end in chronological walk order, carrying times from `carried`. */
function walk(pages: readonly MergedPage[], from: number, carried: number, seen: Set<string>) {
  const rows: Row[] = [];
  const indexed = pages.slice(from).map((page, i) => ({ page, p: from + i }));
  const chronological = pages[0]?.order === 'newest-first' ? indexed.reverse() : indexed;
  let duplicate = false;
  let untimedHead = false;
  let sawTime = false;
  for (const { page, p } of chronological) {
    const newestFirst = page.order === 'newest-first';
    const list = newestFirst ? [...page.messages].reverse() : page.messages;
    const base = (newestFirst ? -p : p) * PAGE_SPAN;
    list.forEach((message, i) => {
      if (message.timeMs !== undefined) {
        carried = message.timeMs;
        sawTime = true;
      } else if (!sawTime) untimedHead = true;
      if (seen.has(message.id)) {
        duplicate = true;
        return;
      }
      seen.add(message.id);
      rows.push({ message, time: message.timeMs ?? carried, tiebreak: base + i });
    });
  }
  return { rows: rows.sort(byTime), carried, duplicate, untimedHead, sawTime };
}

interface Sorted {
  messages: Message[];
  times: number[];
  ties: number[];
}

function columns(rows: readonly Row[]): Sorted {
  return {
    messages: rows.map((r) => r.message),
    times: rows.map((r) => r.time),
    ties: rows.map((r) => r.tiebreak),
  };
}

/** Merges sorted `old` and sorted `rows`; a plain concatenation when one lies wholly before the other. */
function mergeSorted(old: MergeState, rows: readonly Row[]): Sorted {
  const added = columns(rows);
  const n = old.messages.length;
  const before = (i: number, row: Row | undefined) =>
    row !== undefined &&
    ((old.times[i] ?? 0) < row.time ||
      (old.times[i] === row.time && (old.ties[i] ?? 0) < row.tiebreak));
  if (n === 0 || before(n - 1, rows[0])) {
    return {
      messages: old.messages.concat(added.messages),
      times: old.times.concat(added.times),
      ties: old.ties.concat(added.ties),
    };
  }
  if (!before(0, rows.at(-1))) {
    return {
      messages: added.messages.concat(old.messages),
      times: added.times.concat(old.times),
      ties: added.ties.concat(old.ties),
    };
  }
  const out: Sorted = { messages: [], times: [], ties: [] };
  let i = 0;
  let j = 0;
  while (i < n || j < rows.length) {
    const row = rows[j];
    const message = old.messages[i];
    if (message && (row === undefined || before(i, row))) {
      out.messages.push(message);
      out.times.push(old.times[i] ?? 0);
      out.ties.push(old.ties[i] ?? 0);
      i++;
    } else if (row) {
      out.messages.push(row.message);
      out.times.push(row.time);
      out.ties.push(row.tiebreak);
      j++;
    }
  }
  return out;
}

function fullMerge(pages: readonly MergedPage[]): MergeState {
  const seen = new Set<string>();
  const result = walk(pages, 0, Number.NEGATIVE_INFINITY, seen);
  return {
    pages,
    ...columns(result.rows),
    seen,
    carriedEnd: result.carried,
    untimedHead: result.untimedHead,
  };
}

/**
 * Merges fetched pages into one chronological transcript, reusing `previous` when `pages` only adds
 * pages to the ones it merged (an infinite query's next page): then the cost is the new pages'
 * size plus one copy of the list, not a sort of everything. Same result as a merge from scratch:
 * de-duplicated by message id (the first copy in chronological walk order wins), sorted by time,
 * ties kept in delivery order: page by page, and for newest-first vendors with later pages (older
 * messages) first. A message without a readable time sorts with the message delivered just before
 * it in chronological order.
 * @param pages in the order they were requested (page 1 first).
 */
export function extendMerge(
  previous: MergeState | undefined,
  pages: readonly MergedPage[],
): MergeState {
  if (!previous) return fullMerge(pages);
  if (previous.pages === pages) return previous;
  const known = previous.pages.length;
  const extends_ =
    pages.length > known &&
    known > 0 &&
    previous.pages.every((page, i) => pages[i] === page) &&
    pages.every((page) => page.order === pages[0]?.order);
  if (!extends_) return fullMerge(pages);
  const newestFirst = pages[0]?.order === 'newest-first';
  // The usual caller extends each state once, so its set is handed on rather than copied; a state
  // extended a second time (its set already holds another extension's ids) merges from scratch.
  if (handedOn.has(previous)) return fullMerge(pages);
  handedOn.add(previous);
  const seen = previous.seen;
  // Newest-first: the new pages come first in the walk, so they carry nothing in.
  const start = newestFirst ? Number.NEGATIVE_INFINITY : previous.carriedEnd;
  const added = walk(pages, known, start, seen);
  // A duplicate may have to replace a copy already merged, and an untimed head of the old walk
  // now inherits a time from the new pages: both are rare, so merge from scratch.
  if (added.duplicate || (newestFirst && previous.untimedHead && added.sawTime)) {
    return fullMerge(pages);
  }
  return {
    pages,
    ...mergeSorted(previous, added.rows),
    seen,
    carriedEnd: newestFirst ? previous.carriedEnd : added.carried,
    untimedHead: newestFirst
      ? added.untimedHead || (!added.sawTime && previous.untimedHead)
      : previous.untimedHead,
  };
}

/**
 * Merges fetched pages into one chronological transcript (see {@link extendMerge} for the rules).
 * @param pages in the order they were requested (page 1 first).
 * @returns a new array; the messages themselves are not copied.
 */
export function mergePages(pages: readonly MergedPage[]): Message[] {
  return fullMerge(pages).messages;
}
