import type { Part } from '../../transcript/model.ts';
import type { MessageArticleProps } from './message-article.tsx';
import { KnowledgeCard } from './knowledge-card.tsx';
import { RawPart } from './raw-part.tsx';
import { ToolCallCard } from './tool-call-card.tsx';
import { ToolResultNote } from './tool-result-note.tsx';

/** One part of a message; plain text for now, whatever its format. */
export function MessagePart({
  part,
  partKey,
  pairing,
  expanded,
  onToggle,
}: MessageArticleProps & { part: Part; partKey: string }) {
  switch (part.kind) {
    case 'text':
      return <p className="break-words whitespace-pre-wrap">{part.text}</p>;
    case 'tool-call': {
      const pair = pairing.byCallKey.get(partKey);
      return (
        <ToolCallCard
          call={part.call}
          pair={pair}
          expanded={expanded.has(partKey)}
          onToggle={() => onToggle(partKey)}
        />
      );
    }
    case 'tool-result': {
      const pair = pairing.byResultKey.get(partKey);
      // A result recorded in the same message as its call shows inside the call's card already.
      if (pair && pair.callMessageId === pair.resultMessageId) return null;
      return <ToolResultNote result={part.result} pair={pair} />;
    }
    case 'knowledge':
      return (
        <KnowledgeCard
          knowledge={part.knowledge}
          expanded={expanded.has(partKey)}
          onToggle={() => onToggle(partKey)}
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
