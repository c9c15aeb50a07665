/** "Jump to start" and "Jump to end", floating over the feed; hidden for an empty transcript. */
export function JumpButtons({ count, onJump }: { count: number; onJump: (index: number) => void }) {
  if (count === 0) return null;
  const cls =
    'rounded-full border border-slate-300 bg-white/90 px-3 py-1 text-xs shadow hover:bg-white dark:border-slate-700 dark:bg-slate-900/90';
  return (
    <div className="absolute right-4 bottom-4 z-10 flex flex-col gap-2">
      <button type="button" className={cls} onClick={() => onJump(0)}>
        Jump to start
      </button>
      <button type="button" className={cls} onClick={() => onJump(count - 1)}>
        Jump to end
      </button>
    </div>
  );
}
