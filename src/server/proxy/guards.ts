import type { IncomingMessage } from 'node:http';
import type { VendorId } from './config.ts';

/**
 * The upstream paths the viewer reads, per vendor, below the base URL as `fetch` parses them
 * (`%2F` in an id stays one segment): lists, one record, its messages (and Telnyx insights). The rest of the vendor's
 * account API is refused, so the proxy's credentials cannot be used for more than reading
 * transcripts (docs/architecture.md, "The proxy").
 */
const READ_PATHS: Record<VendorId, RegExp> = {
  twilio: /^\/v1\/Sessions(?:\/[^/]+(?:\/Messages)?)?$/,
  telnyx: /^\/ai\/conversations(?:\/[^/]+(?:\/messages|\/conversations-insights)?)?$/,
  moveworks: /^\/conversations(?:\/[^/]+(?:\/messages)?)?$/,
};

/**
 * True when the request comes from a page of this origin, or from no page at all (a person
 * typing the URL, curl). Browsers say where a request comes from in `Sec-Fetch-Site` and, for
 * cross-origin requests, `Origin`; a page on another port of localhost is `same-site`, not
 * `same-origin`, and is refused.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * The upstream URL for `rest` (path and query below the vendor's base URL, as received), or why
 * it is refused: a path that, once parsed the way `fetch` parses it, leaves the base URL (`..` in
 * any spelling, or `\`, which URL parsers read as `/`), or is not an endpoint the viewer reads.
 */
export function upstreamTarget(
  vendor: VendorId,
  baseUrl: string,
  rest: string,
): { url: string } | { refused: string } {
  const base = new URL(baseUrl);
  let target: URL;
  try {
    target = new URL(baseUrl + rest);
  } catch {
    return { refused: 'The path is not a URL path' };
  }
  const basePath = base.pathname.replace(/\/$/, '');
  const inside = target.pathname === basePath || target.pathname.startsWith(`${basePath}/`);
  if (target.origin !== base.origin || !inside || rest.includes('\\')) {
    return { refused: 'The path leaves the vendor API (".." or "\\")' };
  }
  const path = target.pathname.slice(basePath.length);
  if (!READ_PATHS[vendor].test(path) || !path.split('/').every(isPlainSegment)) {
    return { refused: `The viewer reads only transcripts; ${vendor} path not allowed` };
  }
  return { url: baseUrl + rest };
}

/**
 * True for a path segment that names one thing, however a server in front of the vendor decodes
 * it: an id may hold an encoded `/` (contract: "ids with `/ : . @ +`"), but not, once decoded,
 * `.` or `..` between slashes, `?`, `#`, `\`, `;` (a path parameter to some servers), `%` (encoded
 * twice) or a control character.
 */
function isPlainSegment(raw: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[?#\\;%\u0000-\u001f\u007f]/.test(decoded)) return false;
  return decoded.split('/').every((piece) => piece !== '.' && piece !== '..');
}
