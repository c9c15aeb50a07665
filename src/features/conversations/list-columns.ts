import type { ConversationSummary } from '@/vendors/index.ts';

/** The optional columns of a list, shown when some loaded row has them. */
export interface ListColumns {
  channel: boolean;
  endUser: boolean;
  assistant: boolean;
  aiDisabled: boolean;
}

/** Which optional columns `items` fill; the end user only where the title does not say it. */
export function columnsOf(items: readonly ConversationSummary[]): ListColumns {
  const some = (has: (c: ConversationSummary) => boolean) => items.some(has);
  return {
    channel: some((c) => c.channel !== undefined),
    endUser: some((c) => c.endUser !== undefined && c.endUser !== c.title),
    assistant: some((c) => c.assistant !== undefined),
    aiDisabled: some((c) => c.aiDisabled === true),
  };
}
