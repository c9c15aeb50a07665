import type { Provider } from '../../../providers/index.ts';
import { compactPage } from '../../../transcript/compact.ts';
import type { MessagePage } from '../../../transcript/model.ts';
import { fetchPageReadingAhead } from '../read-ahead.ts';
import { leanPage } from './lean.ts';
import { vendorErrorFrom, type PageReply, type PageRequest } from './protocol.ts';

interface Waiting {
  resolve: (page: MessagePage) => void;
  reject: (reason: unknown) => void;
  /** The same request on the main thread, should the worker stop. */
  inThread: () => Promise<MessagePage>;
}

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function settle(reply: PageReply): void {
  const w = waiting.get(reply.id);
  if (!w) return;
  waiting.delete(reply.id);
  if (reply.type === 'page') w.resolve(compactPage(reply.page));
  else if (reply.type === 'vendor-error') w.reject(vendorErrorFrom(reply.error));
  else w.reject(new Error(reply.message));
}

function pageWorker(): Worker | undefined {
  if (worker || broken || typeof Worker !== 'function') return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'transcript pages',
    });
  } catch {
    broken = true;
    return undefined;
  }
  worker.addEventListener('message', (e: MessageEvent<PageReply>) => settle(e.data));
  // A worker that cannot start (blocked by a content policy, say) leaves the pages to the main
  // thread: what was asked of it is asked again there.
  worker.addEventListener('error', () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const w of waiting.values()) w.inThread().then(w.resolve, w.reject);
    waiting.clear();
  });
  return worker;
}

/** Starts the page worker ahead of the first page, so its start-up does not delay that page. */
export function startPageWorker(): void {
  pageWorker();
}

/**
 * One page of a transcript, fetched, validated and normalized in a worker (worker.ts), with the
 * pages after it read ahead there; on the main thread where there are no workers. Its messages
 * are lean (lean.ts): no vendor payload or details, which message-details.tsx fetches again;
 * and compact (transcript/compact.ts). Same contract
 * as `Provider.fetchMessages`: the signal aborts the request (and everything read ahead for the
 * transcript), rejecting with the signal's reason.
 * @throws {import('../../../providers/errors.ts').VendorError} for HTTP failures and unreadable
 *   pages, rebuilt from the worker's reply; an Error when the worker failed.
 */
export function fetchPage(
  provider: Provider,
  conversationId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<MessagePage> {
  const inThread = () =>
    fetchPageReadingAhead(provider, conversationId, cursor, signal).then((page) =>
      compactPage(leanPage(page, cursor)),
    );
  const target = pageWorker();
  if (!target) return inThread();
  if (signal?.aborted) return Promise.reject(signal.reason);
  const id = nextId++;
  const request: PageRequest = { type: 'fetch', id, vendor: provider.id, conversationId, cursor };
  return new Promise<MessagePage>((resolve, reject) => {
    const onAbort = () => {
      waiting.delete(id);
      target.postMessage({ type: 'abort', id } satisfies PageRequest);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    waiting.set(id, {
      resolve: (page) => {
        done();
        resolve(page);
      },
      reject: (reason) => {
        done();
        reject(reason);
      },
      inThread,
    });
    target.postMessage(request);
  });
}
