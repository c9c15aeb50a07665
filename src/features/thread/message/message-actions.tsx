import { CopyButton } from '@/components/copy-button.tsx';
import { messageAsText } from '@/transcript/export.ts';
import type { Message } from '@/transcript/model.ts';
import { DETAILS_KEY } from '@/transcript/open-parts.ts';
import type { RowActions } from '../row-actions.ts';

/** A link to this message in this transcript (`?message=`, docs/contract.md "URLs"). */
function linkTo(messageId: string): string {
  return `${location.origin}${location.pathname}?message=${encodeURIComponent(messageId)}`;
}

/**
 * A message's actions, floating over its top corner (no layout shift when they appear): copy its
 * text or a link to it, and show its details and raw payload.
 */
export function MessageActions({
  message,
  detailsOpen,
  actions,
}: {
  message: Message;
  detailsOpen: boolean;
  actions: RowActions;
}) {
  const cls =
    'rounded px-1.5 py-0.5 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:bg-slate-700';
  return (
    <span className="absolute top-1 right-2 z-10 flex gap-1 rounded-md border border-slate-200 bg-white text-xs text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200">
      <CopyButton text={() => messageAsText(message)} label="Copy message" className={cls} />
      <CopyButton text={() => linkTo(message.id)} label="Copy link" className={cls} />
      <button
        type="button"
        aria-expanded={detailsOpen}
        onClick={() => actions.toggle(message.id, DETAILS_KEY)}
        className={cls}
      >
        Details
      </button>
    </span>
  );
}
