/**
 * Billing question answered from the knowledge base: Twilio knowledge messages (one empty),
 * Moveworks citations (three at one offset, a Slack-style link, emoji shortcodes in the text and
 * in a citation's title and body, the " ." artifact of a removed citation token,
 * docs/vendor-notes.md §3.4).
 */
import { defineScript } from '../define.ts';

const POLICY_URL = 'https://help.acme.example/billing/renewals#retries';
const HOLDS_URL = 'https://help.acme.example/billing/pending-authorizations';

const ANSWER = `It looks like **you were charged once, not twice** :white_check_mark:. The renewal on March 21 was declined by your bank and retried an hour later. The first attempt is only a *pending authorization*, and your bank releases it within 3–5 business days. If it is still showing after March 28, we refund it automatically .

:point_right: More detail: <https://help.acme.example/billing/pending-authorizations|Why do I see two charges?>`;

/** Billing conversation (vendor-neutral script). */
export const billing = defineScript(
  {
    key: 'billing',
    title: 'Duplicate subscription charge',
    channel: 'whatsapp',
    twilioId:
      'conversations__IS0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/CHa9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4',
    twilioIdentity: 'whatsapp:+15552468013',
    endUser: '+15552468013',
    twilioShape: 'content',
  },
  '2026-03-22T08:03:44Z',
  (b) => {
    b.user('Why was I charged twice for my Pro plan this month??')
      .tools([
        {
          name: 'list_charges',
          args: { customer_id: 'cus_Q81xLm', since: '2026-03-01' },
          result: {
            charges: [
              { id: 'ch_1', amount: 24.0, status: 'declined', at: '2026-03-21T07:00:12Z' },
              { id: 'ch_2', amount: 24.0, status: 'succeeded', at: '2026-03-21T08:00:31Z' },
            ],
          },
          prose: 'Two renewal attempts on **March 21**: the first declined, the second succeeded.',
        },
      ])
      .knowledge(
        'duplicate charge declined renewal retry pending authorization',
        'Renewals that fail are retried after one hour, up to three times. A declined attempt can show as a pending authorization that the bank releases within 3–5 business days.',
        [
          {
            title: 'Billing policy — renewals',
            url: POLICY_URL,
            snippet: 'Failed renewals are retried after 1 hour, up to 3 times.',
          },
          {
            title: 'Why do I see two charges?',
            url: HOLDS_URL,
            snippet: 'Pending authorizations are released by your bank within 3–5 business days.',
          },
        ],
      )
      .emptyKnowledge()
      .assistant(ANSWER, {
        format: 'markdown',
        citations: [
          {
            title: `**<${POLICY_URL}|Billing policy — renewals>**`,
            url: POLICY_URL,
            body: 'Failed renewals :repeat: are retried after 1 hour, up to 3 times.\n',
            after: 'retried an hour later.',
            updatedAt: '2026-01-09T10:00:00Z',
          },
          {
            title: `**<${HOLDS_URL}|Why do I see two charges?>**`,
            url: HOLDS_URL,
            body: 'Pending authorizations are released by your bank within 3–5 business days.\n',
            after: 'within 3–5 business days.',
          },
          {
            title: `**<${POLICY_URL}|Billing policy — renewals>**`,
            url: POLICY_URL,
            body: 'Declined attempts are never captured.\n',
            after: 'within 3–5 business days.',
          },
          {
            title: ':bank: Bank authorizations FAQ',
            url: 'https://help.acme.example/billing/faq#holds',
            body: 'Holds are not charges.',
            after: 'within 3–5 business days.',
          },
          {
            title: 'Refund automation',
            url: 'https://help.acme.example/billing/refunds',
            body: 'Unreleased holds after 7 days are refunded automatically.',
            after: 'we refund it automatically .',
          },
        ],
      })
      .user('ok but my banking app shows both as "completed" 😕')
      .tools([
        {
          name: 'get_charge',
          args: { charge_id: 'ch_1' },
          result: { id: 'ch_1', status: 'declined', captured: false, network_status: 'reversed' },
          prose: 'Charge `ch_1` was **never captured**; the card network shows it as reversed.',
        },
      ])
      .assistant(
        'On our side the first charge (`ch_1`) was never captured — the card network shows it as reversed. Some banking apps label holds as “completed” until the reversal posts.',
        { format: 'markdown' },
      )
      .user('fine, I will wait. can you email me a receipt for the real one?')
      .tools([
        {
          name: 'send_receipt',
          args: { charge_id: 'ch_2', email: 'on_file' },
          result: { sent: true, to: 'p***@example.com' },
          prose: 'Receipt for `ch_2` sent to **p\\*\\*\\*@example.com**.',
        },
      ])
      .assistant('Sent! The receipt for $24.00 is on its way to p***@example.com.')
      .user('thanks')
      .assistant('Anytime! 🙌');
  },
);
