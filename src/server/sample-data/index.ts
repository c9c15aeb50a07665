import type { Dataset } from '../sample-backend/dataset.ts';

/**
 * The built-in sample data: a placeholder until the real sample data lands.
 * @returns a deterministic {@link Dataset}; the same on every call.
 */
export function buildSampleDataset(): Dataset {
  return { twilio: [], telnyx: [], moveworks: [] };
}
