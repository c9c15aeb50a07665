import { statSync } from 'node:fs';

/** The three vendors the proxy serves, by their `/api/<vendor>` path segment. */
export const VENDORS = ['twilio', 'telnyx', 'moveworks'] as const;

/** A vendor's path segment under `/api`. */
export type VendorId = (typeof VENDORS)[number];

/** Credentials the proxy adds to every upstream request, per vendor (docs/contract.md). */
export type VendorCredentials =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string; extraHeaders: Record<string, string> };

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
 * "Configuration"): `TWILIO_*`, `TELNYX_*`, `MOVEWORKS_*`, plus `SAMPLE_BACKEND_PORT` and
 * `SAMPLE_DATA_DIR` for the built-in sample backend.
 * @param env the variables, e.g. `process.env` merged with Vite's `loadEnv(mode, root, '')`.
 * @throws {ConfigError} naming the variable, for a malformed base URL, half-set credentials, a
 *   bad port or a sample data folder that does not exist.
 */
export function readProxyConfig(env: Env): ProxyConfig {
  const twilio = pair(env, 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN');
  const telnyxKey = secret(env, 'TELNYX_API_KEY');
  const moveworks = pair(env, 'MOVEWORKS_ACCESS_TOKEN', 'MOVEWORKS_ASSISTANT_NAME');
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
        credentials: moveworks && {
          kind: 'bearer',
          token: moveworks[0],
          extraHeaders: { 'Assistant-Name': moveworks[1] },
        },
      },
    },
    sampleBackendPort: port(env, 'SAMPLE_BACKEND_PORT'),
    ...(sampleDataDir ? { sampleDataDir } : {}),
  };
}
