import { CopyButton } from '../../components/copy-button.tsx';
import type { Message } from '../../transcript/model.ts';
import { messageAsText } from '../../transcript/export.ts';
import { useThreadActions } from './thread-context.ts';

/** A link to this message in this transcript (`?message=`, ui-contract.md "URLs"). */
function linkTo(messageId: string): string {
  return `${location.origin}${location.pathname}?message=${encodeURIComponent(messageId)}`;
}

/**
 * A message's actions, floating over its top corner (no layout shift when they appear): copy its
 * text or a link to it, and show its details and raw payload.
 */
export function MessageActions({ message, detailsKey }: { message: Message; detailsKey: string }) {
  const { expanded, toggle } = useThreadActions();
  const open = expanded.has(detailsKey);
  const cls =
    'rounded px-1.5 py-0.5 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:bg-slate-700';
  return (
    <span className="absolute top-1 right-2 z-10 flex gap-1 rounded-md border border-slate-200 bg-white text-xs text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200">
      <CopyButton text={() => messageAsText(message)} label="Copy message" className={cls} />
      <CopyButton text={() => linkTo(message.id)} label="Copy link" className={cls} />
      <button type="button" aria-expanded={open} onClick={() => toggle(detailsKey)} className={cls}>
        Details
      </button>
    </span>
  );
}
