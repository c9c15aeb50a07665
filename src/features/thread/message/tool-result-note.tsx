import { CodeBlock } from '@/components/code-block.tsx';
import type { ToolResult } from '@/transcript/model.ts';
import { cardKey } from '@/transcript/open-parts.ts';
import type { ToolPair } from '@/transcript/tool-pairing.ts';
import { MarkedText } from '../find/marked-text.tsx';
import type { RowActions } from '../row-actions.ts';

/** A tool result in a message of its own: a link back to the call it answers, and the output. */
export function ToolResultNote({
  result,
  pair,
  messageId,
  index,
  goTo,
}: {
  result: ToolResult;
  pair: ToolPair | undefined;
  messageId: string;
  /** The result's part index in its message, naming its search field. */
  index: number;
  goTo: RowActions['goTo'];
}) {
  return (
    <div className="text-sm">
      <p className="mb-1 text-xs opacity-80">
        {pair ? (
          <button
            type="button"
            className="underline"
            onClick={() =>
              goTo({ messageId: pair.callMessageId, align: 'center' }, [cardKey(pair.callPart)])
            }
          >
            Result of <code className="font-semibold">{pair.call.name}</code>
          </button>
        ) : (
          <>Result of an unknown call{result.callId ? ` (${result.callId})` : ''}</>
        )}
      </p>
      <CodeBlock
        text={result.output}
        foldLines={30}
        label="Tool result"
        renderText={(t) => (
          <MarkedText messageId={messageId} fieldKey={`${index}:output`} text={t} />
        )}
      />
    </div>
  );
}
