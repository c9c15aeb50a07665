/**
 * A short voice callback whose conversation ids contain `/`, `:` and `.` all three, so the
 * viewer and proxy must percent-encode path segments (docs/vendor-notes.md §1.5).
 */
import { defineScript } from '../define.ts';

/** The id used for Telnyx and Moveworks (Twilio's is a natural `voice:…/retry` name). */
export const SPECIAL_ID = 'legacy:2026/11.import';

/** Special-characters conversation (vendor-neutral script). */
export const specialChars = defineScript(
  {
    key: 'special-chars',
    title: 'Callback retry: delivery address change',
    channel: 'voice',
    twilioId: 'voice:CAd41f0e27a9c3b5d18e6f2a4c7b90e315.2/retry',
    telnyxId: SPECIAL_ID,
    moveworksId: SPECIAL_ID,
    twilioIdentity: 'phone:+15553339999',
    endUser: '+15553339999',
    twilioShape: 'content',
    telnyxMetadata: { import_source: 'legacy-ivr/2026.11' },
  },
  '2026-05-02T13:45:09Z',
  (b) => {
    b.assistant('Hi, this is Acme calling you back — our line dropped earlier. Is now a good time?')
      .user('Yes, sorry, I was in a tunnel. I need to change the delivery address on order 3318.')
      .tools([
        {
          name: 'get_order',
          args: { order_id: '3318' },
          result: {
            order_id: '3318',
            status: 'packed',
            address: '12 Birch Rd, Unit 4, Denver CO 80203',
          },
          prose: 'Order **3318** is packed but not shipped; current address 12 Birch Rd, Unit 4.',
        },
      ])
      .assistant('It hasn’t shipped yet, so that’s no problem. What’s the new address?')
      .user('450 Larimer Street, apartment 9B, Denver, 80202.')
      .tools([
        {
          name: 'update_shipping_address',
          args: {
            order_id: '3318',
            line1: '450 Larimer St',
            line2: 'Apt 9B',
            city: 'Denver',
            state: 'CO',
            zip: '80202',
          },
          result: { ok: true },
          prose: 'Shipping address updated to **450 Larimer St, Apt 9B, Denver CO 80202**.',
        },
      ])
      .assistant(
        'Updated: 450 Larimer Street, apartment 9B, Denver, 80202. It ships tomorrow. Anything else?',
      )
      .user('No, that’s all, thanks.')
      .assistant('Thanks for your patience. Goodbye!');
  },
);
