const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * A vendor-supplied URL if it is absolute `http:`, `https:` or `mailto:`; else undefined, so no
 * `javascript:`, `data:`, relative or other link is ever made from vendor text
 * (docs/architecture.md "Security"; docs/contract.md "Citation").
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ALLOWED.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
