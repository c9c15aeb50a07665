import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthorizer, type Authorization, type Authorizer } from './authorize.ts';
import { VENDORS, type VendorCredentials, type VendorId } from './config.ts';
import { isSameOrigin, upstreamTarget } from './guards.ts';
import { TokenError } from './oauth-token.ts';
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

/** Upstream headers worth passing back: rate limits, retry hints and vendor request ids. */
const PASSED_HEADERS = [
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

/** The headers of every `/api` answer: JSON as UTF-8, never cached, never sniffed as anything else. */
function setApiHeaders(res: ServerResponse): void {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  setApiHeaders(res);
  res.end(JSON.stringify(body));
}

/** True for a JSON media type (`application/json`, `application/problem+json`), parameters aside. */
function isJsonType(contentType: string): boolean {
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return media === 'application/json' || /^application\/[\w.-]+\+json$/.test(media);
}

/**
 * The proxy's own failures, in a shape no vendor uses, so the page can tell them apart;
 * `contentType` is what the vendor sent instead of JSON.
 */
function proxyError(
  res: ServerResponse,
  status: number,
  message: string,
  contentType?: string,
): void {
  sendJson(res, status, {
    proxy_error: { message, ...(contentType ? { content_type: contentType } : {}) },
  });
}

/** Why a request got no answer, without echoing the request (a header value may be a secret). */
function reasonOf(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return err instanceof Error ? err.name : 'unknown error';
}

/**
 * Creates the proxy middleware (docs/contract.md, "The proxy"): `GET /api/<vendor>/<rest>` from a
 * page of this origin goes to `<baseUrl>/<rest>`, for the endpoints the viewer reads only
 * (guards.ts), with the vendor's credentials added (authorize.ts; a minted Moveworks token is
 * renewed once on a 401), the query string and percent-encoded segments passed through
 * unchanged; absolute links the vendor returns (Twilio's `meta.next_page_url`,
 * docs/vendor-notes.md §1.6) are rewritten to go back through `/api/<vendor>`. A body that is not
 * JSON (a gateway's HTML page) is never served as it came. `GET /api/status` tells the page which
 * vendors are served by sample data; it holds no secret. Every answer is `no-store`. Proxy
 * failures answer `{proxy_error:{message}}`: 403 another origin, 404 no such vendor or endpoint,
 * 405 not GET, 502 unreachable or not JSON, 504 after 30 000 ms, or the token endpoint's status.
 */
export function createProxyMiddleware(upstreams: Record<VendorId, ResolvedUpstream>): Middleware {
  const status = Object.fromEntries(VENDORS.map((v) => [v, { sample: upstreams[v].sample }]));
  const authorizers = new Map(VENDORS.map((v) => [v, createAuthorizer(upstreams[v].credentials)]));
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith('/api/')) return next();
    if (!isSameOrigin(req)) return proxyError(res, 403, 'Only the viewer’s own pages may use /api');
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return proxyError(res, 405, 'The viewer is read-only: only GET is proxied');
    }
    if (url === '/api/status') return sendJson(res, 200, { vendors: status });
    const match = /^\/api\/([^/?]+)(\/[^#]*)?$/.exec(url);
    const vendor = match?.[1];
    const authorizer = vendor && isVendor(vendor) ? authorizers.get(vendor) : undefined;
    if (!vendor || !isVendor(vendor) || !authorizer) {
      return proxyError(res, 404, `No such API: ${url}`);
    }
    const target = upstreamTarget(vendor, upstreams[vendor].baseUrl, match?.[2] ?? '/');
    if ('refused' in target) return proxyError(res, 404, target.refused);
    const upstream = { vendor, baseUrl: upstreams[vendor].baseUrl, authorizer, url: target.url };
    forward(res, upstream).catch((err: unknown) => {
      // A browser that navigated away mid-response is no error; anything else must not take
      // the dev server down with it.
      if (res.headersSent || res.destroyed) return void res.destroy();
      // The token endpoint's refusal is the answer's status; a 404 (a wrong token URL) must not
      // read as "no such conversation", and anything else is a bad gateway.
      if (err instanceof TokenError) {
        const usable = err.status >= 400 && err.status < 600 && err.status !== 404;
        return proxyError(res, usable ? err.status : 502, err.message);
      }
      proxyError(res, 502, `The connection to ${vendor} failed: ${reasonOf(err)}`);
    });
  };
}

interface Upstream {
  vendor: VendorId;
  baseUrl: string;
  authorizer: Authorizer;
  url: string;
}

/** GETs the upstream URL, with credentials renewed and sent again once when a minted token is refused. */
async function fetchUpstream(upstream: Upstream, signal: AbortSignal): Promise<Response> {
  const send = (auth: Authorization) =>
    fetch(upstream.url, {
      headers: { accept: 'application/json', ...auth.headers },
      // A redirect could carry the credentials elsewhere; vendors' read APIs do not redirect.
      redirect: 'error',
      signal,
    });
  const auth = await upstream.authorizer.authorize();
  const response = await send(auth);
  if (response.status !== 401 || !upstream.authorizer.refused(auth)) return response;
  await response.body?.cancel();
  return send(await upstream.authorizer.authorize());
}

async function forward(res: ServerResponse, upstream: Upstream): Promise<void> {
  const { vendor, baseUrl } = upstream;
  const abort = new AbortController();
  // The response closing before it finished means the browser went away: stop the upstream call.
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]);
  let response: Response;
  let body: string;
  try {
    response = await fetchUpstream(upstream, signal);
    body = await response.text();
  } catch (err) {
    if (abort.signal.aborted || err instanceof TokenError) throw err;
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const why = reasonOf(err);
    return proxyError(
      res,
      timedOut ? 504 : 502,
      timedOut
        ? `${vendor} did not answer within ${UPSTREAM_TIMEOUT_MS} ms`
        : `No complete answer from ${vendor} at ${baseUrl}: ${why}`,
    );
  }
  for (const name of PASSED_HEADERS) {
    const v = response.headers.get(name);
    if (v !== null) res.setHeader(name, v);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!isJsonType(type)) {
    // A gateway's HTML page must not be served at the app's origin: say what came instead.
    const status = response.ok ? 502 : response.status;
    const what = `${type || 'no content type'}, ${Buffer.byteLength(body)} bytes`;
    const message = `${vendor} answered HTTP ${response.status} with ${what}, not JSON; the body is not shown`;
    return proxyError(res, status, message, type || 'none');
  }
  res.statusCode = response.status;
  setApiHeaders(res);
  res.end(rewriteAbsoluteLinks(body, baseUrl, `/api/${vendor}`));
}
