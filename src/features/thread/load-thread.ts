import { isVendorId } from '../../providers/index.ts';
import { startPageWorker } from './page-worker/client.ts';

/** The transcript pane's module (a chunk of its own); the same promise however often it is asked. */
export const loadThread = () => import('./thread.tsx');

/**
 * Starts downloading the transcript pane, and starts the page worker, when the app starts on a
 * transcript's URL (`/<vendor>/<id>`), before React has rendered anything: the worker is ready
 * when the first page is asked for, and the first page and the pane's code arrive together.
 */
export function preloadThreadFor(pathname: string): void {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length !== 2 || !isVendorId(segments[0])) return;
  startPageWorker();
  void loadThread();
}
