/**
 * The servers a benchmark runs against: the production bundle served by `vite preview` (with the
 * app's own proxy), which treats an in-process sample backend as the three live vendors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/server/sample-backend/dataset.ts';
import {
  DEFAULT_SAMPLE_CREDENTIALS as creds,
  startSampleBackend,
} from '../src/server/sample-backend/index.ts';

/** Running servers: the app's origin, and how to stop both. */
export interface BenchServers {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Runs a command to completion, its output shown. @throws Error on a non-zero exit. */
export async function run(command: string, args: readonly string[]): Promise<void> {
  const child = spawn(command, args, { stdio: 'inherit' });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(code)}`);
}

/**
 * Starts the sample backend on `dataset` and `vite preview` on a free port, with every vendor's
 * credentials and base URL pointing at the backend (docs/contract.md "Configuration").
 * @throws Error when preview does not answer within 60 s.
 */
export async function startServers(dataset: Dataset): Promise<BenchServers> {
  const backend = await startSampleBackend({ port: 0, credentials: creds, dataset });
  const port = await freePort();
  // Vite's own script, not npx, so that stopping the child stops the server.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const preview = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TWILIO_ACCOUNT_SID: creds.twilio.accountSid,
        TWILIO_AUTH_TOKEN: creds.twilio.authToken,
        TWILIO_BASE_URL: backend.baseUrls.twilio,
        TELNYX_API_KEY: creds.telnyx.apiKey,
        TELNYX_BASE_URL: backend.baseUrls.telnyx,
        MOVEWORKS_ACCESS_TOKEN: creds.moveworks.accessToken,
        MOVEWORKS_ASSISTANT_NAME: creds.moveworks.assistantName,
        MOVEWORKS_BASE_URL: backend.baseUrls.moveworks,
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (preview.exitCode === null) {
      preview.kill('SIGTERM');
      await once(preview, 'exit');
    }
    await backend.close();
  };
  try {
    await waitForHttp(origin, preview, 60_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, close };
}
