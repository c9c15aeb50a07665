import { z } from 'zod';
import { NO_CITATIONS, type Message, type MessagePage } from '@/transcript/model.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { pageFromPayloads, VENDOR_IDS, type VendorId } from '@/vendors/index.ts';

/** The parts of the viewer's JSON export (transcript/export.ts) a reader needs. */
const exportSchema = z.looseObject({
  vendor: z.enum(VENDOR_IDS),
  conversationId: z.string(),
  exportedAt: z.string().optional(),
  complete: z.boolean().optional(),
  messages: z.array(z.looseObject({ raw: z.unknown().optional(), note: z.unknown().optional() })),
});

/** A JSON export read back: who it is of, and its messages as pages for a memory source. */
export interface ReadExport {
  vendor: VendorId;
  conversationId: string;
  /** ISO 8601, as the export says; undefined when it says nothing. */
  exportedAt: string | undefined;
  /** False when the export says loading had not reached the transcript's end. */
  complete: boolean;
  /**
   * The payloads re-normalized by the vendor's adapter (one page); then, when some messages
   * were exported without a payload, a second page holding each of those as a raw part.
   */
  pages: MessagePage[];
}

/** A message exported without its payload, shown as what the export says of it. */
function withoutPayload(exported: Record<string, unknown>, index: number): Message {
  const text = (key: string) => {
    const value = exported[key];
    return typeof value === 'string' ? value : undefined;
  };
  const time = text('time');
  const note = text('note') ?? 'The export holds no payload for this message.';
  return {
    id: text('id') ?? `exported-${index}`,
    role: text('role') ?? 'unknown',
    time,
    timeMs: parseTimestamp(time),
    parts: [{ kind: 'raw', note, value: exported }],
    citations: NO_CITATIONS,
  };
}

/**
 * Reads the viewer's JSON export (docs/contract.md "Export") back into pages: each message's
 * `raw` normalized again by the vendor's adapter, so the transcript shows as it did when it was
 * fetched (the model fields beside `raw` are not trusted).
 * @throws {SyntaxError} for text that is not JSON; {z.ZodError} for JSON that is not an export;
 *   the vendor's error when its payloads do not make a page.
 */
export async function readTranscriptExport(text: string): Promise<ReadExport> {
  const read = exportSchema.parse(JSON.parse(text));
  const withRaw = read.messages.filter((m) => m.raw !== undefined);
  const noted = read.messages.flatMap((m, i) => (m.raw === undefined ? [{ m, i }] : []));
  const pages = [
    await pageFromPayloads(
      read.vendor,
      withRaw.map((m) => m.raw),
    ),
  ];
  if (noted.length > 0) {
    const messages = noted.map(({ m, i }) => withoutPayload(m, i));
    // No payload: an export made from this page again leaves `raw` out, as this one did.
    const items = noted.map(() => undefined);
    pages.push({ messages, items, order: 'oldest-first', nextCursor: null });
  }
  return {
    vendor: read.vendor,
    conversationId: read.conversationId,
    exportedAt: read.exportedAt,
    complete: read.complete ?? true,
    pages,
  };
}
