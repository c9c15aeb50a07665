import type { CitedSource } from '@/transcript/citations.ts';
import type { Message } from '@/transcript/model.ts';
import { MarkedText } from '../find/marked-text.tsx';
import { SafeLink } from '../rich-text/safe-link.tsx';

/** The index of the source's first citation, which names its title's search field. */
function citationIndex(message: Message, source: CitedSource): number {
  return message.citations.findIndex((c) => c.id === source.citationIds[0]);
}

/** The numbered sources under a message, matching its citation markers. */
export function SourcesList({ sources, message }: { sources: CitedSource[]; message: Message }) {
  return (
    <section aria-label="Sources" className="mt-2 border-t border-current/15 pt-1.5 text-xs">
      <h2 className="mb-0.5 font-semibold opacity-70">Sources</h2>
      <ol className="space-y-0.5">
        {sources.map((s) => (
          <li key={s.number} className="flex gap-1.5">
            <span className="font-semibold tabular-nums">[{s.number}]</span>
            <span className="min-w-0">
              <SafeLink href={s.url}>
                {s.title ? (
                  <MarkedText
                    messageId={message.id}
                    fieldKey={`c${citationIndex(message, s)}:title`}
                    text={s.title}
                  />
                ) : (
                  (s.url ?? 'Untitled source')
                )}
              </SafeLink>
              {s.body && <span className="block opacity-75">{s.body}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
