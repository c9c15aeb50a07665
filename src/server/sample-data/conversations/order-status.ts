/** Ordinary support chat: a late order redirected to a pickup point (web chat, two tools). */
import { defineScript } from '../define.ts';

/** Text of the first message (the user's question), for end-to-end ordering checks. */
export const ORDER_STATUS_FIRST =
  'Hi! Where is my order #1042? It was supposed to arrive yesterday.';
/** Text of the last message (the assistant's goodbye). */
export const ORDER_STATUS_LAST = 'You’re welcome, Maya! Enjoy the new headphones. 📦';

/** Order-status conversation (vendor-neutral script). */
export const orderStatus = defineScript(
  {
    key: 'order-status',
    title: 'Late order #1042 redirected to pickup point',
    channel: 'web',
    twilioId:
      'conversations__IS4f2a9c1e7b3d45a8b6e0c2d1f3a5b7c9/CH8e1d2c3b4a5f60718293a4b5c6d7e8f9',
    twilioIdentity: 'user_id:maya.okafor',
    endUser: 'web:maya.okafor',
    twilioShape: 'output',
  },
  '2026-01-14T17:02:11Z',
  (b) => {
    b.user(ORDER_STATUS_FIRST)
      .tools([
        {
          name: 'get_order_status',
          args: { order_id: '1042' },
          result: {
            order_id: '1042',
            status: 'shipped',
            carrier: 'UPS',
            tracking: '1Z999AA10123456784',
            shipped_at: '2026-01-12',
            eta: '2026-01-14',
            last_scan: 'Out for delivery — Springfield, IL',
          },
          prose:
            'I found order **#1042**: shipped with UPS on January 12, last scan *out for delivery*.',
        },
      ])
      .assistant(
        'I’m sorry it’s running late! Order **#1042** shipped on January 12 with UPS (tracking `1Z999AA10123456784`). The latest scan says *out for delivery* in Springfield, so it should reach you by 8 pm today.',
        { format: 'markdown' },
      )
      .user('Ugh, I won’t be home after 6. Can it go to the pickup point on Elm Street instead?')
      .tools([
        {
          name: 'redirect_shipment',
          args: { order_id: '1042', pickup_point_id: 'UPS-AP-60614-0214' },
          result: {
            ok: true,
            pickup_point: 'UPS Access Point — 214 Elm St',
            ready_from: '2026-01-15T10:00:00-06:00',
          },
          prose: 'The carrier accepted the redirect to the **UPS Access Point at 214 Elm St**.',
        },
      ])
      .assistant(
        'Done! The parcel is now headed to the **UPS Access Point at 214 Elm St**. It will be ready for pickup from 10 am tomorrow, and the store holds parcels for 7 days. Bring a photo ID.',
        { format: 'markdown' },
      )
      .user('Perfect. Will I get a text when it’s there?')
      .assistant(
        'Yes — UPS will text the number ending in 0000 as soon as the parcel is checked in at the store.',
      )
      .user('Great, that’s all. Thanks!')
      .assistant(ORDER_STATUS_LAST);
  },
);
