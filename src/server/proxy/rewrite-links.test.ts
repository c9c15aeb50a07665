import { describe, expect, it } from 'vitest';
import { rewriteAbsoluteLinks } from './rewrite-links.ts';

const base = 'https://assistants.twilio.com';

describe('rewriteAbsoluteLinks', () => {
  it('points meta links back through the proxy, keeping path and token byte for byte', () => {
    const body = JSON.stringify({
      messages: [{ content: { output: `see ${base}/v1/Other` } }],
      meta: {
        next_page_url: `${base}/v1/Sessions/a%2Fb/Messages?PageSize=1000&Page=1&PageToken=PT%2B1`,
        previous_page_url: null,
      },
    });
    const out = JSON.parse(rewriteAbsoluteLinks(body, base, '/api/twilio'));
    expect(out.meta.next_page_url).toBe(
      '/api/twilio/v1/Sessions/a%2Fb/Messages?PageSize=1000&Page=1&PageToken=PT%2B1',
    );
    expect(out.messages[0].content.output).toBe(`see ${base}/v1/Other`);
  });

  it('leaves links to other hosts and bodies without links alone', () => {
    const other = JSON.stringify({ meta: { next_page_url: 'https://evil.example/v1/x' } });
    expect(rewriteAbsoluteLinks(other, base, '/api/twilio')).toBe(other);
    expect(rewriteAbsoluteLinks('{"data":[]}', base, '/api/twilio')).toBe('{"data":[]}');
  });
});
