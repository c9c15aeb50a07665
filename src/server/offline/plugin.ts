import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
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
    generateBundle(_options, bundle) {
      const page = bundle[OFFLINE_PAGE];
      if (page?.type !== 'asset') throw new Error(`The bundle has no ${OFFLINE_PAGE}`);
      const scripts: BuiltFile[] = [];
      const styles: BuiltFile[] = [];
      for (const file of Object.values(bundle)) {
        if (file === page) continue;
        if (file.type === 'chunk') scripts.push({ fileName: file.fileName, text: file.code });
        else if (file.fileName.endsWith('.css')) {
          styles.push({ fileName: file.fileName, text: textOf(file.source) });
        } else throw new Error(`The offline page cannot carry ${file.fileName}`);
        // Rollup's way to leave a file out of the output: remove it from the bundle.
        Reflect.deleteProperty(bundle, file.fileName);
      }
      page.source = inlinePage(textOf(page.source), scripts, styles);
    },
  };
}

function pageIn(output: Rolldown.RolldownOutput): string | undefined {
  const page = output.output.find((file) => file.fileName === OFFLINE_PAGE);
  return page?.type === 'asset' ? textOf(page.source) : undefined;
}

/**
 * Builds the offline page in memory with `configFile` (vite.offline.config.ts).
 * @throws the build's error, or {@link Error} when it made no offline.html.
 */
export async function buildOfflinePage(configFile: string): Promise<string> {
  const result = await build({ configFile, logLevel: 'warn', build: { write: false } });
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  const page = outputs.map(pageIn).find((p) => p !== undefined);
  if (page === undefined) throw new Error(`The offline build made no ${OFFLINE_PAGE}`);
  return page;
}

/**
 * `/offline.html` in `npm run dev`, where there is no dist: built on its first request (not at
 * startup, which it would slow) with `configFile`, kept in memory until a file under `src/` or
 * offline.html changes. The HTML export fetches it (lib/offline-html.ts).
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
        const building = (built ??= buildOfflinePage(path.resolve(root, configFile)));
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
