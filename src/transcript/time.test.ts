import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './time.ts';

describe('parseTimestamp', () => {
  it('reads microsecond timestamps to the millisecond', () => {
    expect(parseTimestamp('2026-09-25T18:40:42.411933Z')).toBe(
      Date.UTC(2026, 8, 25, 18, 40, 42, 411),
    );
  });
  it('returns undefined for missing or unreadable values', () => {
    expect(parseTimestamp(undefined)).toBeUndefined();
    expect(parseTimestamp('not a date')).toBeUndefined();
  });
});
