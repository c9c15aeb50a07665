/** What a file of JSON holds: one document, or one per line (NDJSON, blank lines skipped). */
export type JsonFile =
  { kind: 'json'; value: unknown } | { kind: 'ndjson'; lines: { line: number; value: unknown }[] };

/** A file that is not JSON, or whose line `where` is not: says where and why. */
export class JsonFileError extends Error {
  override name = 'JsonFileError';
  constructor(
    /** `the file`, or `line <n>` (1-based) of NDJSON. */
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
  }
}

function parse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Reads `text` as one JSON document, else as NDJSON (one document per line,
 * https://github.com/ndjson/ndjson-spec) when its first line is JSON on its own and more lines
 * follow. A byte-order mark and `\r` line ends are allowed.
 * @throws {JsonFileError} for an empty file, a file that is neither, or the first NDJSON line
 *   that is not JSON (its number and the parser's message).
 */
export function parseJsonFile(text: string): JsonFile {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw new JsonFileError('the file', 'is empty');
  const whole = parse(body);
  if (whole.ok) return { kind: 'json', value: whole.value };
  const rows = body.split('\n');
  const filled = rows.flatMap((row, i) => (row.trim() === '' ? [] : [{ row, line: i + 1 }]));
  const first = filled[0];
  if (filled.length < 2 || !first || !parse(first.row).ok) {
    throw new JsonFileError('the file', `is not JSON (${whole.error})`);
  }
  return {
    kind: 'ndjson',
    lines: filled.map(({ row, line }) => {
      const one = parse(row);
      if (!one.ok) throw new JsonFileError(`line ${line}`, `is not JSON (${one.error})`);
      return { line, value: one.value };
    }),
  };
}
