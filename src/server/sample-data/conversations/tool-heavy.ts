/**
 * A lost-parcel investigation with 13 tool calls: one failing webhook (HTTP 500) and its
 * retry, parallel stock checks, and a replacement order. Moveworks tells each result as prose.
 */
import { defineScript } from '../define.ts';
import * as calls from './tool-heavy-calls.ts';

const DONE = `All done:

- Replacement order **#55301** ships overnight, signature required
  - Keyboard from Newark, mouse from Philadelphia
  - Arrives **Monday by 10:30 am**
- Shipping is on us ($38.00 credit)
- FedEx claim \`FX-CLM-99812\` is open; you don’t need to do anything

I’ve also noted that you prefer signature-required deliveries for future orders.`;

/** Tool-heavy conversation (vendor-neutral script). */
export const toolHeavy = defineScript(
  {
    key: 'tool-heavy',
    title: 'Lost parcel investigation (13 tool calls)',
    channel: 'web',
    twilioId:
      'conversations__IS9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b/CH0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    twilioIdentity: 'user_id:priya.natarajan',
    endUser: 'web:priya.natarajan',
    twilioShape: 'output',
  },
  '2026-04-18T19:27:36Z',
  (b) => {
    b.user('My parcel says delivered but nothing arrived. Email is priya.n@example.com.')
      .tools(calls.LOOKUP)
      .tools(calls.ORDER)
      .tools(calls.TRACK_FAILED, { text: 'Let me check the carrier’s scan history.' })
      .tools(calls.TRACK_RETRY)
      .assistant(
        'Thanks for waiting — the first carrier lookup timed out, the retry worked. FedEx marked it *left at front door* yesterday at 2:02 pm, but the driver’s GPS scan was **820 m** from your address, so it was most likely delivered to the wrong house.',
        { format: 'markdown' },
      )
      .user('So what now? I need the keyboard for work on Monday.')
      .tools(calls.CLAIM)
      .tools(calls.STOCK, {
        text: 'I’ve opened a claim with FedEx. Checking stock for a replacement…',
      })
      .tools(calls.STOCK_PA)
      .assistant(
        'Both items are in stock (the mouse ships from our Philadelphia warehouse). I can send replacements with **overnight shipping at no cost** so they arrive Monday morning. Shall I go ahead?',
        { format: 'markdown' },
      )
      .user('Yes please, same address. And can you make sure they need a signature this time?')
      .tools(calls.REPLACE)
      .tools(calls.WRAP_UP)
      .assistant(DONE, { format: 'markdown' })
      .user('Amazing, thank you so much!')
      .assistant('Happy to help, Priya. Good luck with work on Monday! ⌨️');
  },
);
