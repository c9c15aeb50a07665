import { useEffect, useRef } from 'react';

/**
 * Asks for the next page when it scrolls into view; also a plain button for keyboards and for
 * lists too short to scroll.
 */
export function LoadMoreSentinel({ onVisible, busy }: { onVisible: () => void; busy: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onVisible);
  useEffect(() => {
    latest.current = onVisible;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) latest.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      onClick={onVisible}
      disabled={busy}
      className="mx-auto mt-4 block rounded px-3 py-1 text-sm text-blue-700 hover:underline disabled:text-slate-500 dark:text-blue-300"
    >
      {busy ? 'Loading more…' : 'Load more'}
    </button>
  );
}
