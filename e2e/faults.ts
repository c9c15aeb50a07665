import { z } from 'zod';
import type { FaultRule } from '../src/server/sample-backend/faults.ts';
import { PORTS } from './ports.ts';

const ADMIN = `http://127.0.0.1:${PORTS.faultsBackend}/__admin`;

async function put(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${ADMIN}/${path}`, { method: 'PUT', body: JSON.stringify(body) });
  if (!response.ok)
    throw new Error(`admin ${path}: HTTP ${response.status} ${await response.text()}`);
}

/** Replaces the sample backend's fault rules (src/server/sample-backend/faults.ts); `[]` clears. */
export function setFaults(rules: FaultRule[]): Promise<void> {
  return put('faults', { rules });
}

/** Sets the lifetime of Moveworks tokens minted from now on (s), and/or revokes every token. */
export function setTokens(options: { lifetimeS?: number; revoke?: boolean }): Promise<void> {
  return put('tokens', options);
}

/** Every request the sample backend has had, `METHOD /path?query`, oldest first. */
export async function requestLog(): Promise<string[]> {
  const response = await fetch(`${ADMIN}/log`);
  return z.object({ requests: z.array(z.string()) }).parse(await response.json()).requests;
}
