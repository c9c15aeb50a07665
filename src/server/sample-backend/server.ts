import { createServer, type Server } from 'node:http';
import { buildSampleDataset } from '../sample-data/index.ts';
import { DEFAULT_SAMPLE_CREDENTIALS, type SampleCredentials } from './credentials.ts';
import type { Dataset } from './dataset.ts';
import { ADMIN_PREFIX, handleAdmin } from './admin.ts';
import { respond } from './dispatch.ts';
import { createFaults } from './faults.ts';
import { urlHost } from './http-reply.ts';
import { loadDatasetDir } from './load-dataset-dir.ts';
import { createTokenIssuer, MOVEWORKS_TOKEN_PATH } from './moveworks-oauth.ts';
import { buildStore } from './store.ts';

/** Options of {@link startSampleBackend}. */
export interface SampleBackendOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Secrets to accept; default {@link DEFAULT_SAMPLE_CREDENTIALS}. */
  credentials?: SampleCredentials;
  /** Serve this folder (see {@link loadDatasetDir}) instead of the built-in sample data. */
  dataDir?: string;
  /** Serve this dataset (tests); wins over `dataDir`. */
  dataset?: Dataset;
  /** Mount the admin routes that inject faults and expire tokens (admin.ts); default false. */
  faults?: boolean;
}

/** A listening sample backend. */
export interface RunningSampleBackend {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** `${url}/twilio`, `${url}/telnyx/v2`, `${url}/moveworks/rest/v1beta1`. */
  baseUrls: { twilio: string; telnyx: string; moveworks: string };
  /** Moveworks' token endpoint, `${url}/moveworks/oauth/v1/token`. */
  moveworksTokenUrl: string;
  /** `METHOD rawUrl` (path + query, as received) of every request, in arrival order. */
  requestLog: string[];
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the sample backend: one `node:http` server answering like Twilio AI Assistants
 * (docs/vendor-notes.md §1), Telnyx AI Conversations (§2) and Moveworks Conversations beta (§3),
 * each under its own path prefix, with Moveworks' token endpoint minting tokens that expire. With
 * `faults`, admin routes under `/__admin/` inject faults and expire tokens (admin.ts). The
 * dataset is indexed once here.
 * @throws Error when `dataDir` cannot be loaded, the dataset has duplicate ids or bad sort dates,
 *   or the port cannot be bound (e.g. `EADDRINUSE`).
 */
export async function startSampleBackend(
  options: SampleBackendOptions = {},
): Promise<RunningSampleBackend> {
  const dataset =
    options.dataset ??
    (options.dataDir === undefined ? buildSampleDataset() : await loadDatasetDir(options.dataDir));
  const store = buildStore(dataset);
  const credentials = options.credentials ?? DEFAULT_SAMPLE_CREDENTIALS;
  const requestLog: string[] = [];
  const tokens = createTokenIssuer(credentials.moveworks);
  const faults = createFaults();
  const auth = { credentials, tokens };
  const server = createServer((req, res) => {
    const target = req.url ?? '/';
    if (options.faults && target.startsWith(ADMIN_PREFIX)) {
      return void handleAdmin(req, res, { faults, tokens, requestLog });
    }
    requestLog.push(`${req.method ?? 'GET'} ${target}`);
    const fault = options.faults ? faults.take(target) : undefined;
    if (fault?.kind !== 'delay') return respond(req, res, store, auth, fault);
    setTimeout(() => respond(req, res, store, auth, fault), fault.delayMs ?? 1000);
  });
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
  const url = `http://${urlHost(host)}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrls: {
      twilio: `${url}/twilio`,
      telnyx: `${url}/telnyx/v2`,
      moveworks: `${url}/moveworks/rest/v1beta1`,
    },
    moveworksTokenUrl: `${url}${MOVEWORKS_TOKEN_PATH}`,
    requestLog,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open for seconds.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`Sample backend: unexpected listening address ${String(address)}`));
      } else {
        resolve(address.port);
      }
    });
  });
}
