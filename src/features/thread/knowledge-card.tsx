import type { KnowledgeLookup } from '../../transcript/model.ts';
import { SafeLink } from './rich-text/safe-link.tsx';
import { useThreadActions } from './thread-context.ts';

/**
 * A knowledge lookup (role `knowledge`), expandable like a tool card: its query on the button;
 * open, the answer, the sources and their snippets.
 */
export function KnowledgeCard({
  knowledge,
  cardKey,
}: {
  knowledge: KnowledgeLookup;
  cardKey: string;
}) {
  const { expanded, toggle } = useThreadActions();
  const open = expanded.has(cardKey);
  const empty = !knowledge.query && !knowledge.output && knowledge.sources.length === 0;
  return (
    <div className="rounded-lg border border-current/15 text-sm">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => toggle(cardKey)}
        className="flex w-full gap-2 px-3 py-1.5 text-left"
      >
        <span aria-hidden>{open ? '▾' : '▸'}</span>
        <span>
          Knowledge lookup
          {knowledge.query ? (
            <>
              : <q>{knowledge.query}</q>
            </>
          ) : (
            ''
          )}
        </span>
        {knowledge.sources.length > 0 && (
          <span className="ml-auto text-xs opacity-70">{knowledge.sources.length} sources</span>
        )}
      </button>
      {open && (
        <div className="space-y-2 px-3 pb-3">
          {empty && (
            <p className="italic opacity-80">The vendor returned no details for this lookup.</p>
          )}
          {knowledge.output && <p className="whitespace-pre-wrap">{knowledge.output}</p>}
          {knowledge.sources.length > 0 && (
            <ol className="list-decimal space-y-1 pl-5">
              {knowledge.sources.map((s, i) => (
                <li key={i}>
                  <SafeLink href={s.url}>{s.title ?? s.url ?? 'Source'}</SafeLink>
                  {s.snippet && <span className="block text-xs opacity-80">{s.snippet}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
