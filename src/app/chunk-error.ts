/**
 * How browsers and Vite word a module that could not be downloaded: Chromium, Firefox, Safari,
 * and Vite's preload of a chunk's CSS (a production build).
 */
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/**
 * True when `error` is a part of the app's code (a lazy route or pane) that failed to download:
 * offline, or gone after a deploy replaced the files this page was built with. Reloading the
 * page is then the cure, not rendering again.
 */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}
