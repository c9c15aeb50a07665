import type { IncomingMessage, ServerResponse } from 'node:http';
import { VENDORS, type VendorCredentials, type VendorId } from './config.ts';
import { rewriteAbsoluteLinks } from './rewrite-links.ts';

/** One vendor as the running proxy sees it: always with credentials (the user's or the sample's). */
export interface ResolvedUpstream {
  baseUrl: string;
  credentials: VendorCredentials;
  /** True when the built-in sample backend serves this vendor. */
  sample: boolean;
}

/** A connect-style handler, as Vite's dev and preview servers take them. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Upstream headers worth passing back: rate limits, retry hints and vendor trace ids. */
const PASSED_HEADERS = [
  'content-type',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-moveworks-root-uuid',
  'twilio-concurrent-requests',
  'twilio-request-id',
];

const UPSTREAM_TIMEOUT_MS = 30_000;

function isVendor(s: string): s is VendorId {
  return VENDORS.some((v) => v === s);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The proxy's own failures, in a shape no vendor uses, so the page can tell them apart. */
function proxyError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { proxy_error: { message } });
}

function authHeaders(c: VendorCredentials): Record<string, string> {
  if (c.kind === 'basic') {
    const token = Buffer.from(`${c.username}:${c.password}`).toString('base64');
    return { authorization: `Basic ${token}` };
  }
  return { authorization: `Bearer ${c.token}`, ...c.extraHeaders };
}

/**
 * The upstream URL for `rest`, or undefined when, once parsed the way `fetch` parses it, it would
 * leave the vendor's base URL: `..` in any spelling, or `\` (which URL parsers read as `/`),
 * must not carry the credentials to another path of the vendor's host.
 */
function targetUrl(baseUrl: string, rest: string): string | undefined {
  const base = new URL(baseUrl);
  let target: URL;
  try {
    target = new URL(baseUrl + rest);
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/$/, '');
  const inside = target.pathname === basePath || target.pathname.startsWith(`${basePath}/`);
  return target.origin === base.origin && inside && !rest.includes('\\')
    ? baseUrl + rest
    : undefined;
}

/** Why a request got no answer, without echoing the request (a header value may be a secret). */
function reasonOf(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return err instanceof Error ? err.name : 'unknown error';
}

/**
 * Creates the proxy middleware (docs/contract.md, "The proxy"): `GET /api/<vendor>/<rest>` goes to
 * `<baseUrl>/<rest>` with the vendor's credentials added, the query string and percent-encoded
 * segments passed through unchanged; absolute links the vendor returns (Twilio's
 * `meta.next_page_url`, docs/vendor-notes.md §1.6) are rewritten to go back through `/api/<vendor>`.
 * `GET /api/status` tells the page which vendors are served by sample data; it holds no secret.
 * Proxy failures answer `{proxy_error:{message}}`: 502 unreachable, 504 after 30 000 ms.
 */
export function createProxyMiddleware(upstreams: Record<VendorId, ResolvedUpstream>): Middleware {
  const status = Object.fromEntries(VENDORS.map((v) => [v, { sample: upstreams[v].sample }]));
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith('/api/')) return next();
    if (url === '/api/status') return sendJson(res, 200, { vendors: status });
    const match = /^\/api\/([^/?]+)(\/[^#]*)?$/.exec(url);
    const vendor = match?.[1];
    if (!vendor || !isVendor(vendor)) return proxyError(res, 404, `No such API: ${url}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return proxyError(res, 405, 'The viewer is read-only: only GET is proxied');
    }
    const target = targetUrl(upstreams[vendor].baseUrl, match[2] ?? '/');
    if (!target) return proxyError(res, 400, 'The path leaves the vendor API (".." or "\\")');
    forward(req, res, vendor, upstreams[vendor], target).catch((err: unknown) => {
      // A browser that navigated away mid-response is no error; anything else must not take
      // the dev server down with it.
      if (res.headersSent || res.destroyed) return void res.destroy();
      proxyError(res, 502, `Proxy failed: ${reasonOf(err)}`);
    });
  };
}

async function forward(
  req: IncomingMessage,
  res: ServerResponse,
  vendor: VendorId,
  upstream: ResolvedUpstream,
  target: string,
): Promise<void> {
  const abort = new AbortController();
  // The response closing before it finished means the browser went away: stop the upstream call.
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  let response: Response;
  try {
    response = await fetch(target, {
      method: req.method,
      headers: { accept: 'application/json', ...authHeaders(upstream.credentials) },
      // A redirect could carry the credentials elsewhere; vendors' read APIs do not redirect.
      redirect: 'error',
      signal: AbortSignal.any([abort.signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]),
    });
  } catch (err) {
    if (abort.signal.aborted) return;
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const why = reasonOf(err);
    return proxyError(
      res,
      timedOut ? 504 : 502,
      timedOut
        ? `${vendor} did not answer within ${UPSTREAM_TIMEOUT_MS} ms`
        : `Could not reach ${vendor} at ${upstream.baseUrl}: ${why}`,
    );
  }
  res.statusCode = response.status;
  for (const name of PASSED_HEADERS) {
    const v = response.headers.get(name);
    if (v !== null) res.setHeader(name, v);
  }
  res.setHeader('cache-control', 'no-store');
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const text = await response.text();
    return void res.end(rewriteAbsoluteLinks(text, upstream.baseUrl, `/api/${vendor}`));
  }
  // Vendors answer JSON; anything else (an HTML error page from a gateway) is passed as is.
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}
