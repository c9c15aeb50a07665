import fc from 'fast-check';

/**
 * fast-check building blocks for the vendor adapters' property tests (`*.property.test.ts`):
 * payloads shaped like the vendors' OpenAPI specs, with every field possibly missing, null, of
 * the wrong type or joined by unknown ones, and strings a vendor should never send but might.
 * Test-only: nothing in the app imports it.
 */

/** Strings that have broken text handling before: NUL, RTL overrides, astral emoji, lone surrogates, prototype keys, Slack markup. */
const NASTY = [
  '',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\uD800',
  'x\uDFFFy',
  '__proto__',
  'constructor',
  'toString',
  ':white_check_mark: :10:30:',
  '<https://example.com|a link> <mailto:a@b.c>',
  '```<https://x.test|code>```',
  '\uE000 0 \uE001',
  '2026-13-45T99:99:99Z',
  '2026-07-12T17:19:13.528123456Z',
] as const;

/** Any string: graphemes, raw UTF-16 units (lone surrogates too), or a known troublemaker. */
export const weirdString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 10,
  }),
  fc.constantFrom(...NASTY),
);

/** Numbers JSON can carry, huge and negative ones and `-0` included. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 0.5),
);

/** Any JSON value, shallow enough to keep runs fast. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false),
  anyNumber,
  weirdString,
  fc.jsonValue({ maxDepth: 2 }),
);

/** A field that is usually `good`, sometimes null, sometimes any other JSON (a wrong type). */
export function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight: 4 }, fc.constant(null), anyJson);
}

/** An ISO 8601 time, or one of the strings a vendor might send instead. */
export const timeString: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
    .map((d) => d.toISOString()),
  weirdString,
);

/**
 * An object with the keys of `model`, each possibly missing, and possibly unknown keys besides
 * (never overriding a known one), made the way `JSON.parse` makes it: `__proto__` an own key.
 */
export function wireObject(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const extra = fc.dictionary(weirdString, anyJson, { maxKeys: 3 });
  return fc
    .tuple(extra, fc.record(model, { requiredKeys: [] }))
    .map(([unknown, known]) => JSON.parse(JSON.stringify({ ...unknown, ...known })));
}

/** An array of `item`, sometimes empty, sometimes with items of any other JSON mixed in. */
export function wireArray(item: fc.Arbitrary<unknown>, maxLength = 4): fc.Arbitrary<unknown[]> {
  return fc.array(fc.oneof({ arbitrary: item, weight: 4 }, anyJson), { maxLength });
}

/** A page of items: usually well-formed ones, sometimes any JSON at all (null items included). */
export function wireItems(item: fc.Arbitrary<unknown>, maxLength = 8): fc.Arbitrary<unknown[]> {
  return fc.array(fc.oneof({ arbitrary: item, weight: 6 }, anyJson), { maxLength });
}

/** Fast enough for the whole property file to run in a few seconds. */
export const RUNS = { numRuns: 100 } as const;
