import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Runs the CLI; resolves with its exit code and output once it exits. */
function run(args: string[], onStdout?: (text: string, kill: () => void) => void) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // Node itself, not the tsx launcher: a launcher that relays signals may not have set up
    // its relay yet when a busy machine delivers SIGTERM.
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('sample backend CLI', () => {
  it('exits 1 naming --port when the port is bad', async () => {
    const result = await run(['--port', 'eighty']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--port');
  });

  it('prints the base URLs and credentials, serves, and stops on SIGTERM', async () => {
    let served = false;
    const result = await run(['--port', '0'], (text, kill) => {
      const url = /twilio\s+(http:\S+)/.exec(text)?.[1];
      if (!url || !text.includes('Assistant-Name') || served) return;
      served = true;
      void fetch(`${url}/v1/Sessions`).then(kill, kill);
    });
    expect(served).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/telnyx\s+http:\/\/127\.0\.0\.1:\d+\/telnyx\/v2/);
    expect(result.stdout).toContain('sample-access-token');
  }, 20_000);
});
