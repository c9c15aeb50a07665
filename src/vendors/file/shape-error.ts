import type { z } from 'zod';

/**
 * What a transcript file may be (docs/contract.md, "Files"), as the alert for any other file
 * says it.
 */
export const EXPECTED_FILE =
  "a vendor's messages response exactly as sent (Twilio {messages, meta}, Telnyx {data, meta}, " +
  'Moveworks {messages, metadata}), a JSON array or NDJSON of such responses of one ' +
  "conversation, or the viewer's JSON export {vendor, conversationId, exportedAt, messages}";

/** A file that is none of {@link EXPECTED_FILE}: where its shape differs, and how. */
export class FileShapeError extends Error {
  override name = 'FileShapeError';
  constructor(
    /** Where in the file: `the file`, `line 3`, `[2].meta.page_number`, `messages[4].id`. */
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
  }
}

/** A zod issue's path as JavaScript writes it: `messages[4].id`; '' for the value itself. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * The first problem `error` found in the value at `at` (a path as {@link issuePath} writes it,
 * '' for the file's top level), as a {@link FileShapeError}.
 */
export function shapeError(at: string, error: z.ZodError): FileShapeError {
  const issue = error.issues[0];
  const inner = issue ? issuePath(issue.path) : '';
  const where = joinPath(at, inner) || 'the file';
  return new FileShapeError(where, issue?.message ?? 'not in the expected shape');
}

/** `at` then `inner`, e.g. `[2]` + `meta.page` → `[2].meta.page`, `line 3` + `meta` → `line 3, meta`. */
export function joinPath(at: string, inner: string): string {
  if (!at || !inner) return at || inner;
  if (at.startsWith('line ')) return `${at}, ${inner}`;
  return inner.startsWith('[') ? `${at}${inner}` : `${at}.${inner}`;
}

/** What a JSON value is, in words, for a note on a value of the wrong kind. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? 'an empty object'
      : `an object with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  return `a ${typeof value}`;
}
