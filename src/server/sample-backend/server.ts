import { createServer, type Server } from 'node:http';
import { buildSampleDataset } from '../sample-data/index.ts';
import { DEFAULT_SAMPLE_CREDENTIALS, type SampleCredentials } from './credentials.ts';
import type { Dataset } from './dataset.ts';
import { respond } from './dispatch.ts';
import { urlHost } from './http-reply.ts';
import { loadDatasetDir } from './load-dataset-dir.ts';
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
}

/** A listening sample backend. */
export interface RunningSampleBackend {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** `${url}/twilio`, `${url}/telnyx/v2`, `${url}/moveworks/rest/v1beta1`. */
  baseUrls: { twilio: string; telnyx: string; moveworks: string };
  /** `METHOD rawUrl` (path + query, as received) of every request, in arrival order. */
  requestLog: string[];
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the sample backend: one `node:http` server answering like Twilio AI Assistants
 * (docs/vendor-notes.md §1), Telnyx AI Conversations (§2) and Moveworks Conversations beta (§3),
 * each under its own path prefix. The dataset is indexed once here.
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
  const server = createServer((req, res) => {
    requestLog.push(`${req.method ?? 'GET'} ${req.url ?? '/'}`);
    respond(req, res, store, credentials);
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
