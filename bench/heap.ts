/**
 * The page's JS heap, split into what its data takes and what its compiled code takes (V8 heap
 * snapshot over CDP).
 */
import type { CDPSession, Page } from '@playwright/test';

/** One reading after forced garbage collection, bytes. */
export interface HeapReading {
  /** `Performance.getMetrics` `JSHeapUsedSize`: everything on the page's JS heap. */
  usedBytes: number;
  /**
   * Of that, compiled code and its metadata (heap snapshot nodes of type `code`: bytecode,
   * optimized machine code, feedback). It depends on which functions ran hot enough to be
   * compiled, not on the transcript: 0.5–1 MB more after loading 1,000 or 10,000 messages than
   * 200, which alone is more than the 1,000-message transcript's heap budget.
   */
  codeBytes: number;
  /** `usedBytes - codeBytes`: what the heap budget counts. */
  dataBytes: number;
}

/** The shape of a V8 heap snapshot that this reads (`snapshot.meta`, `nodes`). */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * One of `Performance.getMetrics` (the domain must be enabled).
 * @throws Error when the browser does not report `name`.
 */
export async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`Performance.getMetrics has no ${name}`);
  return found.value;
}

/** Sum of the self sizes of the snapshot's `code` nodes, bytes. */
async function codeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  await cdp.send('HeapProfiler.enable');
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const parsed: Snapshot = JSON.parse(chunks.join(''));
  const { node_fields: fields, node_types: types } = parsed.snapshot.meta;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = types[0].indexOf('code');
  if (type < 0 || size < 0 || code < 0) throw new Error('unexpected heap snapshot layout');
  let bytes = 0;
  for (let i = 0; i < parsed.nodes.length; i += fields.length) {
    if (parsed.nodes[i + type] === code) bytes += parsed.nodes[i + size] ?? 0;
  }
  return bytes;
}

/**
 * Imports every lazily loaded chunk (`chunks`, URL paths: bundle.ts `lazyChunks`) into the page,
 * as the app does when it first needs one: a heap reading then holds all of the app's modules
 * whichever rows happen to be on screen (the syntax highlighter loads with the first code block).
 * @throws Error when a chunk fails to load.
 */
export async function loadLazyChunks(page: Page, chunks: readonly string[]): Promise<void> {
  await page.evaluate(async (urls) => {
    await Promise.all(urls.map((url) => import(url)));
  }, chunks);
}

/** JS heap in use after two forced garbage collections, bytes. */
export async function collectedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return metric(cdp, 'JSHeapUsedSize');
}

/**
 * The heap after forced garbage collection, with its compiled code counted apart (a heap
 * snapshot: a few seconds at 100,000 messages).
 * @throws Error when the snapshot is not in the layout V8 documents.
 */
export async function heapReading(cdp: CDPSession): Promise<HeapReading> {
  const usedBytes = await collectedHeap(cdp);
  const code = await codeBytes(cdp);
  return { usedBytes, codeBytes: code, dataBytes: usedBytes - code };
}
