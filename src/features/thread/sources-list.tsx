import type { CitedSource } from '../../transcript/citations.ts';
import { SafeLink } from './rich-text/safe-link.tsx';

/** The numbered sources under a message, matching its citation markers. */
export function SourcesList({ sources }: { sources: CitedSource[] }) {
  return (
    <section aria-label="Sources" className="mt-2 border-t border-current/15 pt-1.5 text-xs">
      <h3 className="mb-0.5 font-semibold opacity-70">Sources</h3>
      <ol className="space-y-0.5">
        {sources.map((s) => (
          <li key={s.number} className="flex gap-1.5">
            <span className="font-semibold tabular-nums">[{s.number}]</span>
            <span className="min-w-0">
              <SafeLink href={s.url}>{s.title ?? s.url ?? 'Untitled source'}</SafeLink>
              {s.body && <span className="block opacity-75">{s.body}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
