import type { ReactNode } from 'react';
import { safeUrl } from '@/lib/safe-url.ts';

/**
 * A link from vendor text: opens in a new tab without giving the page a handle on ours; a URL
 * that is not http(s) or mailto stays visible as text, marked, and is no link.
 */
export function SafeLink({ href, children }: { href: string | undefined; children?: ReactNode }) {
  const url = safeUrl(href);
  if (!url) {
    return (
      <span
        className="underline decoration-dotted"
        title="Link not opened: only http, https and mailto links are"
      >
        {children}
      </span>
    );
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="text-blue-700 underline dark:text-blue-300"
    >
      {children}
    </a>
  );
}
