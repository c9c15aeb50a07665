/**
 * Initial JavaScript and CSS of the production build: what `dist/index.html` loads before any
 * `import()` (module scripts, module preloads, stylesheets), gzip-compressed as a server would;
 * and the chunks it loads later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial bytes after gzip (level 9), and the files counted. */
export interface BundleSize {
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: string[];
}

/**
 * Reads `dist/index.html` and sizes every asset it references up front.
 * @throws Error when `dist/index.html` or an asset it names is missing (build first).
 */
export function initialBundle(dist = 'dist'): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/[^"]+\.(?:js|css))"/g)];
  const files = [...new Set(refs.map((m) => m[1] ?? ''))].filter(Boolean);
  let js = 0;
  let css = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    if (file.endsWith('.css')) css += size;
    else js += size;
  }
  return { jsGzipBytes: js, cssGzipBytes: css, files };
}

/** What this reads of Vite's build manifest. */
interface ManifestChunk {
  file: string;
  isDynamicEntry?: boolean;
}

/**
 * URL paths of the chunks the app loads with `import()` (Vite's build manifest,
 * `build.manifest` in vite.config.ts), e.g. `/assets/highlighted-code-….js`.
 * @throws Error when `dist/.vite/manifest.json` is missing (build first).
 */
export function lazyChunks(dist = 'dist'): string[] {
  const manifest: Record<string, ManifestChunk> = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  );
  return Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry === true)
    .map((chunk) => `/${chunk.file}`);
}
