import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the real `vite` (dev or preview) with `env` added, until it exits or `ms` pass. */
function startVite(args: string[], env: Record<string, string>, ms = 30_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npx', ['vite', ...args, '--port', '0'], {
      env: { ...process.env, ...env, VITEST: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a bad environment value stops the server, naming the variable', () => {
  it.each([
    [[], { TWILIO_BASE_URL: 'assistants.twilio.com' }, 'TWILIO_BASE_URL'],
    [['preview'], { MOVEWORKS_ACCESS_TOKEN: 'token-only' }, 'MOVEWORKS_ASSISTANT_NAME'],
  ])('vite %j with %o', async (args, env, variable) => {
    const { code, output } = await startVite(args, env);
    expect(code).toBe(1);
    expect(output).toContain(`Invalid environment: ${variable}`);
    expect(output).not.toContain('token-only');
  });
});
