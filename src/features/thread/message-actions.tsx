import { CopyButton } from '../../components/copy-button.tsx';
import type { Message } from '../../transcript/model.ts';
import { messageAsText } from '../../transcript/export.ts';
import { useThreadActions } from './thread-context.ts';

/** A link to this message in this transcript (`?message=`, ui-contract.md "URLs"). */
function linkTo(messageId: string): string {
  return `${location.origin}${location.pathname}?message=${encodeURIComponent(messageId)}`;
}

/** A message's header actions: copy its text or a link to it, and show its details and raw payload. */
export function MessageActions({ message, detailsKey }: { message: Message; detailsKey: string }) {
  const { expanded, toggle } = useThreadActions();
  const open = expanded.has(detailsKey);
  const cls =
    'rounded px-1.5 py-0.5 opacity-70 hover:bg-black/10 hover:opacity-100 focus-visible:opacity-100 dark:hover:bg-white/10';
  return (
    <span className="ml-auto flex gap-1">
      <CopyButton text={() => messageAsText(message)} label="Copy message" className={cls} />
      <CopyButton text={() => linkTo(message.id)} label="Copy link" className={cls} />
      <button type="button" aria-expanded={open} onClick={() => toggle(detailsKey)} className={cls}>
        Details
      </button>
    </span>
  );
}
