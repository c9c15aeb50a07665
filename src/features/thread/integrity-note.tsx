import { formatCount } from '@/lib/format.ts';
import type { Integrity } from '@/transcript-loading/integrity.ts';
import type { Vendor } from '@/vendors/index.ts';
import type { RowActions } from './row-actions.ts';

/** Links to at most this many messages per line; the rest are counted. */
const LINKS_AT_MOST = 8;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Buttons that go to each of `ids` (a message's id, shortened), then how many more. */
function MessageLinks({ ids, goTo }: { ids: readonly string[]; goTo: RowActions['goTo'] }) {
  return (
    <>
      {ids.slice(0, LINKS_AT_MOST).map((id) => (
        <button
          key={id}
          type="button"
          title={id}
          aria-label={`Go to message ${id}`}
          className="mx-0.5 max-w-40 truncate align-bottom font-mono underline"
          onClick={() => goTo({ messageId: id, align: 'center' })}
        >
          {id}
        </button>
      ))}
      {ids.length > LINKS_AT_MOST && ` and ${formatCount(ids.length - LINKS_AT_MOST)} more`}
    </>
  );
}

/**
 * Once loading has stopped, one note (role `note`, "Transcript check") on what the transcript
 * is made of: its messages by role, against the vendor's count where it gives one; and what is
 * odd: loading stopped before the end (on a failure, or a cursor the vendor sent twice), messages
 * the vendor sent twice (kept once, each a link to it), items it sent in a shape the viewer
 * cannot read (shown raw, each a link), messages without a time, and a reading begun again
 * after an expired cursor. Nothing is dropped without being counted here.
 */
export function IntegrityNote({
  integrity,
  vendor,
  goTo,
}: {
  integrity: Integrity;
  vendor: Vendor;
  goTo: RowActions['goTo'];
}) {
  const { roles, total, duplicates, unreadable, untimed, restarted, complete, stalled } = integrity;
  const shown = roles.reduce((sum, [, n]) => sum + n, 0);
  const byRole = roles.map(([role, n]) => `${formatCount(n)} ${role}`).join(', ');
  const odd =
    !complete || duplicates.length > 0 || unreadable.length > 0 || untimed > 0 || restarted;
  const counted =
    total === undefined
      ? ''
      : total === shown
        ? `, all that ${vendor.label} counts`
        : `, of the ${formatCount(total)} ${vendor.label} counts`;
  return (
    <div
      role="note"
      aria-label="Transcript check"
      className={`space-y-0.5 border-b px-4 py-1.5 text-xs ${odd ? 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/50' : 'border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400'}`}
    >
      <p>
        {plural(shown, 'message')} ({byRole}){counted}.{!odd && ' Nothing odd.'}
        {!complete &&
          (stalled
            ? ` ${vendor.label} sent a page cursor it had sent before (or more pages than the viewer reads), so loading stopped there rather than loop: more may exist.`
            : ' Loading stopped before the last page: more may exist.')}
      </p>
      {duplicates.length > 0 && (
        <p>
          {plural(duplicates.length, 'message was', 'messages were')} sent twice, kept once:
          <MessageLinks ids={duplicates} goTo={goTo} />
        </p>
      )}
      {unreadable.length > 0 && (
        <p>
          {plural(unreadable.length, 'item')} the viewer cannot read, in whole or in part, shown
          raw:
          <MessageLinks ids={unreadable} goTo={goTo} />
        </p>
      )}
      {untimed > 0 && (
        <p>
          {plural(untimed, 'message')} without a time, each placed after the one sent before it.
        </p>
      )}
      {restarted && (
        <p>
          {vendor.label} said a page cursor had expired: the transcript was read again from its
          first page.
        </p>
      )}
    </div>
  );
}
