import { LargeText } from '@/components/large-text.tsx';
import { LARGE_TEXT } from '@/lib/pretty-json.ts';
import type { KnowledgeLookup } from '@/transcript/model.ts';
import { MarkedText } from '../find/marked-text.tsx';
import { SafeLink } from '../rich-text/safe-link.tsx';

/**
 * A knowledge lookup (role `knowledge`), expandable like a tool card: its query on the button;
 * open, the answer, the sources and their snippets.
 */
export function KnowledgeCard({
  knowledge,
  messageId,
  index,
  open,
  onToggle,
}: {
  knowledge: KnowledgeLookup;
  messageId: string;
  /** The part's index in its message, naming its search fields (`<index>:k<n>`). */
  index: number;
  open: boolean;
  onToggle: () => void;
}) {
  // Numbered as transcript/search/fields.ts numbers them: query, output, then each source's title and snippet.
  const mark = (n: number, text: string) => (
    <MarkedText messageId={messageId} fieldKey={`${index}:k${n}`} text={text} />
  );
  const empty = !knowledge.query && !knowledge.output && knowledge.sources.length === 0;
  return (
    <div className="rounded-lg border border-current/15 text-sm">
      <button
        type="button"
        aria-expanded={open}
        onClick={onToggle}
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
          {knowledge.output && knowledge.output.length > LARGE_TEXT ? (
            <LargeText
              text={knowledge.output}
              label="Answer"
              filename={`knowledge-${messageId}.txt`}
              renderText={(t) => mark(1, t)}
            />
          ) : (
            knowledge.output && <p className="whitespace-pre-wrap">{mark(1, knowledge.output)}</p>
          )}
          {knowledge.sources.length > 0 && (
            <ol className="list-decimal space-y-1 pl-5">
              {knowledge.sources.map((s, i) => (
                <li key={i}>
                  <SafeLink href={s.url}>
                    {s.title ? mark(2 + 2 * i, s.title) : (s.url ?? 'Source')}
                  </SafeLink>
                  {s.snippet && (
                    <span className="block text-xs opacity-80">{mark(3 + 2 * i, s.snippet)}</span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
