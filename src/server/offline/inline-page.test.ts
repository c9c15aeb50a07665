import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlinePage, scriptSafeCode } from './inline-page.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Transcript</title>
    <script type="module" crossorigin src="/assets/offline-a1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/offline-b2.css">
  </head>
  <body>
    <script type="application/json" id="transcript-data">null</script>
  </body>
</html>`;

const js = { fileName: 'assets/offline-a1.js', text: 'const s = "</script><!--"; run($&);' };
const css = { fileName: 'assets/offline-b2.css', text: 'body{color:red}' };

describe('inlinePage', () => {
  it('inlines the chunk and the stylesheet, and allows that script by its hash only', () => {
    const page = inlinePage(BUILT, [js], [css]);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(script).toBe(scriptSafeCode(js.text));
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).not.toMatch(/src=|href=/);
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(csp).toContain(`script-src 'sha256-${hash}';`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/connect-src|unsafe-eval|https?:/);
    // The charset stays first; the data element is untouched.
    expect(page.indexOf('<meta charset')).toBeLessThan(page.indexOf('Content-Security-Policy'));
    expect(page).toContain('<script type="application/json" id="transcript-data">null</script>');
  });

  it('writes the "<" of a closing script tag or a comment opener in code as \\x3C', () => {
    expect(scriptSafeCode('a("</SCRIPT>", "<!--", "<p>")')).toBe(
      'a("\\x3C/SCRIPT>", "\\x3C!--", "<p>")',
    );
  });

  it('refuses a page that would still ask for a file, or a file it does not name', () => {
    const icon = BUILT.replace('<title>', '<link rel="icon" href="/favicon.svg"><title>');
    expect(() => inlinePage(icon, [js], [css])).toThrow(/favicon/);
    expect(() => inlinePage(BUILT, [js], [])).toThrow(/offline-b2\.css/);
    const extra = { fileName: 'assets/lazy-c3.js', text: '' };
    expect(() => inlinePage(BUILT, [js, extra], [css])).toThrow(/lazy-c3/);
  });
});
