import type { Message, Part } from './model.ts';

/** A part other than text as one line or block of plain text, as the export and copy show it. */
export function partAsText(part: Part): string {
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
    case 'pressed':
      return `Pressed the button with callback ${part.callbackId}`;
    case 'raw':
      return `${part.note}\n${JSON.stringify(part.value, null, 2)}`;
  }
}

/** A message as plain text, part after part, for the clipboard. */
export function messageAsText(message: Message): string {
  return message.parts.map(partAsText).join('\n\n');
}

/** Who a JSON export is of (docs/contract.md, "Export"). */
export interface ExportHead {
  /** The vendor's id (`twilio`, `telnyx`, `moveworks`). */
  vendor: string;
  conversationId: string;
  /** When the export was made, ISO 8601. */
  exportedAt: string;
  /** False when loading had not reached the transcript's end (or failed) at the export. */
  complete: boolean;
}

/**
 * One message of a JSON export: every field of the model and `raw`, the vendor's payload exactly
 * as received, or, when it could not be had again, `note` saying so.
 */
export type ExportedMessage = Message & { raw?: unknown; note?: string };

/** The viewer's JSON export: {@link ExportHead} and the messages in chronological order. */
export interface TranscriptExport extends ExportHead {
  messages: ExportedMessage[];
}

/**
 * A transcript as the viewer's JSON export (docs/contract.md, "Export"), pretty-printed with a
 * 2-space indent.
 * @param payloads each message's vendor payload (transcript-loading/load-payloads.ts); a
 *   message without one gets a `note` instead of `raw`.
 */
export function transcriptToJson(
  head: ExportHead,
  messages: readonly Message[],
  payloads: ReadonlyMap<Message, unknown>,
): string {
  const exported: TranscriptExport = {
    ...head,
    messages: messages.map((message) =>
      payloads.has(message)
        ? { ...message, raw: payloads.get(message) }
        : { ...message, note: 'The vendor no longer sends this message: its payload is missing.' },
    ),
  };
  return JSON.stringify(exported, null, 2);
}
