import { memo, useState, type FocusEvent } from 'react';
import { Timestamp } from '../../components/timestamp.tsx';
import type { Message } from '../../transcript/model.ts';
import { sentTime } from '../../transcript/time.ts';
import { articleAttributes } from './article-attributes.ts';
import { MessageActions } from './message-actions.tsx';
import { MessageDetails } from './message-details.tsx';
import { MessagePart } from './message-part.tsx';
import { placedCitationsOf } from './placed-citations.ts';
import { bubbleClass, metaClass } from './role-style.ts';
import { SourcesList } from './sources-list.tsx';
import { useThreadActions } from './thread-context.ts';

/** Props of {@link MessageArticle}. */
export interface MessageArticleProps {
  message: Message;
  /** 1-based position in the whole transcript. */
  position: number;
  setSize: number;
  /** Shown with a ring: the message a `?message=` link points at. */
  highlighted?: boolean;
}

/**
 * One message (ui-contract.md "Message"): an `article` with `data-message-id`, `data-role`,
 * `aria-posinset` and `aria-setsize`; its role, author and time in the header, then its parts and
 * the sources it cites. Copy and details float over its corner while it is pointed at or focused.
 */
export const MessageArticle = memo(function MessageArticle({
  message,
  position,
  setSize,
  highlighted = false,
}: MessageArticleProps) {
  const { expanded } = useThreadActions();
  const { role } = message;
  const time = sentTime(message);
  const placed = placedCitationsOf(message);
  const detailsKey = `${message.id}#details`;
  const detailsOpen = expanded.has(detailsKey);
  // The actions exist only while the reader points at or is inside the message (or its details
  // are open): three buttons in every row would be most of the elements in the feed.
  const [active, setActive] = useState(false);
  const leave = (e: FocusEvent<HTMLElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setActive(false);
  };
  return (
    <article
      {...articleAttributes(message, position, setSize)}
      tabIndex={-1}
      data-highlighted={highlighted || undefined}
      onPointerEnter={() => setActive(true)}
      onPointerLeave={(e) => setActive(e.currentTarget.contains(document.activeElement))}
      onFocus={() => setActive(true)}
      onBlur={leave}
      className={`group/msg relative space-y-2 w-fit max-w-[85%] min-w-56 rounded-2xl px-4 py-2.5 shadow-sm focus:ring-2 focus:ring-blue-500 focus:outline-none ${highlighted ? 'ring-4 ring-amber-400' : ''} ${bubbleClass(role)}`}
    >
      {/* The role label is drawn from data-label (no element of its own: rows are counted in
          elements); the article's accessible name says the role too. */}
      <header
        data-label={role}
        className={`mb-1 flex flex-wrap items-baseline gap-x-2 text-xs before:font-semibold before:tracking-wide before:uppercase before:content-[attr(data-label)] ${metaClass(role)}`}
      >
        {message.author}
        {time && <Timestamp iso={time} ms={message.timeMs} />}
      </header>
      {message.parts.map((part, i) => (
        <MessagePart key={i} message={message} part={part} index={i} placed={placed} />
      ))}
      {placed && <SourcesList sources={placed.sources} message={message} />}
      {(active || detailsOpen) && <MessageActions message={message} detailsKey={detailsKey} />}
      {detailsOpen && <MessageDetails message={message} />}
    </article>
  );
});
