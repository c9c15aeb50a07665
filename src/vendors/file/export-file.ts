import { z } from 'zod';
import { NO_CITATIONS, type Message, type MessagePage } from '@/transcript/model.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { loadEmojiShortcodes, mayHaveShortcodes } from '../moveworks/emoji.ts';
import { normalizeMoveworksMessage } from '../moveworks/normalize.ts';
import { normalizeTelnyxPage } from '../telnyx/normalize.ts';
import { normalizeTwilioMessage } from '../twilio/normalize.ts';
import { VENDOR_IDS, type VendorId } from '../types.ts';
import { shapeError } from './shape-error.ts';

/** Messages a page of an opened export holds: pages show while the rest loads. */
const EXPORT_PAGE_SIZE = 1000;

/**
 * The viewer's JSON export (transcript/export.ts `TranscriptExport`, docs/contract.md "Export"):
 * only what reading it back needs is checked; each message's `raw` is checked by its vendor's
 * own schema when it is normalized again.
 */
const exportSchema = z.looseObject({
  vendor: z.enum(VENDOR_IDS),
  conversationId: z.string(),
  exportedAt: z.string(),
  complete: z.boolean().optional(),
  messages: z.array(
    z.looseObject({
      id: z.string(),
      role: z.string().optional(),
      time: z.string().optional(),
      raw: z.unknown().optional(),
      note: z.string().optional(),
    }),
  ),
});

type ExportedMessage = z.infer<typeof exportSchema>['messages'][number];

/** An export read back: its vendor, conversation, and messages as pages of the model. */
export interface ReadExport {
  vendor: VendorId;
  conversationId: string;
  /** False when the export says loading had not reached the transcript's end. */
  complete: boolean;
  pages: MessagePage[];
}

/**
 * Reads the viewer's own JSON export back: each message's `raw`, the vendor's payload as
 * received, goes through its vendor's adapter again, as a live page's items do, and keeps the id
 * the export gave it (Telnyx ids are derived from a page, and must not change). A message the
 * export has no payload for shows as a raw part with the export's note.
 * @throws {import('./shape-error.ts').FileShapeError} naming the first field that differs from
 *   the export's shape, e.g. `messages[4].id`.
 */
export async function readExport(value: unknown): Promise<ReadExport> {
  const parsed = exportSchema.safeParse(value);
  if (!parsed.success) throw shapeError('', parsed.error);
  const { vendor, conversationId, complete, messages } = parsed.data;
  const pages: MessagePage[] = [];
  for (let start = 0; start < messages.length; start += EXPORT_PAGE_SIZE) {
    const chunk = messages.slice(start, start + EXPORT_PAGE_SIZE);
    pages.push({
      messages: await normalizeExported(vendor, chunk),
      items: chunk.map((m) => m.raw),
      order: 'oldest-first',
      nextCursor: null,
    });
  }
  return { vendor, conversationId, complete: complete ?? true, pages };
}

async function normalizeExported(
  vendor: VendorId,
  chunk: readonly ExportedMessage[],
): Promise<Message[]> {
  const raws = chunk.map((m) => m.raw);
  const normalized = await normalizeItems(
    vendor,
    raws,
    chunk.map((m) => m.id),
  );
  return chunk.map((m, i) => {
    const message = normalized[i];
    return 'raw' in m && message ? { ...message, id: m.id } : withoutPayload(m);
  });
}

/** Each item through `vendor`'s adapter, `ids` standing in for the ids items lack. */
async function normalizeItems(
  vendor: VendorId,
  items: readonly unknown[],
  ids: readonly string[],
): Promise<Message[]> {
  switch (vendor) {
    case 'twilio':
      return items.map((item, i) => normalizeTwilioMessage(item, ids[i] ?? ''));
    case 'telnyx':
      return normalizeTelnyxPage(items);
    case 'moveworks': {
      const emoji = mayHaveShortcodes(items) ? await loadEmojiShortcodes() : undefined;
      return items.map((item, i) => normalizeMoveworksMessage(item, ids[i] ?? '', emoji));
    }
  }
}

/** A message exported without its vendor payload: what the export says of it, shown raw. */
function withoutPayload(m: ExportedMessage): Message {
  const note = `The export holds no vendor payload for this message${m.note ? `: ${m.note}` : '.'}`;
  return {
    id: m.id,
    role: m.role ?? 'unknown',
    time: m.time,
    timeMs: parseTimestamp(m.time),
    parts: [{ kind: 'raw', note, value: m }],
    citations: NO_CITATIONS,
  };
}
