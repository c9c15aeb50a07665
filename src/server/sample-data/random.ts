/**
 * Deterministic randomness for the sample data: a seeded PRNG (mulberry32), a string hash
 * (FNV-1a) to derive seeds from stable keys, and id formats built on them. Nothing here reads
 * the clock or Math.random, so every build of the dataset is byte-for-byte the same.
 */

/**
 * mulberry32: a tiny 32-bit seeded PRNG, good enough for fixtures (not for cryptography).
 * @param seed - any number; only its low 32 bits matter.
 * @returns a function yielding floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 units; used to turn stable keys into seeds.
 * @returns an unsigned 32-bit integer.
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded random source with the few helpers the fixtures need. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** One element of a non-empty list; throws RangeError on an empty one. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates an {@link Rng} from a seed (see {@link mulberry32}).
 * @param seed - a number, or a string that is hashed with {@link hashString}.
 */
export function createRng(seed: number | string): Rng {
  const next = mulberry32(typeof seed === 'string' ? hashString(seed) : seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new RangeError('pick() needs a non-empty list');
      return item;
    },
  };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

function randomChars(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(rng.next() * alphabet.length));
  return out;
}

/** `length` random base-62 characters (Moveworks ids, docs/vendor-notes.md §3.3). */
export function base62(rng: Rng, length: number): string {
  return randomChars(rng, BASE62, length);
}

/** `length` random lowercase hex digits (Twilio SIDs such as `CA…`, docs/vendor-notes.md §1.5). */
export function hex(rng: Rng, length: number): string {
  // Eight digits per draw: ids are made for every message of 100,000-message benchmarks.
  let out = '';
  while (out.length < length)
    out += Math.floor(rng.next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, length);
}

/** A random UUID in version-4 layout, e.g. Telnyx conversation ids (docs/vendor-notes.md §2.3). */
export function uuid4(rng: Rng): string {
  const h = hex(rng, 32);
  const variant = HEX.charAt(8 + rng.int(0, 3));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/**
 * A UUID in version-7 layout whose first 48 bits are the Unix time in ms, as real Twilio
 * `aia_…` ids look (docs/vendor-notes.md §1.3).
 * @param epochMs - Unix time in milliseconds.
 */
export function uuid7(epochMs: number, rng: Rng): string {
  const t = Math.floor(epochMs).toString(16).padStart(12, '0').slice(-12);
  const h = hex(rng, 20);
  const variant = HEX.charAt(8 + rng.int(0, 3));
  return `${t.slice(0, 8)}-${t.slice(8)}-7${h.slice(0, 3)}-${variant}${h.slice(3, 6)}-${h.slice(6, 18)}`;
}
