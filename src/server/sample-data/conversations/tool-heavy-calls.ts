/** The 13 tool calls of the tool-heavy conversation (tool-heavy.ts), grouped by turn. */
import type { ToolSpec } from '../builder.ts';

/** Customer and order lookups, in parallel. */
export const LOOKUP: ToolSpec[] = [
  {
    name: 'get_customer',
    args: { email: 'priya.n@example.com' },
    result: { customer_id: 'cus_7TQ', name: 'Priya Natarajan', tier: 'gold' },
    prose: 'Found your account (**gold** member).',
  },
  {
    name: 'list_orders',
    args: { customer_id: 'cus_7TQ', limit: 3 },
    result: {
      orders: [
        { id: '55120', status: 'delivered', total: 214.4 },
        { id: '54877', status: 'returned' },
      ],
    },
    prose: 'Your latest order is **#55120**, marked delivered.',
  },
];

/** The order itself. */
export const ORDER: ToolSpec[] = [
  {
    name: 'get_order',
    args: { order_id: '55120' },
    result: {
      id: '55120',
      items: [
        { sku: 'KB-75', name: 'Mechanical keyboard', qty: 1 },
        { sku: 'MS-2', name: 'Wireless mouse', qty: 1 },
      ],
      carrier: 'FedEx',
      tracking: '7749 1180 3321',
    },
    prose: 'Order #55120: a mechanical keyboard and a wireless mouse, shipped with FedEx.',
  },
];

/** The carrier lookup that fails with HTTP 500 (Twilio: "Tool request failed"). */
export const TRACK_FAILED: ToolSpec[] = [
  {
    name: 'track_shipment',
    args: { carrier: 'fedex', tracking: '774911803321' },
    result: { error: 'upstream_timeout', detail: 'FedEx API did not answer within 10 s' },
    status: 500,
    prose: 'The FedEx tracking lookup **failed** (timeout) — retrying.',
  },
];

/** Its successful retry. */
export const TRACK_RETRY: ToolSpec[] = [
  {
    name: 'track_shipment',
    args: { carrier: 'fedex', tracking: '774911803321', timeout_s: 30 },
    result: {
      status: 'delivered',
      delivered_at: '2026-04-17T14:02:00-04:00',
      location: 'Left at front door',
      photo: false,
      gps_mismatch_m: 820,
    },
    prose:
      'Second try worked: FedEx says *left at front door*, but the GPS scan is **820 m** from your address.',
  },
];

/** The misdelivery claim. */
export const CLAIM: ToolSpec[] = [
  {
    name: 'file_carrier_claim',
    args: {
      carrier: 'fedex',
      tracking: '774911803321',
      reason: 'misdelivery',
      evidence: { gps_mismatch_m: 820 },
    },
    result: { claim_id: 'FX-CLM-99812', status: 'open' },
    prose: 'Opened FedEx claim **FX-CLM-99812** for misdelivery.',
  },
];

/** Parallel stock checks in Newark, then Philadelphia for the missing mouse. */
export const STOCK: ToolSpec[] = [
  {
    name: 'check_warehouse_stock',
    args: { sku: 'KB-75', warehouse: 'NJ-2' },
    result: { available: 14 },
    prose: 'Newark (NJ-2) has **14** keyboards.',
  },
  {
    name: 'check_warehouse_stock',
    args: { sku: 'MS-2', warehouse: 'NJ-2' },
    result: { available: 0, restock: '2026-04-24' },
    prose: 'Newark has **no mice** until April 24.',
  },
];

/** The second warehouse. */
export const STOCK_PA: ToolSpec[] = [
  {
    name: 'check_warehouse_stock',
    args: { sku: 'MS-2', warehouse: 'PA-1' },
    result: { available: 31 },
    prose: 'Philadelphia (PA-1) has **31** mice.',
  },
];

/** Replacement order and shipping credit. */
export const REPLACE: ToolSpec[] = [
  {
    name: 'create_replacement_order',
    args: {
      original_order_id: '55120',
      items: ['KB-75', 'MS-2'],
      shipping: 'overnight',
      signature_required: true,
    },
    result: { order_id: '55301', eta: '2026-04-20T10:30:00-04:00' },
    prose: 'Replacement order **#55301** placed, overnight with signature, arriving Monday 10:30.',
  },
  {
    name: 'apply_shipping_credit',
    args: { customer_id: 'cus_7TQ', amount: 38.0, reason: 'overnight_replacement' },
    result: { credit_id: 'cr_1180', applied: true },
    prose: 'Covered the **$38.00** overnight shipping.',
  },
];

/** Ticket, email and customer note. */
export const WRAP_UP: ToolSpec[] = [
  {
    name: 'update_ticket',
    args: {
      ticket_id: 'T-44107',
      status: 'pending_carrier',
      note: 'Replacement 55301 sent; claim FX-CLM-99812',
    },
    result: { ok: true },
    prose: 'Updated ticket **T-44107**.',
  },
  {
    name: 'send_email',
    args: { to: 'priya.n@example.com', template: 'replacement_sent', vars: { order_id: '55301' } },
    result: { message_id: 'em_55301_1' },
    prose: 'Confirmation email sent.',
  },
  {
    name: 'add_customer_note',
    args: { customer_id: 'cus_7TQ', note: 'Prefers signature-required deliveries' },
    result: { ok: true },
    prose: 'Noted your preference for signature-required deliveries.',
  },
];
