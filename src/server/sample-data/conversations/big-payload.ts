/**
 * A warehouse audit whose inventory export returns about 10 MB of JSON in one tool result, and
 * a shipment lookup whose arguments hold numbers JavaScript cannot keep (a 20-digit id, `1.0`):
 * the viewer must fold the one without freezing and show the other digit for digit.
 */
import { defineScript } from '../define.ts';

/** Rows in the inventory export: about 170 bytes each, some 10 MB in all. */
export const BIG_PAYLOAD_ROWS = 70_000;

/** The shipment id the lookup sends: beyond 2^53, so a JS number would change it. */
export const BIG_INTEGER_ARGUMENT = '12345678901234567890';

/** The export's JSON text, row `i` with a stable SKU, bin and count; built once at import. */
function inventoryExport(rows: number): string {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const aisle = String.fromCharCode(65 + (i % 26));
    lines.push(
      `{"sku":"NWK-${String(i).padStart(6, '0')}","name":"Packing item ${i}","bin":"${aisle}-${(i % 40) + 1}-${(i % 7) + 1}","on_hand":${(i * 37) % 500},"reserved":${(i * 11) % 20},"unit_cost":${((i % 900) + 100) / 100},"last_counted":"2026-05-0${(i % 9) + 1}T08:00:00Z"}`,
    );
  }
  return `{"warehouse":"newark","rows":[${lines.join(',')}],"row_count":${rows}}`;
}

/** Big-payload conversation (vendor-neutral script). */
export const bigPayload = defineScript(
  {
    key: 'big-payload',
    title: 'Warehouse inventory export (10 MB tool result)',
    channel: 'web',
    twilioId:
      'conversations__IS4b1d0e7c9a2f3e5d6c8b7a9f0e1d2c3b/CH7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
    twilioIdentity: 'user_id:ops.marta',
    endUser: 'web:ops.marta',
    twilioShape: 'output',
  },
  '2026-05-11T13:02:10Z',
  (b) => {
    b.user('Where is shipment 12345678901234567890? It was booked at 1.0 kg.')
      .tools([
        {
          name: 'lookup_shipment',
          // Raw text, as an OpenAI-style model writes it: the digits must reach the page as is.
          args: `{"shipment_id":${BIG_INTEGER_ARGUMENT},"weight_kg":1.0}`,
          result: { status: 'in_transit', hub: 'Newark', eta: '2026-05-12' },
          prose: 'Shipment `12345678901234567890` is in transit via Newark, due May 12.',
        },
      ])
      .assistant('It is in transit through Newark and due tomorrow.')
      .user('Thanks. Can you also pull the full inventory export for Newark?')
      .tools([
        {
          name: 'export_inventory',
          args: { warehouse: 'newark', format: 'json' },
          result: inventoryExport(BIG_PAYLOAD_ROWS),
          prose: `The Newark export has ${BIG_PAYLOAD_ROWS.toLocaleString('en-US')} rows.`,
        },
      ])
      .assistant(
        `Done: the Newark export lists ${BIG_PAYLOAD_ROWS.toLocaleString('en-US')} items. You can download it from the tool result.`,
      )
      .user('Perfect, thank you.');
  },
);
