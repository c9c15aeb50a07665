import { randomBytes } from 'node:crypto';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { loadEnv } from 'vite';
import { startSampleBackend, type SampleCredentials } from '../sample-backend/index.ts';
import { readProxyConfig, VENDORS, type ProxyConfig, type VendorId } from './config.ts';
import { createProxyMiddleware, type ResolvedUpstream } from './forward.ts';

/** Fresh per server start, so nothing but this proxy can read the sample backend. */
function randomSampleCredentials(): SampleCredentials {
  const secret = () => randomBytes(18).toString('base64url');
  return {
    twilio: { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: secret() },
    telnyx: { apiKey: `KEY${secret()}` },
    moveworks: {
      accessToken: secret(),
      assistantName: 'sample-assistant',
      clientId: `client-${randomBytes(6).toString('hex')}`,
      clientSecret: secret(),
    },
  };
}

async function resolveUpstreams(config: ProxyConfig) {
  const needsSample = VENDORS.some((v) => !config.vendors[v].credentials);
  const creds = randomSampleCredentials();
  const backend = needsSample
    ? await startSampleBackend({
        port: config.sampleBackendPort,
        credentials: creds,
        faults: config.sampleBackendFaults,
        ...(config.sampleDataDir ? { dataDir: config.sampleDataDir } : {}),
      })
    : undefined;
  const { clientId, clientSecret, assistantName } = creds.moveworks;
  const sampleCreds: Record<VendorId, ResolvedUpstream['credentials']> = {
    twilio: { kind: 'basic', username: creds.twilio.accountSid, password: creds.twilio.authToken },
    telnyx: { kind: 'bearer', token: creds.telnyx.apiKey, extraHeaders: {} },
    // The sample Moveworks is read the way most accounts are: with minted, expiring tokens.
    moveworks: {
      kind: 'oauth',
      client: { clientId, clientSecret, tokenUrl: backend?.moveworksTokenUrl ?? '' },
      extraHeaders: { 'Assistant-Name': assistantName },
    },
  };
  const resolve = (v: VendorId): ResolvedUpstream => {
    const own = config.vendors[v];
    if (own.credentials || !backend) {
      return {
        baseUrl: own.baseUrl,
        credentials: own.credentials ?? sampleCreds[v],
        sample: false,
      };
    }
    return { baseUrl: backend.baseUrls[v], credentials: sampleCreds[v], sample: true };
  };
  const upstreams: Record<VendorId, ResolvedUpstream> = {
    twilio: resolve('twilio'),
    telnyx: resolve('telnyx'),
    moveworks: resolve('moveworks'),
  };
  return { upstreams, backend };
}

/**
 * Headers of every page `preview` serves (docs/contract.md "The proxy"): no inline or remote
 * script, connections to its own origin only, images (loaded on a click) from any web address.
 */
export const PREVIEW_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https: http:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Dev serves inline scripts (React's refresh preamble), so it gets all but the CSP. */
const DEV_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** True for a listen address only this machine can reach. */
function isLoopback(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return true;
  if (host === true) return false;
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host) || host.startsWith('127.');
}

/**
 * The viewer's proxy as a Vite plugin, for both `vite` (dev) and `vite preview`: reads the
 * server-side environment (process env, `.env`, `.env.local`; docs/contract.md "Configuration"),
 * starts the built-in sample backend for every vendor without credentials, and mounts
 * {@link createProxyMiddleware} on `/api`. Sets the security headers ({@link PREVIEW_HEADERS})
 * and warns when `--host` makes the proxy reachable from other machines.
 * @throws {import('./config.ts').ConfigError} at startup, naming the bad variable; Vite then
 *   stops with that message.
 */
export function transcriptProxy(): Plugin {
  let config: ProxyConfig | undefined;
  const mount = async (
    server: ViteDevServer | PreviewServer,
    host: string | boolean | undefined,
  ) => {
    if (!config) throw new Error('transcript-proxy: configResolved did not run');
    if (!isLoopback(host)) {
      server.config.logger.warn(
        `  proxy  --host ${String(host)} lets other machines use /api with this proxy's vendor credentials`,
      );
    }
    const { upstreams, backend } = await resolveUpstreams(config);
    server.middlewares.use(createProxyMiddleware(upstreams));
    server.httpServer?.once('close', () => void backend?.close());
    const served = VENDORS.map(
      (v) => `${v}: ${upstreams[v].sample ? 'sample data' : upstreams[v].baseUrl}`,
    );
    server.config.logger.info(`  proxy  /api → ${served.join(', ')}`);
  };
  return {
    name: 'transcript-proxy',
    // The proxy answers its own origin only; Vite's CORS would let other local pages read it.
    config: () => ({
      server: { cors: false, headers: DEV_HEADERS },
      preview: { cors: false, headers: PREVIEW_HEADERS },
    }),
    configResolved(resolved) {
      config = readProxyConfig(loadEnv(resolved.mode, resolved.envDir || resolved.root, ''));
    },
    configureServer: (server) => mount(server, server.config.server.host),
    configurePreviewServer: (server) => mount(server, server.config.preview.host),
  };
}
