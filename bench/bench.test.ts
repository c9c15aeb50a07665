import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.ts';
import { OptionError, readOptions } from './options.ts';
import type { BenchResults, CellResult } from './results.ts';
import { quantile, summarize } from './stats.ts';

describe('stats', () => {
  it('interpolates quantiles and summarizes finite values only', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.95)).toBe(5);
    expect(summarize([3, Number.NaN, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([Number.NaN])).toBeUndefined();
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('readOptions', () => {
  it('reads sizes, throttles and vendors, and names a bad option', () => {
    const o = readOptions(['--sizes', '1000,10000', '--throttles', '4', '--vendors', 'twilio']);
    expect(o).toMatchObject({ sizes: [1000, 10000], throttles: [4], vendors: ['twilio'], runs: 5 });
    expect(readOptions(['--smoke'])).toMatchObject({ sizes: [1000], runs: 1, noWarmup: true });
    expect(() => readOptions(['--sizes', 'ten'])).toThrow(/--sizes/);
    expect(() => readOptions(['--vendors', 'acme'])).toThrow(OptionError);
  });
});

describe('checkBudgets', () => {
  const cell = (over: Record<string, number>): CellResult => ({
    vendor: 'telnyx',
    size: 10_000,
    throttle: 1,
    runs: [],
    summary: Object.fromEntries(
      Object.entries(over).map(([k, v]) => [k, { median: v, min: v, max: v, n: 1 }]),
    ),
  });
  const results = (c: CellResult): BenchResults => ({
    finishedAt: '2026-11-21T00:00:00.000Z',
    machine: { cpu: 'x', cores: 2, memoryGiB: 1, os: 'x', node: 'x', chromium: 'x' },
    bundle: { jsGzipBytes: 140_000, cssGzipBytes: 10_000, files: [] },
    cells: [c],
  });

  it('names a missed budget and treats a missing reading as missed', () => {
    const outcomes = checkBudgets(results(cell({ firstMessageAfterPageMs: 450 })));
    const first = outcomes.find((o) => o.name.startsWith('first message after'));
    expect(first).toMatchObject({ ok: false, actual: 450, where: 'telnyx 10000 1x' });
    expect(outcomes.find((o) => o.name.startsWith('full load'))?.ok).toBe(false);
    expect(outcomes.find((o) => o.where === 'bundle')?.ok).toBe(true);
  });

  it('holds a small load to the floor plus 150 ms, a larger one to 1.5 times the floor', () => {
    const small = (load: number) =>
      checkBudgets(results({ ...cell({ loadMs: load, floorMs: 60 }), size: 1000 })).find((o) =>
        o.name.startsWith('full load'),
      );
    expect(small(205)).toMatchObject({ ok: true, actual: 145 });
    expect(small(215)?.ok).toBe(false);
    const large = (load: number) =>
      checkBudgets(results(cell({ loadMs: load, floorMs: 1000 }))).find((o) =>
        o.name.startsWith('full load'),
      );
    expect(large(1500)).toMatchObject({ ok: true, actual: 1.5 });
    expect(large(1600)?.ok).toBe(false);
  });

  it('allows the first message 300 ms after its page at 1x, 600 at 4x, and 450 from navigation', () => {
    const check = (throttle: number, after: number, fromNav: number) =>
      checkBudgets(
        results({ ...cell({ firstMessageAfterPageMs: after, firstMessageMs: fromNav }), throttle }),
      ).filter((o) => o.name.startsWith('first message'));
    expect(check(1, 290, 440).map((o) => o.ok)).toEqual([true, true]);
    expect(check(1, 310, 460).map((o) => o.ok)).toEqual([false, false]);
    expect(check(4, 590, 2000).map((o) => o.ok)).toEqual([true]);
  });
});
