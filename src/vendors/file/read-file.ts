import { JsonFileError, parseJsonFile, type JsonFile } from '@/lib/json-file.ts';
import type { MessagePage } from '@/transcript/model.ts';
import type { VendorId } from '../types.ts';
import { readExport } from './export-file.ts';
import { conversationOf, kindOfValue, readResponse } from './responses.ts';
import { FileShapeError } from './shape-error.ts';

/** A transcript read from a file (docs/contract.md, "Files"), ready for a memory source. */
export interface OpenedFile {
  vendor: VendorId;
  /** What the file was: one vendor response, several, or the viewer's own export. */
  kind: 'response' | 'responses' | 'export';
  /** The conversation the file names (the export's, a Twilio `session_id`, a Moveworks `conversation_id`). */
  conversationId: string | undefined;
  /** False when the file says it is not the whole transcript (an export made mid-load). */
  complete: boolean;
  /** The file's pages, normalized, in the file's order; each page's cursor is null. */
  pages: MessagePage[];
}

/**
 * Reads a transcript file's text: one vendor messages response exactly as sent, a JSON array
 * or NDJSON of such responses of one conversation, or the viewer's own JSON export. The vendor
 * is told from the shape (responses.ts); every response is validated with the schema live pages
 * are, and normalized by the same adapter.
 * @throws {FileShapeError} for text that is none of these, saying where it differs: `the file`,
 *   `line 3` of NDJSON, `[2].meta.page_number` in an array, `messages[4].id` in an export; and for
 *   responses of different vendors or conversations.
 */
export async function readTranscriptFile(text: string): Promise<OpenedFile> {
  const content = parseText(text);
  if (content.kind === 'json' && !Array.isArray(content.value)) {
    const kind = kindOfValue(content.value, '');
    if (kind === 'export') return { kind: 'export', ...(await readExport(content.value)) };
    const page = await readResponse(kind, content.value, '', 0);
    const conversationId = conversationOf(page.items);
    return { vendor: kind, kind: 'response', conversationId, complete: true, pages: [page] };
  }
  const values =
    content.kind === 'ndjson'
      ? content.lines.map(({ line, value }) => ({ at: `line ${line}`, value }))
      : toArray(content.value).map((value, i) => ({ at: `[${i}]`, value }));
  return readResponses(values);
}

function parseText(text: string): JsonFile {
  try {
    return parseJsonFile(text);
  } catch (error) {
    if (error instanceof JsonFileError) throw new FileShapeError(error.where, error.detail);
    throw error;
  }
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** Several responses of one vendor and one conversation, in the file's order. */
async function readResponses(values: { at: string; value: unknown }[]): Promise<OpenedFile> {
  const first = values[0];
  if (!first) throw new FileShapeError('the file', 'is an empty array: it holds no response');
  const vendor = responseKind(first.value, first.at);
  let conversation: { id: string; at: string } | undefined;
  const pages: MessagePage[] = [];
  for (const [index, { at, value }] of values.entries()) {
    const kind = responseKind(value, at);
    if (kind !== vendor) {
      throw new FileShapeError(at, `is a ${kind} response, ${first.at} a ${vendor} one`);
    }
    const page = await readResponse(kind, value, at, index);
    const id = conversationOf(page.items);
    conversation ??= id === undefined ? undefined : { id, at };
    if (id !== undefined && conversation && id !== conversation.id) {
      throw new FileShapeError(
        at,
        `is of conversation ${id}, ${conversation.at} of ${conversation.id}: a file holds one conversation`,
      );
    }
    pages.push(page);
  }
  return { vendor, kind: 'responses', conversationId: conversation?.id, complete: true, pages };
}

/** The vendor of one response of a list; an export is no response. */
function responseKind(value: unknown, at: string): VendorId {
  const kind = kindOfValue(value, at);
  if (kind === 'export') {
    throw new FileShapeError(at, 'is an export: open it on its own, not in a list');
  }
  return kind;
}
