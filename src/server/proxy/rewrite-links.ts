/**
 * Rewrites absolute links a vendor returns in a page's `meta` object (Twilio's
 * `meta.next_page_url`, `previous_page_url`, `first_page_url`, `url`; docs/vendor-notes.md §1.3, §1.6)
 * so they point back through the proxy: `<baseUrl>/v1/…?PageToken=…` → `<proxyPrefix>/v1/…?…`.
 * The link's path and query are kept byte for byte (the page token is opaque).
 * @param body the vendor's JSON body as text; returned unchanged when it mentions no such link
 *   or is not a JSON object with a `meta` object.
 */
export function rewriteAbsoluteLinks(body: string, baseUrl: string, proxyPrefix: string): string {
  const prefix = `${baseUrl}/`;
  if (!body.includes(prefix)) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!isRecord(parsed) || !isRecord(parsed.meta)) return body;
  const meta = parsed.meta;
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'string' && value.startsWith(prefix)) {
      meta[key] = proxyPrefix + value.slice(baseUrl.length);
    }
  }
  return JSON.stringify(parsed);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
