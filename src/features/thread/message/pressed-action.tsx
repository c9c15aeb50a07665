import type { ActionOffer } from '@/transcript/action-offers.ts';
import type { RowActions } from '../row-actions.ts';

/**
 * A user's press of an offered button (Moveworks `CALLBACK_ACTION_CONTENT`): "Pressed «label»"
 * with a way to the message that offered it, or the callback id when no loaded message did.
 */
export function PressedAction({
  callbackId,
  offer,
  goTo,
}: {
  callbackId: string;
  offer: ActionOffer | undefined;
  goTo: RowActions['goTo'];
}) {
  if (!offer) {
    return (
      <p className="text-sm">
        Pressed a button (<code>{callbackId}</code>) that no loaded message offered.
      </p>
    );
  }
  return (
    <p className="text-sm">
      Pressed «<strong>{offer.action.label}</strong>»{' '}
      <button
        type="button"
        className="text-xs underline"
        onClick={() => goTo({ messageId: offer.messageId, align: 'center' })}
      >
        Go to the offer
      </button>
    </p>
  );
}
