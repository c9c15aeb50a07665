import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { inlinePage, type BuiltFile } from './inline-page.ts';

/** The offline page's entry, at the project's root beside index.html. */
export const OFFLINE_PAGE = 'offline.html';

function textOf(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}

/**
 * The offline build's last step (vite.offline.config.ts): offline.html with every chunk and
 * stylesheet inlined and the Content-Security-Policy of {@link inlinePage}, the bundle's only
 * file. Needs one chunk (`codeSplitting: false`) and every asset inlined.
 * @throws {Error} from {@link inlinePage}, or when the bundle holds any other file: the build
 *   then fails rather than make a page that would ask for it.
 */
export function inlineOfflinePage(): Plugin {
  return {
    name: 'transcript-offline-page',
    apply: 'build',
    enforce: 'post',
    // After every other plugin's: Vite rewrites the chunks' preload markers in this hook too.
    generateBundle: { order: 'post', handler: inline },
  };
}

/**
 * The lazy imports' preload markers Vite leaves when nothing is left to preload (the imports
 * are inlined): each stands for the list of files to preload, which is none.
 */
const PRELOAD_MARKER = /"?__VITE_PRELOAD__"?/g;

function inline(_options: unknown, bundle: Rolldown.OutputBundle): void {
  const page = bundle[OFFLINE_PAGE];
  if (page?.type !== 'asset') throw new Error(`The bundle has no ${OFFLINE_PAGE}`);
  const scripts: BuiltFile[] = [];
  const styles: BuiltFile[] = [];
  for (const file of Object.values(bundle)) {
    if (file === page) continue;
    if (file.type === 'chunk') {
      const text = file.code.replace(PRELOAD_MARKER, 'void 0');
      scripts.push({ fileName: file.fileName, text });
    } else if (file.fileName.endsWith('.css')) {
      styles.push({ fileName: file.fileName, text: textOf(file.source) });
    } else throw new Error(`The offline page cannot carry ${file.fileName}`);
    // Rollup's way to leave a file out of the output: remove it from the bundle.
    Reflect.deleteProperty(bundle, file.fileName);
  }
  page.source = inlinePage(textOf(page.source), scripts, styles);
}

/** Vite's command line, as `npm run build` runs it. */
const VITE_BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

/**
 * Builds the offline page with `configFile` (vite.offline.config.ts) in a process of its own,
 * as `npm run build` does: in the dev server's own process the build would be a development one
 * (Vite reads `NODE_ENV` from the process), and two servers share no output directory.
 * @returns offline.html as built.
 * @throws {Error} with the build's output when it fails.
 */
export async function buildOfflinePage(configFile: string, root: string): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'offline-page-'));
  try {
    const args = [VITE_BIN, 'build', '-c', configFile, '--outDir', outDir, '--logLevel', 'warn'];
    await run(process.execPath, args, root);
    return await readFile(path.join(outDir, OFFLINE_PAGE), 'utf8');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}: ${output}`)),
    );
  });
}

/**
 * `/offline.html` in `npm run dev`, where there is no dist: built on its first request (not at
 * startup, which it would slow) with `configFile` ({@link buildOfflinePage}, a few seconds), kept
 * in memory until a file under `src/` or offline.html changes. The HTML export fetches it (lib/offline-html.ts).
 */
export function offlinePageInDev(configFile: string): Plugin {
  return {
    name: 'transcript-offline-page-dev',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      let built: Promise<string> | undefined;
      const changed = (file: string) => {
        const rel = path.relative(root, file);
        if (rel === OFFLINE_PAGE || rel.startsWith(`src${path.sep}`)) built = undefined;
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      // Before Vite's own middlewares, which would serve offline.html as a dev page.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== `/${OFFLINE_PAGE}`) {
          next();
          return;
        }
        const building = (built ??= buildOfflinePage(configFile, root));
        building.then(
          (html) => {
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(html);
          },
          (error: unknown) => {
            if (built === building) built = undefined;
            server.config.logger.error(`  offline page: ${String(error)}`);
            res.statusCode = 500;
            res.end('The offline page could not be built; the dev server log says why.');
          },
        );
      });
    },
  };
}
