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
    moveworks: { accessToken: secret(), assistantName: 'sample-assistant' },
  };
}

async function resolveUpstreams(config: ProxyConfig) {
  const needsSample = VENDORS.some((v) => !config.vendors[v].credentials);
  const creds = randomSampleCredentials();
  const backend = needsSample
    ? await startSampleBackend({
        port: config.sampleBackendPort,
        credentials: creds,
        ...(config.sampleDataDir ? { dataDir: config.sampleDataDir } : {}),
      })
    : undefined;
  const sampleCreds: Record<VendorId, ResolvedUpstream['credentials']> = {
    twilio: { kind: 'basic', username: creds.twilio.accountSid, password: creds.twilio.authToken },
    telnyx: { kind: 'bearer', token: creds.telnyx.apiKey, extraHeaders: {} },
    moveworks: {
      kind: 'bearer',
      token: creds.moveworks.accessToken,
      extraHeaders: { 'Assistant-Name': creds.moveworks.assistantName },
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
 * The viewer's proxy as a Vite plugin, for both `vite` (dev) and `vite preview`: reads the
 * server-side environment (process env, `.env`, `.env.local`; docs/contract.md "Configuration"),
 * starts the built-in sample backend for every vendor without credentials, and mounts
 * {@link createProxyMiddleware} on `/api`.
 * @throws {import('./config.ts').ConfigError} at startup, naming the bad variable; Vite then
 *   stops with that message.
 */
export function transcriptProxy(): Plugin {
  let config: ProxyConfig | undefined;
  const mount = async (server: ViteDevServer | PreviewServer) => {
    if (!config) throw new Error('transcript-proxy: configResolved did not run');
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
    configResolved(resolved) {
      config = readProxyConfig(loadEnv(resolved.mode, resolved.envDir || resolved.root, ''));
    },
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
