/** Bubble colours per role; an unknown role gets a dashed neutral bubble so it stands out. */
// A Map: roles are vendor strings, and `constructor` must not find Object.prototype's.
const STYLES = new Map<string, string>(
  Object.entries({
    user: 'ml-auto bg-blue-700 text-white',
    assistant:
      'bg-white text-slate-900 border border-slate-200 dark:bg-slate-900 dark:text-slate-100 dark:border-slate-700',
    tool: 'bg-amber-50 text-amber-950 border border-amber-200 dark:bg-amber-950/50 dark:text-amber-50 dark:border-amber-800',
    knowledge:
      'bg-emerald-50 text-emerald-950 border border-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-50 dark:border-emerald-800',
    system:
      'bg-slate-100 text-slate-800 border border-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:border-slate-600',
    agent:
      'bg-violet-50 text-violet-950 border border-violet-200 dark:bg-violet-950/50 dark:text-violet-50 dark:border-violet-800',
  }),
);

const UNKNOWN =
  'bg-white text-slate-900 border border-dashed border-rose-400 dark:bg-slate-900 dark:text-slate-100';

/** Tailwind classes for a message bubble of `role`. */
export function bubbleClass(role: string): string {
  return STYLES.get(role) ?? UNKNOWN;
}

/** The header line's colour, muted against the bubble. */
export function metaClass(role: string): string {
  return role === 'user' ? 'text-blue-100' : 'text-slate-500 dark:text-slate-400';
}
