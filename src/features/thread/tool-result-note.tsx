import { CodeBlock } from '../../components/code-block.tsx';
import type { ToolResult } from '../../transcript/model.ts';
import type { ToolPair } from '../../transcript/tool-pairing.ts';

/** A tool result in a message of its own: which call it answers, and the output. */
export function ToolResultNote({
  result,
  pair,
}: {
  result: ToolResult;
  pair: ToolPair | undefined;
}) {
  const name = pair?.call.name ?? result.name;
  return (
    <div className="text-sm">
      <p className="mb-1 text-xs opacity-80">
        {pair ? (
          <a
            href={`#${encodeURIComponent(pair.callMessageId)}`}
            data-tool-call-id={pair.call.id ?? ''}
          >
            Result of <code className="font-semibold">{name}</code>
          </a>
        ) : (
          <>Result of an unknown call{result.callId ? ` (${result.callId})` : ''}</>
        )}
      </p>
      <CodeBlock text={result.output} />
    </div>
  );
}
