import { memo, useState, type FocusEvent } from 'react';
import { Timestamp } from '@/components/timestamp.tsx';
import { DETAILS_KEY } from '@/transcript/open-parts.ts';
import type { MessageMark } from '@/transcript/model.ts';
import type { Row } from '@/transcript/rows.ts';
import type { RowActions } from '../row-actions.ts';
import { articleAttributes } from './article-attributes.ts';
import { LateReplyNote } from './late-reply-note.tsx';
import { MessageActions } from './message-actions.tsx';
import { MessageDetails } from './message-details.tsx';
import { MessagePart } from './message-part.tsx';
import { OfferedActions } from './offered-actions.tsx';
import { bubbleClass, metaClass } from './role-style.ts';
import { SourcesList } from './sources-list.tsx';

/** What a mark on a message reads (transcript/model.ts `MessageMark`). */
const MARK_LABELS: Record<MessageMark, string> = {
  flagged: 'Flagged',
  aborted: 'Aborted',
};

/** Props of {@link MessageArticle}: a row (transcript/rows.ts) and its view state. */
export interface MessageArticleProps extends Row {
  /** The `aria-setsize` of the article: the message count, -1 while it is not known. */
  messageCount: number;
  /** What the reader opened in this message (transcript/open-parts.ts). */
  open: ReadonlySet<string> | undefined;
  /** Shown with a ring: the message a `?message=` link points at. */
  highlighted: boolean;
  actions: RowActions;
}

/**
 * One message (docs/contract.md "Message"): an `article` with `data-message-id`, `data-role`,
 * `aria-posinset` and `aria-setsize`; its role, author and time in the header, then its parts and
 * the sources it cites. Copy and details float over its corner while it is pointed at or focused.
 * Everything it shows comes in its props: it renders again only when one of them changes.
 */
export const MessageArticle = memo(function MessageArticle(props: MessageArticleProps) {
  const { message, position, pairs, citations, pressed, handoff, lateReplyTo } = props;
  const { messageCount, open, highlighted, actions } = props;
  const { role } = message;
  const detailsOpen = open?.has(DETAILS_KEY) ?? false;
  // The actions exist only while the reader points at or is inside the message (or its details
  // are open): three buttons in every row would be most of the elements in the feed.
  const [active, setActive] = useState(false);
  const leave = (e: FocusEvent<HTMLElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setActive(false);
  };
  return (
    <article
      {...articleAttributes(message, position, messageCount)}
      tabIndex={-1}
      data-highlighted={highlighted || undefined}
      onPointerEnter={() => setActive(true)}
      onPointerLeave={(e) => setActive(e.currentTarget.contains(document.activeElement))}
      onFocus={() => setActive(true)}
      onBlur={leave}
      className={`group/msg relative space-y-2 w-fit max-w-[85%] min-w-56 rounded-2xl px-4 py-2.5 shadow-sm focus:ring-2 focus:ring-blue-500 focus:outline-none ${highlighted ? 'ring-4 ring-amber-400' : ''} ${bubbleClass(role)}`}
    >
      {handoff && (
        <p className="text-xs font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">
          A person took over from the assistant
        </p>
      )}
      {/* The role label is drawn from data-label (no element of its own: rows are counted in
          elements); the article's accessible name says the role too. */}
      <header
        data-label={role}
        className={`mb-1 flex flex-wrap items-baseline gap-x-2 text-xs before:font-semibold before:tracking-wide before:uppercase before:content-[attr(data-label)] ${metaClass(role)}`}
      >
        {message.author}
        {message.time && <Timestamp iso={message.time} ms={message.timeMs} />}
        {message.channel && <span>via {message.channel}</span>}
        {message.rateable && (
          <span title="The vendor asks the user to rate this answer">rateable</span>
        )}
        {message.marks?.map((mark) => (
          <span
            key={mark}
            className="rounded bg-amber-200 px-1.5 font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50"
          >
            {MARK_LABELS[mark]}
          </span>
        ))}
      </header>
      {lateReplyTo && <LateReplyNote requestId={lateReplyTo} goTo={actions.goTo} />}
      {message.parts.map((part, i) => (
        <MessagePart
          key={i}
          message={message}
          part={part}
          index={i}
          pair={pairs?.[i]}
          citations={citations}
          offer={pressed}
          open={open}
          actions={actions}
        />
      ))}
      {message.actions && <OfferedActions actions={message.actions} />}
      {citations && <SourcesList sources={citations.sources} message={message} />}
      {(active || detailsOpen) && (
        <MessageActions message={message} detailsOpen={detailsOpen} actions={actions} />
      )}
      {detailsOpen && <MessageDetails message={message} actions={actions} />}
    </article>
  );
});
