/** `text` parsed when it is a JSON object or array, else undefined (prose stays prose). */
export function parseJsonValue(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `text` pretty-printed (2-space JSON) when it parses as JSON, else undefined. Search uses the
 * same function as the display, so matches are counted in the text people see.
 */
export function prettyJson(text: string): string | undefined {
  const value = parseJsonValue(text);
  return value === undefined ? undefined : JSON.stringify(value, null, 2);
}

/** What a tool argument or result shows: pretty JSON when it is JSON, else the text as sent. */
export function displayedJson(text: string): string {
  return prettyJson(text) ?? text;
}
