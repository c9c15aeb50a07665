import { statSync } from 'node:fs';
import type { ClientCredentials } from './oauth-token.ts';

/** The three vendors the proxy serves, by their `/api/<vendor>` path segment. */
export const VENDORS = ['twilio', 'telnyx', 'moveworks'] as const;

/** A vendor's path segment under `/api`. */
export type VendorId = (typeof VENDORS)[number];

/** Credentials the proxy adds to every upstream request, per vendor (docs/contract.md). */
export type VendorCredentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string; extraHeaders: Record<string, string> }
  | { kind: 'oauth'; client: ClientCredentials; extraHeaders: Record<string, string> };

/** One vendor's upstream: its base URL, and credentials when the user set them. */
export interface VendorUpstream {
  /** Base URL without a trailing slash, e.g. `https://api.telnyx.com/v2`. */
  baseUrl: string;
  /** Undefined when no credentials are set: the vendor is then served by the sample backend. */
  credentials?: VendorCredentials;
}

/** The proxy's whole configuration, read once at server start. */
export interface ProxyConfig {
  vendors: Record<VendorId, VendorUpstream>;
  /** Port for the built-in sample backend (`SAMPLE_BACKEND_PORT`); 0 picks a free one. */
  sampleBackendPort: number;
  /** A folder of vendor-format files for the sample backend (`SAMPLE_DATA_DIR`), if set. */
  sampleDataDir?: string;
  /** Mount the sample backend's fault admin routes (`SAMPLE_BACKEND_FAULTS=1`), for fault tests. */
  sampleBackendFaults: boolean;
}

/** Thrown for a bad environment value; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid environment: ${variable} ${problem}`);
    // Vite prints the stack of a startup error; for a configuration mistake the message is all.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const DEFAULT_BASE_URLS: Record<VendorId, string> = {
  twilio: 'https://assistants.twilio.com',
  telnyx: 'https://api.telnyx.com/v2',
  moveworks: 'https://api.moveworks.ai/rest/v1beta1',
};
const DEFAULT_MOVEWORKS_TOKEN_URL = 'https://api.moveworks.ai/oauth/v1/token';

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = value(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `must use http or https, got "${url.protocol}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError(name, 'must not carry a query, a fragment or credentials');
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * A credential: visible ASCII only, since it goes into an HTTP header (a stray newline from a
 * quoted `.env` value would make every request fail with the secret in the error). The message
 * names the variable, never the value.
 */
function secret(env: Env, name: string): string | undefined {
  const v = value(env, name);
  if (v !== undefined && !/^[\x21-\x7e]+$/.test(v)) {
    throw new ConfigError(name, 'must be printable ASCII without spaces or line breaks');
  }
  return v;
}

/** Both set, or neither: half a credential pair is a mistake worth stopping for. */
function pair(env: Env, a: string, b: string): [string, string] | undefined {
  const va = secret(env, a);
  const vb = secret(env, b);
  if (va && vb) return [va, vb];
  if (va) throw new ConfigError(b, `must be set when ${a} is set`);
  if (vb) throw new ConfigError(a, `must be set when ${b} is set`);
  return undefined;
}

/**
 * Moveworks takes a Bearer token and an `Assistant-Name`: a static token, or client credentials
 * the proxy mints tokens with; one of the two, not both.
 */
function moveworksCredentials(env: Env): VendorCredentials | undefined {
  const token = secret(env, 'MOVEWORKS_ACCESS_TOKEN');
  const client = pair(env, 'MOVEWORKS_CLIENT_ID', 'MOVEWORKS_CLIENT_SECRET');
  const assistant = secret(env, 'MOVEWORKS_ASSISTANT_NAME');
  if (token && client) {
    throw new ConfigError('MOVEWORKS_ACCESS_TOKEN', 'must not be set with MOVEWORKS_CLIENT_ID');
  }
  if (!token && !client) {
    if (assistant)
      throw new ConfigError('MOVEWORKS_ACCESS_TOKEN', 'or MOVEWORKS_CLIENT_ID must be set');
    return undefined;
  }
  const which = token ? 'MOVEWORKS_ACCESS_TOKEN' : 'MOVEWORKS_CLIENT_ID';
  if (!assistant)
    throw new ConfigError('MOVEWORKS_ASSISTANT_NAME', `must be set when ${which} is set`);
  const extraHeaders = { 'Assistant-Name': assistant };
  if (token) return { kind: 'bearer', token, extraHeaders };
  const tokenUrl = baseUrl(env, 'MOVEWORKS_TOKEN_URL', DEFAULT_MOVEWORKS_TOKEN_URL);
  return (
    client && {
      kind: 'oauth',
      client: { clientId: client[0], clientSecret: client[1], tokenUrl },
      extraHeaders,
    }
  );
}

function flag(env: Env, name: string): boolean {
  const raw = value(env, name);
  if (raw === undefined || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new ConfigError(name, `must be 1, true, 0 or false, got "${raw}"`);
}

function port(env: Env, name: string): number {
  const raw = value(env, name);
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, got "${raw}"`);
  }
  return n;
}

function folder(env: Env, name: string): string | undefined {
  const dir = value(env, name);
  if (dir === undefined) return undefined;
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(name, `must name an existing folder, got "${dir}"`);
  }
  return dir;
}

/**
 * Reads the proxy's configuration from server-side environment variables (docs/contract.md,
 * "Configuration"): `TWILIO_*`, `TELNYX_*`, `MOVEWORKS_*`, plus `SAMPLE_BACKEND_PORT`,
 * `SAMPLE_DATA_DIR` and `SAMPLE_BACKEND_FAULTS` for the built-in sample backend.
 * @param env the variables, e.g. `process.env` merged with Vite's `loadEnv(mode, root, '')`.
 * @throws {ConfigError} naming the variable, for a malformed base or token URL, half-set
 *   credentials, both a Moveworks token and client credentials, a bad port or a sample data folder that does not exist.
 */
export function readProxyConfig(env: Env): ProxyConfig {
  const twilio = pair(env, 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN');
  const telnyxKey = secret(env, 'TELNYX_API_KEY');
  const moveworks = moveworksCredentials(env);
  const sampleDataDir = folder(env, 'SAMPLE_DATA_DIR');
  return {
    vendors: {
      twilio: {
        baseUrl: baseUrl(env, 'TWILIO_BASE_URL', DEFAULT_BASE_URLS.twilio),
        credentials: twilio && { kind: 'basic', username: twilio[0], password: twilio[1] },
      },
      telnyx: {
        baseUrl: baseUrl(env, 'TELNYX_BASE_URL', DEFAULT_BASE_URLS.telnyx),
        credentials: telnyxKey ? { kind: 'bearer', token: telnyxKey, extraHeaders: {} } : undefined,
      },
      moveworks: {
        baseUrl: baseUrl(env, 'MOVEWORKS_BASE_URL', DEFAULT_BASE_URLS.moveworks),
        credentials: moveworks,
      },
    },
    sampleBackendPort: port(env, 'SAMPLE_BACKEND_PORT'),
    sampleBackendFaults: flag(env, 'SAMPLE_BACKEND_FAULTS'),
    ...(sampleDataDir ? { sampleDataDir } : {}),
  };
}
