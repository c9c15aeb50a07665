import type { ConversationField } from './types.ts';

/** Field names that hold an id: `id`, `sid`, `assistant_id`, `call_control_id`, … */
const ID_NAME = /(^|_)(id|sid)$/;
/** Field names that hold a time: `date_created`, `created_at`, … */
const TIME_NAME = /^date_|_at$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(name: string, value: unknown): ConversationField {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const kind = ID_NAME.test(name) ? 'id' : TIME_NAME.test(name) ? 'time' : 'text';
  return { name, value: text, kind };
}

/**
 * The fields of a vendor's record of a conversation, in the record's order, for its details
 * list (docs/contract.md, "Conversation details"): each key with its value as text (a string as
 * sent, anything else as JSON), except the keys in `omit`; the keys of the object under
 * `spread` (Telnyx `metadata`) each as a field of their own, in its place. Read from the body
 * as received, after its schema passed, so that the order and every field are the vendor's.
 * @returns no fields for a `record` that is not an object.
 */
export function recordFields(
  record: unknown,
  { omit = [], spread }: { omit?: readonly string[]; spread?: string } = {},
): ConversationField[] {
  if (!isRecord(record)) return [];
  return Object.entries(record).flatMap(([name, value]) => {
    if (omit.includes(name) || value === undefined) return [];
    if (name === spread && isRecord(value)) {
      return Object.entries(value).map(([key, inner]) => field(key, inner));
    }
    return [field(name, value)];
  });
}

/** True for a flag the vendor sent as `true` or as the string `"true"` (Telnyx metadata). */
export function isTrue(field: ConversationField): boolean {
  return field.value.toLowerCase() === 'true';
}
