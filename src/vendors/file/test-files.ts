/**
 * What the file reader's tests share: the vendors' fixture pages, and what the live client
 * makes of them.
 */
import { transcriptToJson } from '@/transcript/export.ts';
import type { Message, MessagePage } from '@/transcript/model.ts';
import { memoryHttp } from '../memory-http.ts';
import { createMoveworksVendor } from '../moveworks/client.ts';
import moveworksPage from '../moveworks/fixtures/messages-page.json';
import { createTelnyxVendor } from '../telnyx/client.ts';
import telnyxPage from '../telnyx/fixtures/messages-page.json';
import { createTwilioVendor } from '../twilio/client.ts';
import twilioPage from '../twilio/fixtures/messages-page.json';
import type { VendorId } from '../types.ts';
import { readTranscriptFile } from './read-file.ts';
import { FileShapeError } from './shape-error.ts';

/** Each vendor's fixture page, and the vendor's live client answered with it. */
export const responses = {
  twilio: { body: twilioPage, vendor: createTwilioVendor(memoryHttp(twilioPage)) },
  telnyx: { body: telnyxPage, vendor: createTelnyxVendor(memoryHttp(telnyxPage)) },
  moveworks: { body: moveworksPage, vendor: createMoveworksVendor(memoryHttp(moveworksPage)) },
} as const;

/** The vendors, in display order. */
export const VENDORS = ['twilio', 'telnyx', 'moveworks'] as const;

/** The page the vendor's live client makes of the same body. */
export function livePage(vendor: VendorId): Promise<MessagePage> {
  return responses[vendor].vendor.fetchMessages('conversation', null);
}

/** A JSON export of `page`'s messages with their payloads, as the Export menu writes it. */
export function exportOf(vendor: VendorId, page: MessagePage, conversationId = 'c-1'): string {
  const payloads = new Map<Message, unknown>(page.messages.map((m, i) => [m, page.items[i]]));
  const head = { vendor, conversationId, exportedAt: '2026-01-01T00:00:00Z', complete: true };
  return transcriptToJson(head, page.messages, payloads);
}

/**
 * The error reading `text` as a transcript file fails with.
 * @throws when it reads, or fails with anything but a {@link FileShapeError}.
 */
export async function failure(text: string): Promise<FileShapeError> {
  const error = await readTranscriptFile(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileShapeError)) throw new Error(`no FileShapeError: ${String(error)}`);
  return error;
}

/** The Telnyx fixture as two pages of one conversation, newest first. */
export function telnyxPages() {
  const half = Math.ceil(telnyxPage.data.length / 2);
  const meta = { total_pages: 2, total_results: telnyxPage.data.length, page_size: half };
  return [
    { data: telnyxPage.data.slice(0, half), meta: { ...meta, page_number: 1 } },
    { data: telnyxPage.data.slice(half), meta: { ...meta, page_number: 2 } },
  ];
}
