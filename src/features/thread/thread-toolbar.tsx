import type { Dispatch, SetStateAction } from 'react';
import { formatCount } from '@/lib/format.ts';
import type { PayloadSource } from '@/transcript-loading/use-message-payload.ts';
import type { Message } from '@/transcript/model.ts';
import { NOTHING_OPEN, withEveryCard, type OpenParts } from '@/transcript/open-parts.ts';
import type { Vendor } from '@/vendors/index.ts';
import { ExportMenu } from './export-menu.tsx';
import { RedactControls } from './redaction/redact-controls.tsx';
import type { Redaction } from './redaction/use-redaction.ts';

/** Props of {@link ThreadToolbar}. */
export interface ThreadToolbarProps {
  vendor: Vendor;
  conversationId: string;
  /** The messages as loaded, not redacted: the exports redact them themselves. */
  messages: readonly Message[];
  /** Where the messages' payloads can be had again, for the JSON export. */
  payload: PayloadSource;
  redaction: Redaction;
  toolCalls: number;
  conversationOnly: boolean;
  onConversationOnly: (on: boolean) => void;
  reviewOpen: boolean;
  onReviewOpen: (open: boolean) => void;
  setOpen: Dispatch<SetStateAction<OpenParts>>;
  onFind: () => void;
  onShortcuts: () => void;
}

const button =
  'rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';

/** The transcript's view controls: conversation only, expand/collapse all, tool-call review, export. */
export function ThreadToolbar(props: ThreadToolbarProps) {
  const { messages, conversationOnly, reviewOpen } = props;
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white/70 px-4 py-1.5 text-xs dark:border-slate-800 dark:bg-slate-900/70">
      <label className="flex items-center gap-1.5">
        <input
          type="checkbox"
          checked={conversationOnly}
          onChange={(e) => props.onConversationOnly(e.target.checked)}
        />
        Conversation only
      </label>
      <span className="mx-1 h-4 w-px bg-slate-300 dark:bg-slate-700" />
      <button
        type="button"
        className={button}
        onClick={() => props.setOpen((prev) => withEveryCard(prev, messages))}
      >
        Expand all
      </button>
      <button type="button" className={button} onClick={() => props.setOpen(NOTHING_OPEN)}>
        Collapse all
      </button>
      <button
        type="button"
        className={button}
        aria-expanded={reviewOpen}
        onClick={() => props.onReviewOpen(!reviewOpen)}
      >
        Tool calls ({formatCount(props.toolCalls)})
      </button>
      <button type="button" className={button} onClick={props.onFind} title="Ctrl+F, ⌘F or /">
        Find
      </button>
      <button
        type="button"
        className={button}
        onClick={props.onShortcuts}
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
      <span className="ml-auto flex flex-wrap gap-2">
        <RedactControls redaction={props.redaction} />
        <ExportMenu
          title={`${props.vendor.label} ${props.vendor.noun} ${props.conversationId}`}
          vendor={props.vendor}
          conversationId={props.conversationId}
          messages={messages}
          payload={props.payload}
          redact={props.redaction.redact}
          className={button}
        />
      </span>
    </div>
  );
}
