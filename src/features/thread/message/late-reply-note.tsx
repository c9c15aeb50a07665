import type { RowActions } from '../row-actions.ts';

/**
 * A reply the vendor filed under a turn that began earlier (Moveworks `response_id`,
 * docs/vendor-notes.md §3.4): says so, with a way to the turn's first message.
 */
export function LateReplyNote({
  requestId,
  goTo,
}: {
  /** The id of the request it answers: the first message of the turn it is filed under. */
  requestId: string;
  goTo: RowActions['goTo'];
}) {
  return (
    <p className="text-xs opacity-80">
      A late reply, filed under an earlier request.{' '}
      <button
        type="button"
        className="underline"
        onClick={() => goTo({ messageId: requestId, align: 'center' })}
      >
        Go to the request
      </button>
    </p>
  );
}
