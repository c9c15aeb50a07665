import { memo } from 'react';
import { Timestamp } from '../../components/timestamp.tsx';
import type { Message } from '../../transcript/model.ts';
import type { ToolPairing } from '../../transcript/tool-pairing.ts';
import { MessagePart } from './message-part.tsx';
import { bubbleClass, metaClass } from './role-style.ts';

/** Props of {@link MessageArticle}. */
export interface MessageArticleProps {
  message: Message;
  /** 1-based position in the whole transcript. */
  position: number;
  setSize: number;
  pairing: ToolPairing;
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/**
 * One message (ui-contract.md "Message"): an `article` with `data-message-id`, `data-role`,
 * `aria-posinset` and `aria-setsize`, its role and time in the header, then its parts.
 */
export const MessageArticle = memo(function MessageArticle(props: MessageArticleProps) {
  const { message, position, setSize } = props;
  const { role } = message;
  return (
    <article
      data-message-id={message.id}
      data-role={role}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-label={`${role} message ${position}`}
      className={`w-fit max-w-[85%] min-w-48 rounded-2xl px-4 py-2.5 shadow-sm ${bubbleClass(role)}`}
    >
      <header className={`mb-1 flex flex-wrap items-baseline gap-x-2 text-xs ${metaClass(role)}`}>
        <span className="font-semibold tracking-wide uppercase">{role}</span>
        {message.author && <span>{message.author}</span>}
        {message.time && <Timestamp iso={message.time} ms={message.timeMs} />}
      </header>
      <div className="space-y-2">
        {message.parts.map((part, i) => (
          <MessagePart key={i} part={part} partKey={`${message.id}#${i}`} {...props} />
        ))}
      </div>
      {message.citations.length > 0 && (
        <ol className="mt-2 list-decimal space-y-0.5 border-t border-current/10 pt-1 pl-5 text-xs">
          {message.citations.map((c) => (
            <li key={c.id}>{c.title ?? c.url ?? c.id}</li>
          ))}
        </ol>
      )}
    </article>
  );
});
