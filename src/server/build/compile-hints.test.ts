import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hints.ts';

// Two generated lines: "a;" maps to src.ts line 1, "b;" to line 5 (both column 0).
const map = JSON.stringify({
  version: 3,
  sources: ['src.ts'],
  names: [],
  mappings: 'AAAA;AAIA',
});

describe('withCompileHint', () => {
  it('puts the hint on the first line and moves the map down one line', () => {
    const out = withCompileHint('a;\nb;', map);
    expect(out.code.split('\n')).toEqual([COMPILE_HINT, 'a;', 'b;']);
    const moved = new SourceMap(JSON.parse(out.map ?? '{}'));
    // findEntry takes 0-based lines: generated line 2 ("b;") is source line 4 (0-based).
    expect(moved.findEntry(2, 0)).toMatchObject({ originalSource: 'src.ts', originalLine: 4 });
    expect(moved.findEntry(1, 0)).toMatchObject({ originalSource: 'src.ts', originalLine: 0 });
  });

  it('leaves a chunk that already has the hint as it is', () => {
    const once = withCompileHint('a;', map);
    expect(withCompileHint(once.code, once.map)).toEqual(once);
  });

  it('works without a map, and rejects one that is not a source map', () => {
    expect(withCompileHint('a;', undefined)).toEqual({
      code: `${COMPILE_HINT}\na;`,
      map: undefined,
    });
    expect(() => withCompileHint('a;', '{"version":3}')).toThrow();
  });
});
