import type { Dispatch, SetStateAction } from 'react';
import { downloadText } from '@/lib/download.ts';
import { formatCount } from '@/lib/format.ts';
import { transcriptToJson, transcriptToMarkdown } from '@/transcript/export.ts';
import type { Message } from '@/transcript/model.ts';
import { NOTHING_OPEN, withEveryCard, type OpenParts } from '@/transcript/open-parts.ts';

/** Props of {@link ThreadToolbar}. */
export interface ThreadToolbarProps {
  /** Names the export files and heads the Markdown. */
  title: string;
  messages: readonly Message[];
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
  const { title, messages, conversationOnly, reviewOpen } = props;
  const fileBase = title.replace(/[^\w.-]+/g, '_').slice(0, 120);
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
      <span className="ml-auto flex gap-2">
        <button
          type="button"
          className={button}
          onClick={() =>
            downloadText(
              `${fileBase}.md`,
              transcriptToMarkdown(title, messages),
              'text/markdown;charset=utf-8',
            )
          }
        >
          Export Markdown
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            downloadText(`${fileBase}.json`, transcriptToJson(title, messages), 'application/json')
          }
        >
          Export JSON
        </button>
      </span>
    </div>
  );
}
