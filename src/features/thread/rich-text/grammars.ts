import { common, createLowlight, type LanguageFn } from 'lowlight';

/** What a grammar definition (or a mode in it: highlight.js `Mode`) holds that may name others. */
interface ModeLike {
  contains?: readonly (ModeLike | 'self')[];
  variants?: readonly ModeLike[];
  starts?: ModeLike;
  subLanguage?: string | readonly string[];
}

/** The grammars a definition embeds by name (`subLanguage`: CSS and JavaScript inside HTML). */
function subLanguages(definition: ModeLike): Set<string> {
  const names = new Set<string>();
  const seen = new Set<ModeLike>();
  const walk = (mode: ModeLike | 'self' | undefined) => {
    if (mode === undefined || mode === 'self' || seen.has(mode)) return;
    seen.add(mode);
    const sub = mode.subLanguage;
    for (const name of typeof sub === 'string' ? [sub] : (sub ?? [])) names.add(name);
    for (const child of mode.contains ?? []) walk(child);
    for (const variant of mode.variants ?? []) walk(variant);
    walk(mode.starts);
  };
  walk(definition);
  return names;
}

/** lowlight (highlight.js) with a grammar registered only when code in its language shows. */
export interface OnDemandLowlight {
  lowlight: ReturnType<typeof createLowlight>;
  /**
   * Registers the grammar for `language` if needed, with the grammars it embeds.
   * @returns true when the language can be highlighted.
   */
  ensure: (language: string) => boolean;
}

/**
 * A lowlight instance over highlight.js's common grammars (37 of them) that registers each on
 * first use: registering them all at once took a long task on the main thread in the middle of a
 * transcript's load, for the one or two languages a transcript's code is usually in. A grammar is
 * registered with those it embeds (found in its definition, so nothing here drifts from
 * highlight.js). A name that is not a grammar's own (an alias: `js`, `html`, `py`) registers
 * them all once, since highlight.js learns aliases from the grammars themselves.
 */
export function onDemandLowlight(
  grammars: Readonly<Record<string, LanguageFn>> = common,
): OnDemandLowlight {
  const lowlight = createLowlight();
  let all = false;
  const byName = (name: string): LanguageFn | undefined =>
    Object.hasOwn(grammars, name) ? grammars[name] : undefined;
  const register = (name: string) => {
    const grammar = byName(name);
    if (!grammar || lowlight.registered(name)) return;
    const embedded: string[] = [];
    lowlight.register(name, (hljs) => {
      const definition = grammar(hljs);
      embedded.push(...subLanguages(definition));
      return definition;
    });
    for (const sub of embedded) register(sub);
  };
  return {
    lowlight,
    ensure(language) {
      if (lowlight.registered(language)) return true;
      const name = language.toLowerCase();
      if (byName(name)) register(name);
      else if (!all) {
        all = true;
        for (const each of Object.keys(grammars)) register(each);
      }
      return lowlight.registered(language);
    },
  };
}
