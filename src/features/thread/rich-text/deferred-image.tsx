import { useState } from 'react';
import { safeUrl } from '@/lib/safe-url.ts';

/**
 * An image from vendor Markdown, shown as a button until clicked: loading a remote image tells
 * its host that someone read the transcript (docs/architecture.md "Security").
 */
export function DeferredImage({ src, alt }: { src: string | undefined; alt: string | undefined }) {
  const [shown, setShown] = useState(false);
  const url = safeUrl(src);
  const label = alt || 'image';
  if (!url) return <span className="italic">[{label}: image not shown]</span>;
  if (shown) return <img src={url} alt={label} className="max-h-96 max-w-full rounded" />;
  return (
    <button
      type="button"
      onClick={() => setShown(true)}
      title={url}
      className="rounded border border-dashed border-current/40 px-2 py-0.5 text-sm"
    >
      Show image: {label}
    </button>
  );
}
