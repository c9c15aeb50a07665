import type { MessagePage } from '@/transcript/model.ts';
import type { PageSource } from './page-source.ts';

/**
 * Requests in flight at once where the source says its later cursors ahead (numbered pages): the
 * browser keeps six connections a host, and the page's other requests need the rest.
 */
export const READ_AHEAD = 4;

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
 * (`cursorOfPage` and `MessagePage.numbered`), the pages after the one awaited are requested
 * ahead, `readAhead` requests in flight at once, and still yielded in order. A consumer that
 * stops early (leaves its `for await`) or an aborted `signal` aborts every request in flight.
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
  const ask = (cursor: string): Request => {
    const controller = new AbortController();
    const page = source.fetchPage(cursor, AbortSignal.any([signal, controller.signal]));
    // Its failure is met when its turn comes; until then it must not count as unhandled.
    page.catch(() => undefined);
    return { cursor, page, controller };
  };
  const dropAhead = () => ahead.splice(0).forEach((r) => r.controller.abort());
  let asked = 0;
  let cursor = start;
  try {
    // A null cursor asks for the first page at the start, and ends the pages after it.
    do {
      const head = ahead.shift();
      // A vendor that names another next page than the one asked for ahead is followed.
      if (head && head.cursor !== cursor) {
        head.controller.abort();
        dropAhead();
        asked = 0;
      }
      const page = await (head?.cursor === cursor ? head.page : source.fetchPage(cursor, signal));
      const { numbered } = page;
      if (source.cursorOfPage && numbered && page.nextCursor !== null) {
        asked = Math.max(asked, numbered.page);
        while (ahead.length < readAhead && asked < numbered.pages) {
          asked += 1;
          ahead.push(ask(source.cursorOfPage(asked)));
        }
      }
      yield { cursor, page };
      cursor = page.nextCursor;
    } while (cursor !== null);
  } finally {
    dropAhead();
  }
}
