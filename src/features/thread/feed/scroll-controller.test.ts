import { describe, expect, it } from 'vitest';
import { anchorAt, landingTop, moves, rowAtTop } from './scroll-controller.ts';
import {
  AT_REST,
  counting,
  FAR_PX,
  flightStep,
  JUMP_MS,
  LAND_FRAMES,
  type Flight,
} from './flight.ts';

const view = { top: 1000, height: 600 };

describe('landingTop', () => {
  it('puts a row at the start, the end or the centre of the view', () => {
    const box = { start: 5000, size: 200 };
    expect(landingTop(box, view, 'start')).toBe(5000);
    expect(landingTop(box, view, 'end')).toBe(4600);
    expect(landingTop(box, view, 'center')).toBe(4800);
  });

  it('moves only as far as needed for nearest, and not at all when the row is in view', () => {
    expect(landingTop({ start: 1100, size: 100 }, view, 'nearest')).toBe(1000);
    expect(landingTop({ start: 400, size: 100 }, view, 'nearest')).toBe(400);
    expect(landingTop({ start: 1550, size: 100 }, view, 'nearest')).toBe(1050);
  });

  it('never goes above the top of the feed', () => {
    expect(landingTop({ start: 100, size: 50 }, view, 'center')).toBe(0);
  });
});

describe('anchorAt', () => {
  const rows = [
    { start: 0, end: 100 },
    { start: 100, end: 250 },
    { start: 250, end: 300 },
  ];
  const ids = (i: number) => ['a', 'b', 'c'][i];

  it('is the message at the top of the view, with how far into it the view starts', () => {
    expect(rowAtTop(rows, 120)).toBe(1);
    expect(anchorAt(rows, 120, ids)).toEqual({ messageId: 'b', offset: 20 });
    expect(anchorAt(rows, 100, ids)).toEqual({ messageId: 'b', offset: 0 });
  });

  it('holds nothing at the very top, so that rows arriving above push the view to the first', () => {
    expect(anchorAt(rows, 0, ids)).toBeUndefined();
  });

  it('holds the message the reader asked for wherever it is, at the top too', () => {
    expect(anchorAt(rows, 0, ids, { messageId: 'c', start: 250 })).toEqual({
      messageId: 'c',
      offset: -250,
    });
  });
});

describe('moves', () => {
  it('ignores a difference of a pixel or less', () => {
    expect(moves(100, 100.8)).toBe(false);
    expect(moves(100, 102)).toBe(true);
  });
});

describe('flightStep', () => {
  const scroll = (flight: Flight, top: number, now = 0) =>
    flightStep(flight, { type: 'scroll', top, viewport: 800, now });
  const frames = (flight: Flight, n: number) =>
    Array.from({ length: n }).reduce<Flight>((f) => flightStep(f, { type: 'frame' }), flight);

  it('does not fly for reading moves, or for one far move on its own', () => {
    let f = scroll(AT_REST, 100);
    expect(f.flying).toBe(false);
    f = scroll(f, 100 + FAR_PX + 10);
    expect(f.flying).toBe(false);
    expect(counting(f)).toBe(true);
  });

  it('flies on a second far move within two frames, and lands six quiet frames later', () => {
    let f = scroll(AT_REST, 1000);
    f = frames(f, 1);
    f = scroll(f, 2000);
    expect(f.flying).toBe(true);
    f = frames(f, LAND_FRAMES - 1);
    expect(f.flying).toBe(true);
    f = frames(f, 1);
    expect(f.flying).toBe(false);
    expect(counting(f)).toBe(false);
  });

  it('flies at once on a leap of three viewports or more', () => {
    expect(scroll(AT_REST, 2400).flying).toBe(true);
  });

  it('leaves the view’s own moves out: an expected anchor move, and a jump’s moves while held', () => {
    let f = flightStep(AT_REST, { type: 'expect', top: 9000 });
    f = scroll(f, 9000);
    expect(f.flying).toBe(false);
    expect(f.expected).toBeUndefined();
    f = flightStep(f, { type: 'jump', now: 0 });
    f = scroll(f, 30_000, JUMP_MS - 1);
    expect(f.flying).toBe(false);
  });

  it('lands a flight under way when the view jumps', () => {
    let f = scroll(AT_REST, 9000);
    expect(f.flying).toBe(true);
    f = flightStep(f, { type: 'jump', now: 100 });
    f = scroll(f, 0, 101);
    expect(f.flying).toBe(false);
  });
});
