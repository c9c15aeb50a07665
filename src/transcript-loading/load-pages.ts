import type { MessagePage } from '@/transcript/model.ts';
import type { PageSource } from './page-source.ts';

/**
 * Requests in flight at once where the source says its later cursors ahead (numbered pages): the
 * browser keeps six connections a host, and the page's other requests need the rest.
 */
export const READ_AHEAD = 4;
/** Pages fetched ahead and not yet taken, at most: what a reader who stalls keeps in memory. */
export const HELD_AHEAD = 32;
/**
 * A transcript of this many pages or fewer is asked for whole as soon as its first page says
 * how many: its pages arrive while the first one renders (docs/performance.md, "Read-ahead").
 */
export const SHORT_PAGES = 16;

/** A page, with the cursor it was fetched with (null for the first page). */
export interface FetchedPage {
  cursor: string | null;
  page: MessagePage;
}

interface Request {
  cursor: string;
  page: Promise<MessagePage>;
  controller: AbortController;
}

/**
 * The pages of `source` from `start` on (null: the first page), in order, each fetched once,
 * following each page's `nextCursor` until it is null. Where the source numbers its pages
 * (`cursorOfPage` and `MessagePage.numbered`), later pages are requested ahead: `readAhead`
 * requests in flight at once (all of a transcript of {@link SHORT_PAGES} pages or fewer), a new
 * one as each arrives, up to {@link HELD_AHEAD} pages waiting their turn; they are still yielded
 * in order. A consumer that stops early (leaves its `for await`) or an aborted `signal` aborts
 * every request in flight.
 * @throws the failed page's error (the pages after it are aborted; none of them is yielded), or
 *   the signal's reason once it aborts.
 */
export async function* loadPages(
  source: PageSource,
  start: string | null,
  signal: AbortSignal,
  readAhead = READ_AHEAD,
): AsyncGenerator<FetchedPage, void, undefined> {
  const ahead: Request[] = [];
  // Requests sent and not yet settled; a failure stops further reading ahead.
  const inFlight = new Set<AbortController>();
  let failed = false;
  // The highest page number asked for, and the page count, once a page has said them.
  let asked = 0;
  let pages = 0;
  const fill = () => {
    const cursorOf = source.cursorOfPage;
    const window = pages <= SHORT_PAGES ? pages : readAhead;
    while (
      cursorOf &&
      !failed &&
      !signal.aborted &&
      inFlight.size < window &&
      ahead.length < HELD_AHEAD &&
      asked < pages
    ) {
      asked += 1;
      const controller = new AbortController();
      const page = source.fetchPage(cursorOf(asked), AbortSignal.any([signal, controller.signal]));
      inFlight.add(controller);
      // Each arrival makes room for the next request; a failure is met when its turn comes.
      page.then(
        () => {
          if (inFlight.delete(controller)) fill();
        },
        () => {
          failed ||= !controller.signal.aborted;
          inFlight.delete(controller);
        },
      );
      ahead.push({ cursor: cursorOf(asked), page, controller });
    }
  };
  const dropAhead = () => {
    for (const request of ahead.splice(0)) {
      request.controller.abort();
      inFlight.delete(request.controller);
    }
    asked = pages = 0;
  };
  let cursor = start;
  try {
    // A null cursor asks for the first page at the start, and ends the pages after it.
    do {
      const head = ahead.shift();
      // A vendor that names another next page than the one asked for ahead is followed.
      if (head && head.cursor !== cursor) {
        head.controller.abort();
        dropAhead();
      }
      const page = await (head?.cursor === cursor ? head.page : source.fetchPage(cursor, signal));
      if (page.numbered && page.nextCursor !== null) {
        asked = Math.max(asked, page.numbered.page);
        pages = page.numbered.pages;
        fill();
      }
      yield { cursor, page };
      cursor = page.nextCursor;
    } while (cursor !== null);
  } finally {
    dropAhead();
  }
}
