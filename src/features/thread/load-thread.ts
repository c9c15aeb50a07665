import { isVendorId } from '../../providers/index.ts';

/** The transcript pane's module (a chunk of its own); the same promise however often it is asked. */
export const loadThread = () => import('./thread.tsx');

/**
 * Starts downloading the transcript pane when the app starts on a transcript's URL
 * (`/<vendor>/<id>`), before React has rendered anything: the first page and the pane's code then
 * arrive together.
 */
export function preloadThreadFor(pathname: string): void {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 2 && isVendorId(segments[0])) void loadThread();
}
