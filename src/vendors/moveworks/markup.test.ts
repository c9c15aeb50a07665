import { describe, expect, it } from 'vitest';
import { loadEmojiShortcodes } from './emoji.ts';
import { plainLabel, rewriteMarkup } from './markup.ts';

describe('rewriteMarkup', () => {
  it('turns Slack links into Markdown links and moves later offsets', () => {
    const raw = 'See <https://a.example/x|the guide> now. Done.';
    const { text, mapOffset } = rewriteMarkup(raw, 'markdown');
    expect(text).toBe('See [the guide](https://a.example/x) now. Done.');
    const after = raw.indexOf('Done.') + 5;
    expect(text.slice(0, mapOffset(after))).toBe('See [the guide](https://a.example/x) now. Done.');
    expect(mapOffset(2)).toBe(2);
    // Inside the link: moved to its end.
    expect(text.slice(0, mapOffset(10))).toBe('See [the guide](https://a.example/x)');
  });

  it('writes plain text as label (url), and keeps bare links and mailto', () => {
    expect(rewriteMarkup('<https://a.example|A> and <mailto:x@y.example>', 'plain').text).toBe(
      'A (https://a.example) and x@y.example (mailto:x@y.example)',
    );
  });

  it('counts code points, so emoji before a link do not shift offsets', () => {
    const raw = '😀 <https://a.example|A>. End.';
    const { text, mapOffset } = rewriteMarkup(raw, 'markdown');
    const end = Array.from(raw).length;
    expect(Array.from(text).slice(0, mapOffset(end)).join('')).toBe(text);
  });

  it('leaves other angle brackets alone', () => {
    const raw = 'a <b> c <javascript:alert(1)|x>';
    expect(rewriteMarkup(raw, 'markdown').text).toBe(raw);
  });
});

const emoji = await loadEmojiShortcodes();

describe('rewriteMarkup: emoji shortcodes', () => {
  it('loads the shortcodes Slack uses, drawn as emoji', () => {
    expect(emoji?.get('point_right')).toBe('👉');
    expect(emoji?.get('white_check_mark')).toBe('✅');
    expect(emoji?.get('+1')).toBe('👍');
    // A symbol drawn as text by default gets the selector that asks for emoji.
    expect(emoji?.get('heart')).toBe('❤\uFE0F');
    expect(emoji?.get('male-technologist')).toBe('👨\u200D💻');
    // Inside sequences too, as Unicode's fully qualified forms have it.
    expect(emoji?.get('male-doctor')).toBe('👨\u200D⚕\uFE0F');
    expect(emoji?.get('hash')).toBe('#\uFE0F\u20E3');
    expect(emoji?.get('rainbow-flag')).toBe('🏳\uFE0F\u200D🌈');
  });

  it('moves citation offsets past shortcodes and links alike', () => {
    const raw = 'Paid :white_check_mark:. See <https://a.example|this> :point_right:. End.';
    const { text, mapOffset } = rewriteMarkup(raw, 'markdown', emoji);
    expect(text).toBe('Paid ✅. See [this](https://a.example) 👉. End.');
    const points = Array.from(raw);
    const after = (s: string) => Array.from(raw.slice(0, raw.indexOf(s) + s.length)).length;
    const seen = (o: number) => Array.from(text).slice(0, mapOffset(o)).join('');
    expect(seen(after('Paid :white_check_mark:.'))).toBe('Paid ✅.');
    expect(seen(after(':point_right:.'))).toBe('Paid ✅. See [this](https://a.example) 👉.');
    expect(seen(points.length)).toBe(text);
    // Inside a shortcode: moved to its end.
    expect(seen(after('Paid :white'))).toBe('Paid ✅');
  });

  it('leaves unknown shortcodes, times and text without a table as sent', () => {
    expect(rewriteMarkup('at 10:30:00 :no_such_emoji: :smile:', 'plain', emoji).text).toBe(
      'at 10:30:00 :no_such_emoji: 😄',
    );
    expect(rewriteMarkup('ok :smile:', 'plain').text).toBe('ok :smile:');
  });

  it('leaves code as written, as Slack does', () => {
    const raw = 'Run `grep :smile: log` then:\n\n```\n<https://a.example|a> 00:ab:cd\n```\n:smile:';
    expect(rewriteMarkup(raw, 'markdown', emoji).text).toBe(raw.replace(/:smile:$/, '😄'));
  });
});

describe('plainLabel', () => {
  it('reduces a citation title to its words', () => {
    expect(plainLabel('**<https://x.example/p|401(k) Plan Enrollment>**')).toBe(
      '401(k) Plan Enrollment',
    );
  });

  it('turns shortcodes into emoji when given the table', () => {
    expect(plainLabel(':bank: Bank FAQ :nope:', emoji)).toBe('🏦 Bank FAQ :nope:');
    expect(plainLabel('at 10:30:bank: <mailto:a@b.example>', emoji)).toBe('at 10:30🏦 a@b.example');
  });
});
