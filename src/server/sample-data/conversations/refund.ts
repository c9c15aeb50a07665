/** Ordinary support chat over SMS: a refund for a blender that arrived damaged. */
import { defineScript } from '../define.ts';

/** Refund conversation (vendor-neutral script); Twilio content shape `{content}`. */
export const refund = defineScript(
  {
    key: 'refund',
    title: 'Refund for damaged blender (order #20931)',
    channel: 'sms',
    twilioId: 'messaging__+15550001111/6f1c2d9e-3b4a-4c5d-8e7f-90a1b2c3d4e5',
    twilioIdentity: 'phone:+15551230001',
    endUser: '+15551230001',
    twilioShape: 'content',
    // A person took the chat over from the assistant (Telnyx's reserved metadata key).
    telnyxMetadata: { ai_disabled: 'true' },
  },
  '2026-02-03T09:41:27Z',
  (b) => {
    b.user('hi my blender arrived with a cracked jug. order 20931')
      .assistant('Oh no, I’m sorry about that! Let me pull up order #20931.')
      .tools([
        {
          name: 'lookup_order',
          args: { order_id: '20931' },
          result: {
            order_id: '20931',
            placed_at: '2026-01-28',
            items: [
              { sku: 'BLND-900', name: 'ProBlend 900', qty: 1, price: 129.99 },
              { sku: 'TMP-2', name: 'Tamper', qty: 1, price: 9.5 },
            ],
            shipping: 6.99,
            tax: 11.52,
            payment: 'Visa •••• 4421',
          },
        },
      ])
      .assistant(
        'Found it: a **ProBlend 900** and a tamper, delivered January 30. Would you like a full refund or a replacement jug?',
        { format: 'markdown' },
      )
      .user('refund please, I dont trust it anymore')
      .assistant(
        'Understood. Could you send a photo of the crack? It helps us file a claim with the carrier.',
      )
      .user('sent it by email just now')
      .tools([
        {
          name: 'create_refund',
          args: {
            order_id: '20931',
            items: ['BLND-900', 'TMP-2'],
            reason: 'damaged_in_transit',
            include_shipping: true,
          },
          result: {
            refund_id: 'rf_7Kq2N8',
            amount: 158.0,
            currency: 'USD',
            status: 'pending',
            eta_days: 5,
          },
        },
      ])
      .assistant(
        [
          'Thanks, got the photo. Your refund is on its way:',
          '',
          '| Item | Amount |',
          '| --- | ---: |',
          '| ProBlend 900 | $129.99 |',
          '| Tamper | $9.50 |',
          '| Shipping | $6.99 |',
          '| Tax | $11.52 |',
          '| **Total** | **$158.00** |',
          '',
          'It goes back to your Visa ending 4421 within 5 business days (refund id `rf_7Kq2N8`).',
        ].join('\n'),
        { format: 'markdown' },
      )
      .user('do I need to send the blender back?')
      .assistant('No need — please recycle it or keep it. We won’t charge you anything.')
      .user('ok thanks')
      .assistant('You’re welcome! Reply here anytime if the refund hasn’t arrived by February 10.');
  },
);
