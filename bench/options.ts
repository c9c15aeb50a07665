/**
 * Command-line options of `npm run bench` (README "Benchmark").
 */
import { parseArgs } from 'node:util';
import { VENDOR_IDS, type VendorId } from '../src/vendors/types.ts';

/** What one `npm run bench` does. */
export interface BenchOptions {
  /** Transcript sizes, in messages. */
  sizes: number[];
  /** CPU slow-down factors for `Emulation.setCPUThrottlingRate` (1 = none). */
  throttles: number[];
  vendors: VendorId[];
  /** Measured runs per cell, after one warm-up run that is not reported. */
  runs: number;
  /** Skip the warm-up run. */
  noWarmup: boolean;
  /** Exit non-zero, naming each missed budget. */
  check: boolean;
  /** Reuse `dist/` instead of building. */
  noBuild: boolean;
  /** Where the JSON results go; the Markdown table goes beside it (`.md`). */
  out: string;
  /** A one-run check that the harness works (N = 1,000, each vendor, 1x, no warm-up). */
  smoke: boolean;
}

const USAGE = `usage: npm run bench -- [--check] [--smoke] [--sizes 1000,10000,100000] [--throttles 1,4]
       [--vendors telnyx (default) | twilio,telnyx,moveworks] [--runs 5] [--no-warmup] [--no-build] [--out FILE]`;

/** An option that cannot be used, with the usage text. */
export class OptionError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'OptionError';
  }
}

function positiveIntegers(name: string, raw: string): number[] {
  const values = raw.split(',').map((s) => s.trim());
  const numbers = values.map(Number);
  if (values.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new OptionError(`--${name} takes positive integers separated by commas, got "${raw}"`);
  }
  return numbers;
}

function isVendor(value: string): value is VendorId {
  return VENDOR_IDS.some((v) => v === value);
}

/**
 * Reads `argv` (without node and script).
 * @throws OptionError for an unknown option or a value out of range, naming the option.
 */
export function readOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string', default: '1000,10000,100000' },
        throttles: { type: 'string', default: '1,4' },
        // Telnyx by default: the most requests (100 a page, newest first), so the hardest load.
        vendors: { type: 'string', default: 'telnyx' },
        runs: { type: 'string', default: '5' },
        'no-warmup': { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        out: { type: 'string' },
        smoke: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new OptionError(error instanceof Error ? error.message : String(error));
  }
  const vendors = values.vendors.split(',').map((s) => s.trim());
  const unknown = vendors.filter((v) => !isVendor(v));
  if (unknown.length > 0) {
    throw new OptionError(
      `--vendors takes ${VENDOR_IDS.join(', ')}; unknown: ${unknown.join(', ')}`,
    );
  }
  const smoke = values.smoke;
  return {
    sizes: smoke ? [1000] : positiveIntegers('sizes', values.sizes),
    throttles: smoke ? [1] : positiveIntegers('throttles', values.throttles),
    vendors: smoke ? [...VENDOR_IDS] : vendors.filter(isVendor),
    runs: smoke ? 1 : (positiveIntegers('runs', values.runs)[0] ?? 5),
    noWarmup: smoke || values['no-warmup'],
    check: values.check,
    noBuild: values['no-build'],
    out: values.out ?? (smoke ? '.cache/bench-smoke.json' : 'bench/results/latest.json'),
    smoke,
  };
}
