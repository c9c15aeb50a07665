import type { ReactNode } from 'react';
import { useSearchHighlight } from './search-context.ts';

/**
 * One search match in the page (docs/contract.md "Search"): a `mark`, with `aria-current="true"`
 * when it is the current match. It reads the current match from context, so cached rendered text
 * holding it does not need rendering again when the current match moves. Text matching outside
 * the search's scope stays unmarked.
 */
export function SearchMark({ id, children }: { id: string; children: ReactNode }) {
  const { currentId, ids } = useSearchHighlight();
  if (!ids.has(id)) return children;
  const current = currentId === id;
  return (
    <mark
      data-match-id={id}
      aria-current={current ? 'true' : undefined}
      className={
        current
          ? 'rounded-sm bg-orange-400 text-black ring-2 ring-orange-600'
          : 'rounded-sm bg-yellow-200 text-black dark:bg-yellow-300'
      }
    >
      {children}
    </mark>
  );
}
