import { describe, expect, it } from 'vitest';
import { isIsoOf, parseTimestamp, sentTime } from './time.ts';

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

describe('sentTime', () => {
  it('is the time as sent, or the ISO form of its parsed value when that was left out', () => {
    expect(sentTime({ time: '2026-09-25T18:40:42.411933Z', timeMs: 1 })).toBe(
      '2026-09-25T18:40:42.411933Z',
    );
    expect(sentTime({ timeMs: Date.UTC(2026, 8, 25, 18, 40, 42, 411) })).toBe(
      '2026-09-25T18:40:42.411Z',
    );
    expect(sentTime({})).toBeUndefined();
  });
  it('isIsoOf accepts only the exact toISOString form', () => {
    const ms = Date.UTC(2026, 8, 25, 18, 40, 42, 411);
    expect(isIsoOf('2026-09-25T18:40:42.411Z', ms)).toBe(true);
    expect(isIsoOf('2026-09-25T18:40:42.411000Z', ms)).toBe(false);
    expect(isIsoOf('2026-09-25T18:40:42.411+00:00', ms)).toBe(false);
  });
});
