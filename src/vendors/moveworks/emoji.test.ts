import { describe, expect, it } from 'vitest';
import { mayHaveShortcodes } from './emoji.ts';

describe('mayHaveShortcodes', () => {
  it('asks for the table only for a page with something shaped like a shortcode', () => {
    const message = (text: string) => ({
      created_at: '2026-02-27T22:15:03.411933Z',
      content: { type: 'MARKDOWN_TEXT', markdown_text: { text: `${text} https://x.example/a:b` } },
    });
    expect(mayHaveShortcodes([message('At 10:30:00, done.')])).toBe(false);
    expect(mayHaveShortcodes([message('Done :white_check_mark:')])).toBe(true);
    expect(mayHaveShortcodes([message('Good :+1:')])).toBe(true);
  });
});
