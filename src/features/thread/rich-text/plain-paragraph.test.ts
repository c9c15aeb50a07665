import Markdown from 'react-markdown';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { isPlainParagraph } from './markdown.tsx';

const parsed = (text: string) =>
  renderToStaticMarkup(Markdown({ children: text, remarkPlugins: [remarkGfm] }));
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('isPlainParagraph', () => {
  const plain = [
    'ok',
    'Thanks, that helps.',
    'Hmm, that doesn’t look right.',
    'Can you check order #28094 (the blue one)?',
    'Ваш заказ отправлен. 注文は発送されました 🎉',
    'It costs $5; 100% sure: yes.',
  ];
  const syntax = [
    '*bold*',
    'a_b_c',
    'see https://example.com',
    'www.example.com',
    'mail me@example.com',
    '1. first',
    '- item',
    '# heading',
    '###',
    'two\nlines',
    ' padded',
    'a | b',
    '<b>x</b>',
    'AT&amp;T',
    '`code`',
    'a\\*b',
    '~~gone~~',
    '![img](x)',
  ];

  it.each(plain)('gives the parser’s own output for %j', (text) => {
    expect(isPlainParagraph(text)).toBe(true);
    expect(parsed(text)).toBe(`<p>${escape(text)}</p>`);
  });

  it.each(syntax)('leaves %j to the parser', (text) => {
    expect(isPlainParagraph(text)).toBe(false);
  });
});
