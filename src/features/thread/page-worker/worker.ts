/**
 * The page worker: fetches, parses, validates and normalizes a transcript's pages off the main
 * thread, reading ahead where the vendor numbers its pages (read-ahead.ts). The main thread then
 * only receives finished pages, and its rendering never holds up the next request.
 * Protocol: protocol.ts.
 */
import { createHttpClient } from '../../../api/http-client.ts';
import { createRegistry, VendorError } from '../../../providers/index.ts';
import { fetchPageReadingAhead } from '../read-ahead.ts';
import { leanPage } from './lean.ts';
import { vendorErrorData, type PageReply, type PageRequest } from './protocol.ts';

const registry = createRegistry(createHttpClient());
const running = new Map<number, AbortController>();

function reply(message: PageReply): void {
  postMessage(message);
}

async function fetchPage(request: Extract<PageRequest, { type: 'fetch' }>): Promise<void> {
  const controller = new AbortController();
  running.set(request.id, controller);
  const { id } = request;
  try {
    const page = await fetchPageReadingAhead(
      registry[request.vendor],
      request.conversationId,
      request.cursor,
      controller.signal,
    );
    if (!controller.signal.aborted)
      reply({ type: 'page', id, page: leanPage(page, request.cursor) });
  } catch (err) {
    if (controller.signal.aborted) return;
    if (err instanceof VendorError)
      reply({ type: 'vendor-error', id, error: vendorErrorData(err) });
    else reply({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    running.delete(id);
  }
}

addEventListener('message', (event: MessageEvent<PageRequest>) => {
  const request = event.data;
  if (request.type === 'abort') running.get(request.id)?.abort();
  else void fetchPage(request);
});
