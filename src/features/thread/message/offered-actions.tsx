import type { OfferedAction } from '@/transcript/model.ts';

/** What each kind of action is, for the eye and for a screen reader. */
const KINDS: Record<string, { icon: string; name: string }> = {
  url: { icon: '↗', name: 'link' },
  callback: { icon: '⏎', name: 'button' },
  modal: { icon: '▤', name: 'form' },
};

/** The host of a URL, or the URL as sent when it cannot be read. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The buttons and links the vendor offered with a message (Moveworks `actions`), as inert
 * chips: their label and kind, a link's host (its whole URL on hover); nothing is followed or
 * sent from here.
 */
export function OfferedActions({ actions }: { actions: readonly OfferedAction[] }) {
  return (
    <ul aria-label="Offered actions" className="flex flex-wrap gap-1.5">
      {actions.map((action, i) => {
        const kind = KINDS[action.kind] ?? { icon: '•', name: action.kind };
        return (
          <li
            key={i}
            title={action.url ?? action.callbackId}
            className="rounded-full border border-current/30 px-2 py-0.5 text-xs"
          >
            <span aria-hidden>{kind.icon}</span> {action.label}
            <span className="sr-only"> ({kind.name})</span>
            {action.url && <span className="ml-1 opacity-60">{hostOf(action.url)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
