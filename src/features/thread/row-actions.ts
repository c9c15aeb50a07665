import type { PayloadSource } from '@/transcript-loading/use-message-payload.ts';
import type { MessageDetail } from '@/vendors/index.ts';
import type { Align } from './feed/scroll-controller.ts';

/** Where the reader asked the view to go; each request is a new object. */
export interface NavTarget {
  messageId: string;
  align: Align;
  /** An element inside the message to land on instead of the whole message (a search mark). */
  selector?: string;
  /** Focus the message's article once it is in the page (the keyboard's j and k). */
  focus?: boolean;
}

/** What a row may ask of its thread: one object for the thread's life, passed down as a prop. */
export interface RowActions {
  /** Opens or closes `key` of message `messageId` (transcript/open-parts.ts). */
  toggle: (messageId: string, key: string) => void;
  /** Brings a message into view, first opening its parts `open` (open-parts.ts keys). */
  goTo: (target: NavTarget, open?: readonly string[]) => void;
  /** Where a message's vendor payload is had again, for its Details. */
  payload: PayloadSource;
  /** What a message's vendor payload says beyond the model (`Vendor.messageDetails`). */
  describe: (raw: unknown) => MessageDetail[];
}
