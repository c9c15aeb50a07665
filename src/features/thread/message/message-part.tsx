import { LargeText } from '@/components/large-text.tsx';
import { LARGE_TEXT } from '@/lib/pretty-json.ts';
import type { ActionOffer } from '@/transcript/action-offers.ts';
import type { PlacedCitations } from '@/transcript/citations.ts';
import type { Message, Part } from '@/transcript/model.ts';
import { cardKey, foldKey } from '@/transcript/open-parts.ts';
import type { ToolPair } from '@/transcript/tool-pairing.ts';
import { RichText } from '../rich-text/rich-text.tsx';
import { MarkedText } from '../find/marked-text.tsx';
import type { RowActions } from '../row-actions.ts';
import { FoldedText } from './folded-text.tsx';
import { KnowledgeCard } from './knowledge-card.tsx';
import { PressedAction } from './pressed-action.tsx';
import { RawPart } from './raw-part.tsx';
import { ToolCallCard } from './tool-call-card.tsx';
import { ToolResultNote } from './tool-result-note.tsx';

/** Props of {@link MessagePart}. */
export interface MessagePartProps {
  message: Message;
  part: Part;
  /** The part's index in the message; names its cards and search fields. */
  index: number;
  /** The part's tool call ↔ result pair, for a tool call or result. */
  pair: ToolPair | undefined;
  /** The message's citations placed in its first text part. */
  citations: PlacedCitations | undefined;
  /** For a pressed button, the offer it pressed (transcript/action-offers.ts). */
  offer: ActionOffer | undefined;
  open: ReadonlySet<string> | undefined;
  actions: RowActions;
}

/** One part of a message; the first text part carries the message's citation markers. */
export function MessagePart({
  message,
  part,
  index,
  pair,
  citations,
  offer,
  open,
  actions,
}: MessagePartProps) {
  const toggle = (key: string) => actions.toggle(message.id, key);
  switch (part.kind) {
    case 'text': {
      const first = message.parts.find((p) => p.kind === 'text') === part;
      const fold = foldKey(index);
      if (part.text.length > LARGE_TEXT) {
        // Rendered as Markdown, a text this long would hold the page for seconds.
        return (
          <LargeText
            text={part.text}
            label="Message text"
            filename={`message-${message.id}.txt`}
            open={open?.has(fold) ?? false}
            onToggle={() => toggle(fold)}
            renderText={(t) => (
              <MarkedText messageId={message.id} fieldKey={`${index}:text`} text={t} />
            )}
          />
        );
      }
      return (
        <FoldedText
          length={part.text.length}
          open={open?.has(fold) ?? false}
          onToggle={() => toggle(fold)}
        >
          <RichText
            cacheKey={`${message.id}#${index}`}
            text={part.text}
            format={part.format}
            citations={first ? message.citations : []}
            placed={first ? citations : undefined}
            messageId={message.id}
            fieldKey={`${index}:text`}
          />
        </FoldedText>
      );
    }
    case 'tool-call':
      return (
        <ToolCallCard
          call={part.call}
          pair={pair}
          index={index}
          messageId={message.id}
          open={open?.has(cardKey(index)) ?? false}
          onToggle={() => toggle(cardKey(index))}
          goTo={actions.goTo}
        />
      );
    case 'tool-result':
      // A result recorded in the same message as its call shows inside the call's card already.
      if (pair && pair.callMessageId === pair.resultMessageId) return null;
      return (
        <ToolResultNote
          result={part.result}
          pair={pair}
          messageId={message.id}
          index={index}
          goTo={actions.goTo}
        />
      );
    case 'knowledge':
      return (
        <KnowledgeCard
          knowledge={part.knowledge}
          messageId={message.id}
          index={index}
          open={open?.has(cardKey(index)) ?? false}
          onToggle={() => toggle(cardKey(index))}
        />
      );
    case 'files':
      return (
        <p className="text-sm">Attachments: {part.files.map((f) => f.name ?? f.id).join(', ')}</p>
      );
    case 'pressed':
      return <PressedAction callbackId={part.callbackId} offer={offer} goTo={actions.goTo} />;
    case 'raw':
      return <RawPart note={part.note} value={part.value} />;
  }
}
