import { describe, expect, it } from 'vitest';
import { MARKER_CLOSE as C, MARKER_OPEN as O, placeCitations, splitMarkers } from './citations.ts';
import type { Citation } from './model.ts';

const cite = (
  id: string,
  offsets: number[],
  url = `https://example.com/${id}`,
  title = id,
): Citation => ({
  id,
  url,
  title,
  offsets,
});

describe('placeCitations', () => {
  it('inserts numbered markers at code-point offsets', () => {
    const { text, sources } = placeCitations('One. Two.', [cite('a', [4]), cite('b', [9])]);
    expect(text).toBe(`One.${O}0${C} Two.${O}1${C}`);
    expect(sources.map((s) => [s.number, s.title])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('puts several citations at one offset side by side, in order', () => {
    const { text } = placeCitations('Done.', [cite('a', [5]), cite('b', [5]), cite('c', [5])]);
    expect(text).toBe(`Done.${O}0${C}${O}1${C}${O}2${C}`);
  });

  it('places an offset past the end at the end', () => {
    expect(placeCitations('Short.', [cite('a', [999])]).text).toBe(`Short.${O}0${C}`);
  });

  it('counts code points, so emoji and other astral characters before the offset do not shift it', () => {
    // "👍🏽 ok." is 6 code points but 8 UTF-16 units.
    const text = '👍🏽 ok. Next.';
    const { text: placed } = placeCitations(text, [cite('a', [6])]);
    expect(placed).toBe(`👍🏽 ok.${O}0${C} Next.`);
    const arabic = placeCitations('مرحبا. سلام.', [cite('b', [6])]).text;
    expect(arabic).toBe(`مرحبا.${O}0${C} سلام.`);
  });

  it('gives one number to the same title and URL cited twice, and numbers by first appearance', () => {
    const same = cite('x2', [20], 'https://example.com/p', 'Policy');
    const first = cite('x1', [3], 'https://example.com/p', 'Policy');
    const other = cite('y', [10]);
    const { text, sources, sourceOf } = placeCitations('abc defghij klmnopqrstu', [
      same,
      other,
      first,
    ]);
    expect(sources).toHaveLength(2);
    expect(sources[0]).toMatchObject({ number: 1, title: 'Policy', citationIds: ['x1', 'x2'] });
    const markers = splitMarkers(text).filter((p) => typeof p === 'number');
    expect(markers).toEqual([2, 1, 0]);
    expect(markers.map((i) => sourceOf[i]?.number)).toEqual([1, 2, 1]);
  });

  it('lists unplaced citations as sources without markers', () => {
    const { text, sources } = placeCitations('No offsets.', [cite('a', [])]);
    expect(text).toBe('No offsets.');
    expect(sources).toHaveLength(1);
  });
});

describe('splitMarkers', () => {
  it('splits text around markers', () => {
    expect(splitMarkers(`a${O}1${C}b${O}12${C}`)).toEqual(['a', 1, 'b', 12]);
    expect(splitMarkers('plain')).toEqual(['plain']);
  });
});
