import type { CitedSource } from '@/transcript/citations.ts';
import { safeUrl } from '@/lib/safe-url.ts';

/**
 * A numbered citation marker at its place in the text (docs/contract.md "Citation"): a link to the
 * source with `data-citation-id`, showing the source's title and body on hover and on focus.
 * A source whose URL is not http(s) or mailto gets a marker that is no link.
 */
export function CitationMarker({
  citationId,
  source,
}: {
  citationId: string;
  source: CitedSource;
}) {
  const url = safeUrl(source.url);
  const label = `Source ${source.number}${source.title ? `: ${source.title}` : ''}`;
  const marker = `[${source.number}]`;
  const className =
    'mx-px rounded bg-blue-100 px-1 align-super text-[0.7em] font-semibold text-blue-800 no-underline dark:bg-blue-900/60 dark:text-blue-100';
  return (
    <span className="group/cite relative inline-block">
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          data-citation-id={citationId}
          aria-label={label}
          className={className}
        >
          {marker}
        </a>
      ) : (
        <span data-citation-id={citationId} tabIndex={0} aria-label={label} className={className}>
          {marker}
        </span>
      )}
      <span
        role="tooltip"
        className="invisible absolute bottom-full left-1/2 z-20 mb-1 w-72 -translate-x-1/2 rounded-lg border border-slate-200 bg-white p-2 text-left text-xs font-normal text-slate-800 shadow-lg group-focus-within/cite:visible group-hover/cite:visible dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
      >
        <span className="block font-semibold">{source.title ?? source.url ?? 'Source'}</span>
        {source.body && <span className="mt-1 block">{source.body}</span>}
        {source.url && (
          <span className="mt-1 block truncate text-slate-500 dark:text-slate-400">
            {source.url}
          </span>
        )}
      </span>
    </span>
  );
}
