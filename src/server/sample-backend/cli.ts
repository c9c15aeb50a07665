/**
 * `npm run sample-backend -- --port N [--host H] [--data DIR] [--faults]`: runs the sample backend
 * until SIGINT or SIGTERM; `--faults` mounts the admin routes that inject faults (admin.ts). Exit code 1 on bad arguments or when it cannot start.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SAMPLE_CREDENTIALS, startSampleBackend } from './index.ts';

const USAGE = 'usage: npm run sample-backend -- --port N [--host H] [--data DIR] [--faults]';

function fail(message: string): never {
  console.error(`sample-backend: ${message}\n${USAGE}`);
  process.exit(1);
}

function readOptions(): {
  port: number;
  host: string;
  dataDir: string | undefined;
  faults: boolean;
} {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        faults: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    fail(
      `--port must be an integer from 0 to 65535 (0 = any free port), got ${JSON.stringify(values.port)}`,
    );
  }
  return { port, host: values.host, dataDir: values.data, faults: values.faults };
}

async function main(): Promise<void> {
  const { port, host, dataDir, faults } = readOptions();
  let backend;
  try {
    backend = await startSampleBackend({ port, host, dataDir, faults });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const c = DEFAULT_SAMPLE_CREDENTIALS;
  console.log(
    [
      `sample backend listening on ${backend.url}${dataDir ? ` serving ${dataDir}` : ''}`,
      `  twilio     ${backend.baseUrls.twilio}  (Basic ${c.twilio.accountSid}:${c.twilio.authToken})`,
      `  telnyx     ${backend.baseUrls.telnyx}  (Bearer ${c.telnyx.apiKey})`,
      `  moveworks  ${backend.baseUrls.moveworks}  (Bearer ${c.moveworks.accessToken}, Assistant-Name: ${c.moveworks.assistantName})`,
      `             tokens from ${backend.moveworksTokenUrl}  (client ${c.moveworks.clientId}:${c.moveworks.clientSecret})`,
      ...(faults
        ? [`  faults     ${backend.url}/__admin/  (fault rules, token expiry, request log)`]
        : []),
    ].join('\n'),
  );
  const stop = (signal: string): void => {
    console.log(`sample backend: ${signal}, stopping`);
    backend.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`close failed: ${String(error)}`),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
