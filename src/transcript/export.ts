import type { Message, Part } from './model.ts';

function partAsText(part: Part): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'tool-call':
      return `Tool call ${part.call.name}(${part.call.argumentsText})`;
    case 'tool-result':
      return `Tool result${part.result.failed ? ' (failed)' : ''}: ${part.result.output}`;
    case 'knowledge':
      return [`Knowledge lookup: ${part.knowledge.query ?? ''}`, part.knowledge.output ?? '']
        .join('\n')
        .trim();
    case 'files':
      return `Attachments: ${part.files.map((f) => f.name ?? f.id).join(', ')}`;
    case 'raw':
      return `${part.note}\n${JSON.stringify(part.value, null, 2)}`;
  }
}

/** A message as plain text, part after part, for the clipboard. */
export function messageAsText(message: Message): string {
  return message.parts.map(partAsText).join('\n\n');
}

/** A fence longer than any backtick run in `text`, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function partAsMarkdown(part: Part): string {
  if (part.kind === 'text') return part.text;
  const body = partAsText(part);
  const fence = fenceFor(body);
  return `${fence}\n${body}\n${fence}`;
}

/**
 * A transcript as Markdown: a title, then one section per message (role, time as sent) with its
 * text as written and everything else (tool calls, results, knowledge, raw parts) fenced.
 * Citations are listed under the message they belong to.
 * @param title e.g. "Telnyx AI conversation 3fa85f64-…".
 */
export function transcriptToMarkdown(title: string, messages: readonly Message[]): string {
  const sections = messages.map((m, i) => {
    const head = `## ${i + 1}. ${m.role}${m.author ? ` · ${m.author}` : ''}${m.time ? ` · ${m.time}` : ''}`;
    const sources = m.citations.map(
      (c, n) => `${n + 1}. [${c.title ?? c.url ?? c.id}](${c.url ?? ''})`,
    );
    return [
      head,
      ...m.parts.map(partAsMarkdown),
      ...(sources.length ? ['Sources:', sources.join('\n')] : []),
    ].join('\n\n');
  });
  return `# ${title}\n\n${sections.join('\n\n')}\n`;
}

/**
 * A transcript as JSON: the normalized messages in chronological order, pretty-printed with a
 * 2-space indent. The vendor payloads are not in it: the transcript keeps none
 * (transcript-loading/transcript.ts).
 */
export function transcriptToJson(title: string, messages: readonly Message[]): string {
  return JSON.stringify({ title, exportedMessages: messages.length, messages }, null, 2);
}
