import { memo } from 'react';
import type { Message } from '@/transcript/model.ts';
import { articleAttributes } from './article-attributes.ts';
import { bubbleClass, metaClass } from './role-style.ts';

/** Characters of a message's text a placeholder shows (one line): enough to recognise it in passing. */
const PREVIEW_CHARS = 120;

/** The start of a message's first text, tool call, tool result or knowledge lookup, as plain
 * text (no Markdown is parsed). */
function preview(message: Message): string {
  for (const part of message.parts) {
    if (part.kind === 'text') return part.text.slice(0, PREVIEW_CHARS);
    if (part.kind === 'tool-call') return `${part.call.name}(…)`;
    if (part.kind === 'tool-result') return part.result.output.slice(0, PREVIEW_CHARS);
    if (part.kind === 'knowledge') {
      return (part.knowledge.query ?? part.knowledge.output ?? '').slice(0, PREVIEW_CHARS);
    }
  }
  return '';
}

/** Props of {@link MessagePlaceholder}: as `MessageArticle`'s. */
export interface MessagePlaceholderProps {
  message: Message;
  /** 1-based position in the whole transcript. */
  position: number;
  messageCount: number;
}

/**
 * A message drawn cheaply while the reader flies past it (feed/flight.ts): the same `article`
 * with the contract's attributes (docs/contract.md "Message") and `aria-busy`, the role's bubble
 * colours, and its role and the start of its text on one line, filling the row's height (its
 * wrapper sets it) so that nothing moves when the full message replaces it. Two elements, no
 * shadow, no wrapped text: a frame of them costs little style and layout work.
 */
export const MessagePlaceholder = memo(function MessagePlaceholder({
  message,
  position,
  messageCount,
}: MessagePlaceholderProps) {
  const { role } = message;
  return (
    <article
      {...articleAttributes(message, position, messageCount)}
      aria-busy="true"
      className={`h-full w-fit max-w-[85%] min-w-56 truncate rounded-2xl px-4 py-2.5 text-sm ${bubbleClass(role)}`}
    >
      <span className={`mr-2 text-xs font-semibold uppercase ${metaClass(role)}`}>{role}</span>
      {preview(message)}
    </article>
  );
});
