import type { Message, OfferedAction } from './model.ts';

/** A button the assistant offered, and the message that offered it. */
export interface ActionOffer {
  action: OfferedAction;
  messageId: string;
}

/**
 * The buttons with a callback offered in `messages` (Moveworks `actions`), by callback id: what
 * a later `pressed` part pressed. The earliest offer of an id wins.
 */
export function actionOffers(messages: readonly Message[]): ReadonlyMap<string, ActionOffer> {
  const offers = new Map<string, ActionOffer>();
  for (const message of messages) {
    for (const action of message.actions ?? []) {
      if (action.callbackId !== undefined && !offers.has(action.callbackId)) {
        offers.set(action.callbackId, { action, messageId: message.id });
      }
    }
  }
  return offers;
}
