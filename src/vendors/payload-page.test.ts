import { describe, expect, it } from 'vitest';
import { mergePages } from '@/transcript/merge.ts';
import moveworksPage from './moveworks/fixtures/messages-page.json';
import telnyxPage from './telnyx/fixtures/messages-page.json';
import twilioPage from './twilio/fixtures/messages-page.json';
import { createVendors } from './index.ts';
import { memoryHttp } from './memory-http.ts';
import { pageFromPayloads } from './payload-page.ts';
import { VENDOR_IDS } from './types.ts';

const recorded = { twilio: twilioPage, telnyx: telnyxPage, moveworks: moveworksPage };

describe('pageFromPayloads', () => {
  for (const vendor of VENDOR_IDS) {
    it(`${vendor}: makes of the payloads, oldest first, the messages fetching them made`, async () => {
      const page = await createVendors(memoryHttp(recorded[vendor]))[vendor].fetchMessages(
        'c',
        null,
      );
      const messages = mergePages([page]);
      const payloadOf = new Map(page.messages.map((m, i) => [m, page.items[i]]));
      const again = await pageFromPayloads(
        vendor,
        messages.map((m) => payloadOf.get(m)),
      );
      expect(again.order).toBe(page.order);
      expect(new Set(again.items)).toEqual(new Set(page.items));
      expect(again.nextCursor).toBeNull();
      expect(mergePages([again])).toEqual(messages);
    });
  }
});
