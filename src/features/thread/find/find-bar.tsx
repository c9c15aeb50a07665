import { useId, type KeyboardEvent, type RefObject } from 'react';
import { SCOPES } from './search-params.ts';
import { findStatus } from './find-status.ts';
import type { TranscriptSearch } from './use-transcript-search.ts';

/** Props of {@link FindBar}. */
export interface FindBarProps {
  search: TranscriptSearch;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Messages loaded so far, and the vendor's total when known (for "in 3,000 of 10,000"). */
  loaded: number;
  total: number | undefined;
  loading: boolean;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
}

/**
 * The find bar (docs/contract.md "Search"): a searchbox named "Search transcript", a status reading
 * "N of M" or "No matches", "Previous match" / "Next match", and the options: match case, whole
 * word, regular expression, and the scope. Enter and Shift+Enter step; Escape closes.
 *
 * The status carries `data-search-query`: the query its text is the final result of, over every
 * loaded message with the current options and scope. While a scan runs the attribute is absent,
 * the status is `aria-busy`, and a result of an earlier query stays shown but dimmed; so a test
 * or benchmark waits for `data-search-query` to equal the searchbox's value to read the result
 * of exactly what was typed.
 */
export function FindBar({
  search,
  inputRef,
  loaded,
  total,
  loading,
  onStep,
  onClose,
}: FindBarProps) {
  const scopeId = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onStep(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const option = (key: keyof TranscriptSearch['options'], label: string) => (
    <label className="flex items-center gap-1">
      <input
        type="checkbox"
        checked={search.options[key]}
        onChange={(e) => search.update({ options: { ...search.options, [key]: e.target.checked } })}
      />
      {label}
    </label>
  );
  const button =
    'rounded border border-slate-300 px-2 py-0.5 disabled:opacity-50 dark:border-slate-700';
  return (
    <div
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-amber-50/60 px-4 py-1.5 text-xs dark:border-slate-800 dark:bg-slate-900"
    >
      <input
        ref={inputRef}
        type="search"
        aria-label="Search transcript"
        value={search.query}
        onChange={(e) => search.update({ query: e.target.value })}
        placeholder="Find in transcript"
        className="w-64 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
        autoComplete="off"
        autoFocus
        spellCheck={false}
      />
      <span
        role="status"
        aria-live="polite"
        aria-busy={search.pending}
        data-search-query={search.pending ? undefined : search.query}
        className={`min-w-32 tabular-nums ${search.error ? 'text-rose-700 dark:text-rose-300' : ''} ${search.forQuery || !search.pending ? '' : 'opacity-50'}`}
      >
        {findStatus(search, loaded, total, loading)}
      </span>
      <button
        type="button"
        className={button}
        onClick={() => onStep(-1)}
        disabled={!search.forQuery || search.matches.count === 0}
      >
        Previous match
      </button>
      <button
        type="button"
        className={button}
        onClick={() => onStep(1)}
        disabled={!search.forQuery || search.matches.count === 0}
      >
        Next match
      </button>
      {option('caseSensitive', 'Match case')}
      {option('wholeWord', 'Whole word')}
      {option('regex', 'Regex')}
      <label htmlFor={scopeId} className="flex items-center gap-1">
        In
        <select
          id={scopeId}
          value={search.scope}
          onChange={(e) =>
            search.update({
              scope: SCOPES.find((s) => s.value === e.target.value)?.value ?? 'everything',
            })
          }
          className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-950"
        >
          {SCOPES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onClose} aria-label="Close search" className="ml-auto px-1">
        ✕
      </button>
    </div>
  );
}
