/** Small type guards for reading corpus JSON of unknown shape without type assertions. */
import type { Json } from '../../sample-backend/dataset.ts';
import type { JsonObject } from '../script.ts';

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is an array, else an empty array. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Copies a parsed JSON value into the {@link Json} type, dropping anything JSON cannot hold
 * (there is none after JSON.parse; this only proves the type).
 */
export function toJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toJson);
  if (isRecord(value)) return toJsonObject(value);
  return null;
}

/** {@link toJson} for an object. */
export function toJsonObject(value: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = toJson(item);
  return out;
}

/** Message text that may be null or missing in the source; both become "". */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
