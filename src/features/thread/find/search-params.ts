import type { SearchScope } from '@/transcript/search/fields.ts';
import type { SearchOptions } from '@/transcript/search/matcher.ts';

/** The scopes a search can take, in the order the find bar lists them. */
export const SCOPES: readonly { value: SearchScope; label: string }[] = [
  { value: 'everything', label: 'Everything' },
  { value: 'user', label: 'User' },
  { value: 'assistant', label: 'Assistant' },
  { value: 'tool-calls', label: 'Tool calls' },
  { value: 'tool-results', label: 'Tool results' },
  { value: 'knowledge', label: 'Knowledge' },
];

/** A search as the URL keeps it: `?q=` (present, even empty, while the find bar is open), `case`, `word`, `regex`, `scope`. */
export interface SearchParams {
  open: boolean;
  query: string;
  options: SearchOptions;
  scope: SearchScope;
}

/** Reads the search from the URL's query (docs/contract.md "URLs": `…/<id>?q=<text>`). */
export function readSearchParams(params: URLSearchParams): SearchParams {
  const scope = SCOPES.find((s) => s.value === params.get('scope'))?.value ?? 'everything';
  return {
    open: params.has('q'),
    query: params.get('q') ?? '',
    options: {
      caseSensitive: params.get('case') === '1',
      wholeWord: params.get('word') === '1',
      regex: params.get('regex') === '1',
    },
    scope,
  };
}

/** Writes a search into a copy of the URL's query, keeping other parameters (`message`). */
export function writeSearchParams(params: URLSearchParams, search: SearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['q', 'case', 'word', 'regex', 'scope']) next.delete(key);
  if (!search.open) return next;
  next.set('q', search.query);
  if (search.options.caseSensitive) next.set('case', '1');
  if (search.options.wholeWord) next.set('word', '1');
  if (search.options.regex) next.set('regex', '1');
  if (search.scope !== 'everything') next.set('scope', search.scope);
  return next;
}
