import type { IncomingHttpHeaders } from 'node:http';

/** Username and password of an HTTP Basic `Authorization` header (RFC 7617). */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * Reads `Authorization: Basic base64(user:pass)`, as Twilio expects (docs/vendor-notes.md §1.1).
 * @returns `null` when the header is missing, not Basic, or has no `:` after decoding.
 */
export function readBasicAuth(headers: IncomingHttpHeaders): BasicCredentials | null {
  const match = /^Basic\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  // The password may itself contain ':'; only the first one separates (RFC 7617 §2).
  const colon = decoded.indexOf(':');
  if (colon === -1) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Reads `Authorization: Bearer <token>`, as Telnyx and Moveworks expect (docs/vendor-notes.md §2.1, §3.1).
 * @returns the token, or `null` when the header is missing or not a Bearer header.
 */
export function readBearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Reads a single-valued header; repeated headers (an array) count as absent, since a client
 * that sends two `Assistant-Name`s is misconfigured.
 */
export function readHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  return typeof value === 'string' ? value : null;
}
