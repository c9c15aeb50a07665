/** Marks data served by the built-in sample backend (docs/contract.md: the page says "Sample data"). */
export function SampleBadge() {
  return (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      Sample data
    </span>
  );
}
