import { describe, expect, it } from 'vitest';
import { plainLabel, rewriteSlackLinks } from './markup.ts';

describe('rewriteSlackLinks', () => {
  it('turns Slack links into Markdown links and moves later offsets', () => {
    const raw = 'See <https://a.example/x|the guide> now. Done.';
    const { text, mapOffset } = rewriteSlackLinks(raw, 'markdown');
    expect(text).toBe('See [the guide](https://a.example/x) now. Done.');
    const after = raw.indexOf('Done.') + 5;
    expect(text.slice(0, mapOffset(after))).toBe('See [the guide](https://a.example/x) now. Done.');
    expect(mapOffset(2)).toBe(2);
    // Inside the link: moved to its end.
    expect(text.slice(0, mapOffset(10))).toBe('See [the guide](https://a.example/x)');
  });

  it('writes plain text as label (url), and keeps bare links and mailto', () => {
    expect(rewriteSlackLinks('<https://a.example|A> and <mailto:x@y.example>', 'plain').text).toBe(
      'A (https://a.example) and x@y.example (mailto:x@y.example)',
    );
  });

  it('counts code points, so emoji before a link do not shift offsets', () => {
    const raw = '😀 <https://a.example|A>. End.';
    const { text, mapOffset } = rewriteSlackLinks(raw, 'markdown');
    const end = Array.from(raw).length;
    expect(Array.from(text).slice(0, mapOffset(end)).join('')).toBe(text);
  });

  it('leaves other angle brackets alone', () => {
    const raw = 'a <b> c <javascript:alert(1)|x>';
    expect(rewriteSlackLinks(raw, 'markdown').text).toBe(raw);
  });
});

describe('plainLabel', () => {
  it('reduces a citation title to its words', () => {
    expect(plainLabel('**<https://x.example/p|401(k) Plan Enrollment>**')).toBe(
      '401(k) Plan Enrollment',
    );
  });
});
