import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedTranscript, scriptSafeJson, TRANSCRIPT_DATA_ID } from './offline-html.ts';

const OPEN = `<script type="application/json" id="${TRANSCRIPT_DATA_ID}">`;
const AFTER = '\n    <script type="module">main()</script>\n  </body>\n</html>';
const TEMPLATE = `<!doctype html>\n<html>\n  <body>\n    <div id="root"></div>\n    ${OPEN}null</script>${AFTER}`;

/**
 * What an HTML parser makes of the data element: its text runs to the first `</script` in any
 * case (the script data state); `<!--` there would change that state, so none may occur.
 */
function parsedData(html: string): { text: string; rest: string } {
  const start = html.indexOf(OPEN) + OPEN.length;
  // ASCII case only, as the parser: toLowerCase() would change lengths ('İ' is two units then).
  const closing = /<\/script/gi;
  closing.lastIndex = start;
  const end = closing.exec(html)?.index ?? html.length;
  const text = html.slice(start, end);
  expect(text).not.toContain('<!--');
  return { text, rest: html.slice(html.indexOf('>', end) + 1) };
}

/** Strings full of what could end or re-mode a script element, or act as a `replace` pattern. */
const hostile = fc.string({
  unit: fc.constantFrom(
    '<',
    '/',
    'script',
    'SCRIPT',
    '>',
    '!--',
    '$&',
    "$'",
    '$1',
    '\u2028',
    'é',
    ' ',
  ),
});

describe('embedTranscript', () => {
  it('carries any JSON intact, and nothing in it ends the element', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), hostile, (value, text) => {
        const json = JSON.stringify({ value, text }, null, 2);
        const page = embedTranscript(TEMPLATE, json);
        const { text: data, rest } = parsedData(page);
        expect(JSON.parse(data)).toEqual(JSON.parse(json));
        expect(rest).toBe(AFTER);
      }),
    );
  });

  it('escapes exactly the "<" of a closing tag in vendor text', () => {
    const json = JSON.stringify({ text: '</script><script>alert(1)</script><!--' });
    expect(scriptSafeJson(json)).toBe(
      '{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--"}',
    );
  });

  it('replaces the transcript of a page that already carries one (an export made offline)', () => {
    const once = embedTranscript(TEMPLATE, '{"a":"</script>"}');
    const twice = embedTranscript(once, '{"b":2}');
    expect(JSON.parse(parsedData(twice).text)).toEqual({ b: 2 });
    expect(twice.split(OPEN)).toHaveLength(2);
  });

  it('refuses a page without the data element', () => {
    expect(() => embedTranscript('<!doctype html><p>hi</p>', '{}')).toThrow(TRANSCRIPT_DATA_ID);
  });
});
