import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/**
 * One parsed request as a vendor route module sees it.
 * `segments` are the path segments after the vendor prefix, each percent-decoded on its own, so
 * an id sent as one encoded segment (`conversations__IS1%2FCH2`) stays one segment.
 */
export interface RequestContext {
  /** Upper-case HTTP method. */
  method: string;
  /** Decoded path segments after the vendor prefix (e.g. `['v1', 'Sessions', 'a/b']`). */
  segments: string[];
  /** Query parameters, decoded (`page%5Bsize%5D` arrives as `page[size]`). */
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The request's Host header (`127.0.0.1:PORT`), used to build absolute paging URLs. */
  host: string;
}

/** What a route answers: an HTTP status, a JSON-serialisable body and extra response headers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The path and query of a raw request target, or `null` when a segment is badly percent-encoded. */
export interface RequestTarget {
  segments: string[];
  query: URLSearchParams;
}

/**
 * Splits a raw request target (`/a/b%2Fc?x=1`) into decoded segments and query.
 * Decoding happens per segment, after splitting, so an encoded `/` never splits an id.
 * @returns `null` if a segment is not valid percent-encoding (callers answer 404).
 */
export function parseRequestTarget(rawUrl: string): RequestTarget | null {
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);
  const segments: string[] = [];
  // The leading '/' yields an empty first piece; every later piece is a real segment.
  for (const piece of rawPath.split('/').slice(1)) {
    try {
      segments.push(decodeURIComponent(piece));
    } catch {
      return null;
    }
  }
  return { segments, query: new URLSearchParams(rawQuery) };
}

/**
 * Writes a reply as `application/json; charset=utf-8` with a Content-Length.
 * HEAD requests get the same status and headers without a body.
 */
export function sendReply(res: ServerResponse, method: string, reply: Reply): void {
  const wire = wireOf(reply);
  res.writeHead(wire.status, wire.headers);
  res.end(method === 'HEAD' ? undefined : wire.payload);
}

/** A reply as it goes on the wire: status, headers (with Content-Length) and the JSON text. */
export interface WireReply {
  status: number;
  headers: Record<string, string | number>;
  payload: string;
}

/** The wire form of `reply`, as {@link sendReply} writes it. */
export function wireOf(reply: Reply): WireReply {
  const payload = JSON.stringify(reply.body);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  };
  return { status: reply.status, headers, payload };
}

/** Methods a read-only viewer uses; everything else is answered 405 in the vendor's shape. */
export function isReadMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** The `Allow` header sent with every 405. */
export const ALLOW_HEADER: Record<string, string> = { allow: 'GET, HEAD' };

/** The host part of a URL for a listen address: wildcard → loopback, IPv6 in brackets. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Reads a request body as JSON; `undefined` when it is empty or not JSON. */
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
  });
}
