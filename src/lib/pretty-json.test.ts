import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'lossless-json';
import { scanJson } from './json-keys.ts';
import {
  compactJson,
  displayedJson,
  LARGE_TEXT,
  parseJsonValue,
  prettyJson,
  showJson,
} from './pretty-json.ts';

describe('showJson', () => {
  it('keeps an integer beyond 2^53 digit for digit', () => {
    const shown = showJson('{"order_id":12345678901234567890}');
    expect(shown).toEqual({ text: '{\n  "order_id": 12345678901234567890\n}', pretty: true });
  });

  it('keeps 1.0, 1e400, -0 and 0.1000 as written', () => {
    expect(prettyJson('[1.0,1e400,-0,0.1000,1E+2]')).toBe(
      '[\n  1.0,\n  1e400,\n  -0,\n  0.1000,\n  1E+2\n]',
    );
  });

  it('shows a key written twice with different values as sent, naming it', () => {
    const text = '{"a":1, "b":{"c":true,"c":false}}';
    expect(showJson(text)).toEqual({
      text,
      pretty: false,
      note: 'Duplicate key "c" at character 23: shown as sent.',
    });
  });

  it('shows a key written twice with the same value as sent too', () => {
    const text = '{"a":[{"x":"1","x":"1"}]}';
    expect(showJson(text)).toEqual({
      text,
      pretty: false,
      note: 'A key appears twice in one object: shown as sent.',
    });
  });

  it('shows prose, invalid JSON and bare values as sent, with no note', () => {
    for (const text of ['Call ended', '{"a":1,}', '{"a":1} trailing', '42', '"x"', '']) {
      expect(showJson(text)).toEqual({ text, pretty: false });
    }
  });

  it('does not take a colon inside a string for a key', () => {
    expect(prettyJson('{"a":"b\\":c","d":["e:", "f"]}')).toBe(
      '{\n  "a": "b\\":c",\n  "d": [\n    "e:",\n    "f"\n  ]\n}',
    );
  });

  it('pretty-prints what JSON.parse reads exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null) return;
        expect(prettyJson(text)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });
});

describe('the size gate', () => {
  const large = `{"rows":[${'1,'.repeat(LARGE_TEXT / 2)}1]}`;

  it('never parses a text over LARGE_TEXT: it is shown and searched as sent', () => {
    expect(large.length).toBeGreaterThan(LARGE_TEXT);
    expect(showJson(large)).toEqual({ text: large, pretty: false });
    expect(displayedJson(large)).toBe(large);
    expect(parseJsonValue(large)).toBeUndefined();
    expect(compactJson(large)).toBeUndefined();
  });

  it('pretty-prints a text of exactly LARGE_TEXT', () => {
    const edge = `[${'1,'.repeat((LARGE_TEXT - 3) / 2)}1]`.padEnd(LARGE_TEXT, ' ');
    expect(edge.length).toBe(LARGE_TEXT);
    expect(showJson(edge).pretty).toBe(true);
  });
});

describe('parseJsonValue and compactJson', () => {
  it('read numbers losslessly', () => {
    expect(String(Object.values(Object(parseJsonValue('{"n":9007199254740993}')))[0])).toBe(
      '9007199254740993',
    );
    expect(compactJson('{ "n" : 1.0 ,\n "m": [12345678901234567890] }')).toBe(
      '{"n":1.0,"m":[12345678901234567890]}',
    );
  });

  it('give nothing for a duplicate key', () => {
    expect(parseJsonValue('{"a":1,"a":1}')).toBeUndefined();
    expect(compactJson('{"a":1,"a":2}')).toBeUndefined();
  });
});

describe('scanJson', () => {
  it('counts keys, not strings, nested and repeated ones included', () => {
    expect(scanJson('{"a" : "b", "c": {"a": ["x", "y:"]}, "a":1}').keys).toBe(4);
    expect(scanJson('["a", "b"]').keys).toBe(0);
    expect(scanJson('{"\\\\":1,"q\\"":2}').keys).toBe(2);
  });

  it('tells numbers JS writes back as they stand from those it would change', () => {
    expect(scanJson('{"a":[1,-2.5,1e-7,true,false,null,"1.0"]}').numbersRoundTrip).toBe(true);
    for (const n of ['1.0', '-0', '1e400', '12345678901234567890', '1E2', '0.10']) {
      expect(scanJson(`{"a":${n}}`).numbersRoundTrip).toBe(false);
    }
  });
});

describe('the fast path', () => {
  it('writes what lossless-json writes, for any JSON', () => {
    const numbers = fc.constantFrom('1.0', '-0', '1e400', '12345678901234567890', '7', '0.5');
    const text = fc.oneof(
      fc.json(),
      fc.tuple(fc.json(), numbers).map(([json, n]) => `{"x":${json},"n":${n}}`),
    );
    fc.assert(
      fc.property(text, (json) => {
        if (!json.trimStart().startsWith('{') && !json.trimStart().startsWith('[')) return;
        const shown = showJson(json);
        if (shown.pretty) expect(shown.text).toBe(stringify(parse(json), null, 2));
      }),
    );
  });
});
