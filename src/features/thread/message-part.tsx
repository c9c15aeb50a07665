import type { PlacedCitations } from '../../transcript/citations.ts';
import type { Message, Part } from '../../transcript/model.ts';
import { FoldedText } from './folded-text.tsx';
import { KnowledgeCard } from './knowledge-card.tsx';
import { RawPart } from './raw-part.tsx';
import { RichText } from './rich-text/rich-text.tsx';
import { useThreadActions } from './thread-context.ts';
import { ToolCallCard } from './tool-call-card.tsx';
import { ToolResultNote } from './tool-result-note.tsx';

/** One part of a message; the first text part carries the message's citation markers. */
export function MessagePart({
  message,
  part,
  index,
  placed,
}: {
  message: Message;
  part: Part;
  /** The part's index in the message; names its cards and search fields. */
  index: number;
  placed: PlacedCitations | undefined;
}) {
  const { pairing } = useThreadActions();
  const partKey = `${message.id}#${index}`;
  switch (part.kind) {
    case 'text': {
      const first = message.parts.find((p) => p.kind === 'text') === part;
      return (
        <FoldedText foldKey={`${partKey}:more`} length={part.text.length}>
          <RichText
            cacheKey={partKey}
            text={part.text}
            format={part.format}
            citations={first ? message.citations : []}
            placed={first ? placed : undefined}
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
          pair={pairing.byCallKey.get(partKey)}
          cardKey={partKey}
          index={index}
          messageId={message.id}
        />
      );
    case 'tool-result': {
      const pair = pairing.byResultKey.get(partKey);
      // A result recorded in the same message as its call shows inside the call's card already.
      if (pair && pair.callMessageId === pair.resultMessageId) return null;
      return (
        <ToolResultNote result={part.result} pair={pair} messageId={message.id} index={index} />
      );
    }
    case 'knowledge':
      return (
        <KnowledgeCard
          knowledge={part.knowledge}
          cardKey={partKey}
          messageId={message.id}
          index={index}
        />
      );
    case 'files':
      return (
        <p className="text-sm">Attachments: {part.files.map((f) => f.name ?? f.id).join(', ')}</p>
      );
    case 'raw':
      return <RawPart note={part.note} value={part.value} />;
  }
}
