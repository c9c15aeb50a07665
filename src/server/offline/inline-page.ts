import { createHash } from 'node:crypto';

/** A built file of the offline page's bundle: a script chunk or a stylesheet. */
export interface BuiltFile {
  /** Its path under the build's output directory, e.g. `assets/offline-1a2b.js`. */
  fileName: string;
  text: string;
}

/**
 * Script text that the HTML parser cannot end or re-mode: `</script` and `<!--` (any case) with
 * their `<` written `\x3C`, which means `<` in every JavaScript string, template and regular
 * expression, where such text can only occur in a bundle.
 */
export function scriptSafeCode(code: string): string {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

/**
 * The Content-Security-Policy of the self-contained page: the inline scripts by hash and nothing
 * from anywhere (no `connect-src`, so no request at all), inline styles (React's `style`
 * attributes), images only as `data:` URLs.
 * @param scripts the exact text of each inline script.
 */
export function offlinePolicy(scripts: readonly string[]): string {
  const hashes = scripts.map(
    (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A `<script src>` or a `<link href>`, with the file it names (the path after the last `/`). */
const REFERENCE =
  /<script\b[^>]*\bsrc="(?:[^"]*\/)?([^"/]*)"[^>]*><\/script>|<link\b[^>]*\bhref="(?:[^"]*\/)?([^"/]*)"[^>]*>/gi;

/**
 * offline.html as Vite built it, made self-contained: each `<script src>` of a chunk replaced by
 * the chunk's code inline, each stylesheet `<link>` by a `<style>`, and a
 * `<meta http-equiv="Content-Security-Policy">` ({@link offlinePolicy}) after the charset.
 * @throws {Error} when the page references anything else (it would be a request the opened file
 *   cannot make), or a file is left unreferenced.
 */
export function inlinePage(
  html: string,
  scripts: readonly BuiltFile[],
  styles: readonly BuiltFile[],
): string {
  const byName = new Map<string, { kind: 'script' | 'style'; file: BuiltFile }>();
  for (const file of scripts) byName.set(baseName(file.fileName), { kind: 'script', file });
  for (const file of styles) byName.set(baseName(file.fileName), { kind: 'style', file });
  const used = new Set<string>();
  const inlined: string[] = [];
  const page = html.replace(REFERENCE, (tag, script?: string, link?: string) => {
    const name = script ?? link ?? '';
    const found = byName.get(name);
    if (!found || (script !== undefined) !== (found.kind === 'script')) {
      throw new Error(`offline.html references a file it cannot carry: ${tag}`);
    }
    used.add(name);
    if (found.kind === 'style') {
      if (/<\/style/i.test(found.file.text)) throw new Error(`${name} holds "</style"`);
      return `<style>${found.file.text}</style>`;
    }
    const code = scriptSafeCode(found.file.text);
    inlined.push(code);
    return `<script type="module">${code}</script>`;
  });
  const unused = [...byName.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`offline.html does not reference ${unused.join(', ')}`);
  if (/<img\b/i.test(html)) throw new Error('offline.html has an <img>: it would be a request');
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(page)) throw new Error('offline.html has no <meta charset>');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(inlined)}" />`;
  return page.replace(charset, (meta) => `${meta}\n    ${csp}`);
}

function baseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}
