import { isLosslessNumber, parse, stringify } from 'lossless-json';
import { scanJson } from './json-keys.ts';

/**
 * Texts longer than this (UTF-16 code units, about 100 kB) are never parsed or pretty-printed
 * whole while a page renders: they are shown folded, as sent, a slice at a time (LargeText).
 */
export const LARGE_TEXT = 100_000;

/** How a text that may hold JSON is shown (see {@link showJson}). */
export interface ShownJson {
  /** What to show: the JSON pretty-printed (2-space indent), or the text exactly as sent. */
  text: string;
  /** True when `text` is the pretty-printed JSON. */
  pretty: boolean;
  /** Why JSON-looking text is shown as sent rather than pretty-printed (a duplicate key). */
  note?: string;
}

/** A lossless parse: its value, or why there is none. */
type Parsed = { ok: true; value: unknown } | { ok: false; duplicate?: string };

/** Keys each object of `value` holds, nested ones included; a lossless number holds none. */
function heldKeyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + heldKeyCount(v), 0);
  if (typeof value !== 'object' || value === null || isLosslessNumber(value)) return 0;
  return Object.values(value).reduce((n: number, v) => n + 1 + heldKeyCount(v), 0);
}

/**
 * `text` parsed without changing a value: numbers keep their digits as written
 * (12345678901234567890, `1.0`, `1e400` stay so), and a key written twice in one object is
 * reported, never merged, whether its values differ (lossless-json's `onDuplicateKey`) or not
 * (the keys written outnumber the keys held). Where every number reads back as written, the
 * native JSON.parse gives the same values, several times faster than lossless-json.
 */
function parseLossless(text: string): Parsed {
  const scan = scanJson(text);
  if (scan.numbersRoundTrip) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false };
    }
    if (scan.keys === heldKeyCount(value)) return { ok: true, value };
  }
  let duplicate: string | undefined;
  let value: unknown;
  try {
    value = parse(text, null, {
      onDuplicateKey: ({ key, position }) => {
        duplicate ??= `Duplicate key "${key}" at character ${position}`;
        return undefined;
      },
    });
  } catch {
    return { ok: false };
  }
  if (duplicate !== undefined) return { ok: false, duplicate };
  if (scan.keys !== heldKeyCount(value)) {
    return { ok: false, duplicate: 'A key appears twice in one object' };
  }
  return { ok: true, value };
}

/** True when `text` may be a JSON object or array and is small enough to parse on the spot. */
function parseable(text: string): boolean {
  if (text.length > LARGE_TEXT) return false;
  const trimmed = text.trimStart();
  return trimmed.startsWith('{') || trimmed.startsWith('[');
}

/**
 * How a tool argument or result (a string the vendor sent) is shown: a JSON object or array
 * pretty-printed with every number, key and value exactly as written; anything else (prose,
 * invalid JSON, JSON with a duplicate key, a text over {@link LARGE_TEXT}) as sent, with a note
 * when a duplicate key is why.
 */
export function showJson(text: string): ShownJson {
  if (!parseable(text)) return { text, pretty: false };
  const parsed = parseLossless(text);
  if (!parsed.ok) {
    return parsed.duplicate === undefined
      ? { text, pretty: false }
      : { text, pretty: false, note: `${parsed.duplicate}: shown as sent.` };
  }
  return { text: stringify(parsed.value, null, 2) ?? text, pretty: true };
}

/**
 * `text` parsed losslessly when it is a JSON object or array without duplicate keys, else
 * undefined (prose stays prose). Numbers that a JS number would change are lossless-json
 * `LosslessNumber`s (their `toString()` is the digits as written).
 */
export function parseJsonValue(text: string): unknown {
  if (!parseable(text)) return undefined;
  const parsed = parseLossless(text);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * `text` pretty-printed (2-space JSON, lossless) when it parses as JSON, else undefined. Search
 * uses the same function as the display, so matches are counted in the text people see.
 */
export function prettyJson(text: string): string | undefined {
  const shown = showJson(text);
  return shown.pretty ? shown.text : undefined;
}

/** What a tool argument or result shows: pretty JSON when it is JSON, else the text as sent. */
export function displayedJson(text: string): string {
  return showJson(text).text;
}

/** `text` as JSON on one line, every value as written; undefined when it is not JSON. */
export function compactJson(text: string): string | undefined {
  if (!parseable(text)) return undefined;
  const parsed = parseLossless(text);
  return parsed.ok ? stringify(parsed.value) : undefined;
}
