import type { z } from 'zod';
import type { Part } from '@/transcript/model.ts';
import { describeIssues } from './get-parsed.ts';
import { isRecord } from './json-text.ts';

/** A part no adapter could read, shown as JSON with a note (the model's `raw` part). */
export type RawPart = Extract<Part, { kind: 'raw' }>;

/** What {@link salvage} made of one vendor object. */
export type Salvaged<T> =
  | {
      ok: true;
      data: T;
      /** The fields left out, as one raw part with a note; none when the object was whole. */
      raw: RawPart[];
    }
  | { ok: false; error: z.ZodError };

/**
 * Parses `item` with `schema`, and when that fails only on fields the schema does not require,
 * parses it again without them: one malformed field (a time that is a number, a `sender_info`
 * that is a string) must not turn a whole message or citation unreadable (docs/architecture.md,
 * "Bad input"). The fields left out come back as one raw part saying why, so nothing is dropped.
 * @param what names the object in the note, e.g. `this message`, `citation cite_1`.
 * @returns `ok: false` with the first parse's error when a required field is at fault, or
 *   `item` is not an object.
 */
export function salvage<T>(schema: z.ZodType<T>, item: unknown, what: string): Salvaged<T> {
  const parsed = schema.safeParse(item);
  if (parsed.success) return { ok: true, data: parsed.data, raw: [] };
  const fail = { ok: false, error: parsed.error } as const;
  if (!isRecord(item)) return fail;
  const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  if (bad.has(undefined)) return fail;
  const kept = Object.entries(item).filter(([key]) => !bad.has(key));
  const again = schema.safeParse(Object.fromEntries(kept));
  if (!again.success) return fail;
  const left = Object.fromEntries(Object.entries(item).filter(([key]) => bad.has(key)));
  const note = `Part of ${what} the viewer cannot read: ${describeIssues(parsed.error)}`;
  return { ok: true, data: again.data, raw: [{ kind: 'raw', note, value: left }] };
}

/** One item of a list as {@link salvageEach} read it. */
export interface SalvagedItem<T> {
  /** The item as parsed, its bad fields left out; undefined when it could not be read at all. */
  data?: T;
  /** The item itself when unreadable, else the fields left out; each a raw part with a note. */
  raw: RawPart[];
}

/**
 * Parses each of `items` with `schema` ({@link salvage}d), so one bad entry of a list (a tool
 * call, a citation) is shown raw on its own and leaves the others as they are.
 * @param what names the i-th item (0-based) in notes, e.g. `(i) => \`tool call ${i + 1}\``.
 * @returns one entry per item, in order.
 */
export function salvageEach<T>(
  schema: z.ZodType<T>,
  items: readonly unknown[],
  what: (i: number) => string,
): SalvagedItem<T>[] {
  return items.map((item, i) => {
    const one = salvage(schema, item, what(i));
    if (one.ok) return { data: one.data, raw: one.raw };
    const note = `${capitalize(what(i))} the viewer cannot read: ${describeIssues(one.error)}`;
    return { raw: [{ kind: 'raw', note, value: item }] };
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
