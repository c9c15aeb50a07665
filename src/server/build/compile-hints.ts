import type { Plugin } from 'vite';
import { z } from 'zod';

/**
 * V8's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): every
 * function in the file is compiled eagerly, on the background thread that streams the script in,
 * instead of on the main thread the first time it is called. V8 honours it only as the file's
 * very first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const SourceMapJson = z.looseObject({ mappings: z.string() });

/** A v3 map's `mappings` one generated line down: a `;` first is an empty line. */
const oneLineDown = (mappings: string) => `;${mappings}`;

/**
 * The chunk's code with {@link COMPILE_HINT} as its first line, and its source map (the JSON text
 * of a v3 map, or undefined) moved down the one line: a `;` before the mappings is an empty
 * generated line.
 *
 * @throws {Error} when `map` is not a source map's JSON (no string `mappings`).
 */
export function withCompileHint(
  code: string,
  map: string | undefined,
): { code: string; map: string | undefined } {
  if (code.startsWith(COMPILE_HINT)) return { code, map };
  const parsed = map === undefined ? undefined : SourceMapJson.parse(JSON.parse(map));
  return {
    code: `${COMPILE_HINT}\n${code}`,
    map: parsed && JSON.stringify({ ...parsed, mappings: oneLineDown(parsed.mappings) }),
  };
}

/**
 * A build plugin that marks the chunks of the given entry modules with {@link COMPILE_HINT}.
 * For chunks whose code nearly all runs as soon as they load: the transcript pane (rendering
 * its first page calls most of it: React components, Markdown, GFM, the virtualizer); what that
 * is worth is in docs/performance.md, "First message". Not for the app chunk (most of React DOM
 * and the vendors' code never run on one page) nor the highlighter (grammars for languages never
 * shown).
 *
 * It runs after Vite's own `generateBundle` work, which puts `__vite__mapDeps` on a chunk's first
 * line, and rewrites the `.map` asset to match.
 *
 * @param entries paths of the entry modules (dynamic imports, workers), matched against the end
 *   of each chunk's `facadeModuleId`.
 */
export function compileHints(entries: readonly string[]): Plugin {
  return {
    name: 'viewer:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const id = chunk.facadeModuleId;
          if (!entries.some((entry) => id.endsWith(entry))) continue;
          const found = bundle[`${chunk.fileName}.map`];
          const mapAsset = found?.type === 'asset' ? found : undefined;
          const mapText = typeof mapAsset?.source === 'string' ? mapAsset.source : undefined;
          const hinted = withCompileHint(chunk.code, mapText);
          if (hinted.code === chunk.code) continue;
          chunk.code = hinted.code;
          // The main build writes the `.map` asset; Vite writes a worker's map from the chunk as
          // well as its asset, and warns when the two differ: both say the same.
          if (chunk.map) chunk.map.mappings = oneLineDown(chunk.map.mappings);
          if (mapAsset && hinted.map !== undefined) {
            mapAsset.source = chunk.map ? chunk.map.toString() : hinted.map;
          }
        }
      },
    },
  };
}
