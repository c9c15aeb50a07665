import type { KnowledgeLookup } from '../../transcript/model.ts';

/** A knowledge lookup (role `knowledge`): a button with `aria-expanded`; open, its query, sources and output. */
export function KnowledgeCard({
  knowledge,
  expanded,
  onToggle,
}: {
  knowledge: KnowledgeLookup;
  expanded: boolean;
  onToggle: () => void;
}) {
  const empty = !knowledge.query && !knowledge.output && knowledge.sources.length === 0;
  return (
    <div className="rounded-lg border border-current/15 text-sm">
      <button
        type="button"
        aria-expanded={expanded}
        onClick={onToggle}
        className="flex w-full gap-2 px-3 py-1.5 text-left"
      >
        <span aria-hidden>{expanded ? '▾' : '▸'}</span>
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
      </button>
      {expanded && (
        <div className="space-y-2 px-3 pb-3">
          {empty && (
            <p className="italic opacity-80">The vendor returned no details for this lookup.</p>
          )}
          {knowledge.output && <p className="whitespace-pre-wrap">{knowledge.output}</p>}
          {knowledge.sources.length > 0 && (
            <ul className="list-disc pl-5">
              {knowledge.sources.map((s, i) => (
                <li key={i}>
                  {s.title ?? s.url ?? 'Source'}
                  {s.snippet && <span className="block text-xs opacity-80">{s.snippet}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
