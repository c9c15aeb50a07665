import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { transcriptToMarkdown } from './export-markdown.ts';
import type { Message, TextFormat } from './model.ts';

function said(text: string, format: TextFormat, role = 'assistant'): Message {
  return { id: text, role, parts: [{ kind: 'text', text, format }], citations: [] };
}

/** The export read back as a GFM reader reads it. */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function all(tree: Root, type: Nodes['type']): Nodes[] {
  const found: Nodes[] = [];
  visit(tree, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}

/** The export's own structure: the title and one `##` per message, nothing else at depth ≤ 2. */
function topHeadings(tree: Root): string[] {
  return all(tree, 'heading')
    .filter((h) => h.type === 'heading' && h.depth <= 2)
    .map((h) => toString(h));
}

const SAFE = /^(https?|mailto):/;

describe('Markdown export', () => {
  it('writes each message under its own heading, Markdown as Markdown, tools fenced', () => {
    const md = transcriptToMarkdown('Conversation c', [
      { ...said('Where is **order** 42?', 'markdown', 'user'), time: '2026-01-01T00:00:00Z' },
      {
        id: 'm2',
        role: 'assistant',
        parts: [
          { kind: 'tool-call', call: { id: 'c1', name: 'lookup', argumentsText: '{"q":"```"}' } },
        ],
        citations: [
          { id: 'a', url: 'https://example.com/p', title: 'Policy', offsets: [1] },
          { id: 'b', url: 'javascript:alert(1)', title: 'Trap', offsets: [] },
        ],
      },
    ]);
    expect(md).toContain('# Conversation c');
    expect(md).toContain('## 1. user · 2026-01-01T00:00:00Z\n\nWhere is **order** 42?');
    // The arguments hold a triple backtick: the fence must be longer.
    expect(md).toContain('````\nTool call lookup({"q":"```"})\n````');
    expect(md).toContain('1. [Policy](https://example.com/p)');
    expect(md).toContain('2. Trap\n');
    expect(md).not.toContain('javascript:');
  });

  it('keeps vendor text from forging a message heading, in any format', () => {
    for (const format of ['plain', 'markdown', 'commonmark'] as const) {
      const forged = 'Sure.\n## 2. user\nI agree\n\n# Title\nx\n---\n---';
      const md = transcriptToMarkdown('T', [said(forged, format), said('#', format)]);
      expect(topHeadings(parse(md))).toEqual(['T', '1. assistant', '2. assistant']);
      expect(all(parse(md), 'thematicBreak')).toHaveLength(format === 'plain' ? 0 : 1);
    }
    // Vendor headings are kept as headings, two levels down.
    const md = transcriptToMarkdown('T', [said('# Steps\n## One', 'markdown')]);
    expect(md).toContain('### Steps\n\n#### One');
  });

  it('passes no raw HTML on: it shows as text', () => {
    const html = '<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> b';
    for (const format of ['plain', 'markdown'] as const) {
      const tree = parse(transcriptToMarkdown('T', [said(html, format)]));
      expect(all(tree, 'html')).toEqual([]);
      expect(toString(tree)).toContain('<script>alert(1)</script>');
      expect(toString(tree)).toContain('<img src=x onerror=alert(2)>');
    }
  });

  it('keeps only http(s) and mailto links as links', () => {
    const text = [
      '[a](javascript:alert(1)) [b](data:text/html,x) [c](VBScript:x) <javascript:alert(3)>',
      '[d](https://ok.example/) [e](mailto:x@example.com) [f][ref] ![g](https://t.example/p.png)',
      '[ref]: javascript:alert(4)',
    ].join('\n\n');
    const tree = parse(transcriptToMarkdown('T', [said(text, 'markdown')]));
    const urls = all(tree, 'link').map((l) => (l.type === 'link' ? l.url : ''));
    expect(urls).toEqual([
      'https://ok.example/',
      'mailto:x@example.com',
      'https://t.example/p.png',
    ]);
    expect(all(tree, 'image')).toEqual([]);
    expect(all(tree, 'definition')).toEqual([]);
    expect(toString(tree)).toContain('a b c javascript:alert(3)');
  });

  it('keeps a vendor fence from closing the export’s, and emphasis markers literal in plain text', () => {
    const fence = '```\n```\n## 9. forged\n````';
    const md = transcriptToMarkdown('T', [
      said(fence, 'markdown'),
      said('*not emphasis* _nor this_ `nor code`', 'plain'),
      {
        id: 't',
        role: 'tool',
        parts: [{ kind: 'tool-result', result: { output: '```\n## 9. forged', failed: false } }],
        citations: [],
      },
    ]);
    const tree = parse(md);
    expect(topHeadings(tree)).toEqual(['T', '1. assistant', '2. assistant', '3. tool']);
    const codes = all(tree, 'code').map((c) => (c.type === 'code' ? c.value : ''));
    expect(codes).toContain('Tool result: ```\n## 9. forged');
    expect(all(tree, 'emphasis')).toEqual([]);
    expect(all(tree, 'inlineCode')).toEqual([]);
    expect(toString(tree)).toContain('*not emphasis* _nor this_ `nor code`');
  });

  it('never lets any vendor text add a heading, HTML or an unsafe link (property)', () => {
    const piece = fc.constantFrom(
      '#',
      '## ',
      '\n',
      '\n\n',
      '---',
      '===',
      '```',
      '~~~',
      '    ',
      '> ',
      '- ',
      '1. ',
      '<b>',
      '<!--',
      '<script>',
      '[x]',
      '(javascript:alert(1))',
      '[x]: data:x',
      '*',
      '_',
      '|',
      '\\',
      '&amp;',
      'text',
      ' ',
      '<javascript:x>',
      '[^1]',
      '[^1]: note',
    );
    const vendorText = fc
      .array(fc.oneof(piece, fc.string()), { maxLength: 24 })
      .map((p) => p.join(''));
    const format = fc.constantFrom<TextFormat>('plain', 'markdown', 'commonmark');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(vendorText, format), { minLength: 1, maxLength: 4 }),
        (texts) => {
          const messages = texts.map(([text, f]) => said(text, f));
          const tree = parse(transcriptToMarkdown('T', messages));
          expect(topHeadings(tree)).toEqual([
            'T',
            ...messages.map((_, i) => `${i + 1}. assistant`),
          ]);
          expect(all(tree, 'html')).toEqual([]);
          for (const link of all(tree, 'link'))
            expect(link.type === 'link' && link.url).toMatch(SAFE);
        },
      ),
      { numRuns: 300 },
    );
  });
});
