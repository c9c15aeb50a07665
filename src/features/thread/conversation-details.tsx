import { useQuery } from '@tanstack/react-query';
import { CopyButton } from '@/components/copy-button.tsx';
import { Timestamp } from '@/components/timestamp.tsx';
import { parseTimestamp } from '@/transcript/time.ts';
import type { ConversationField, Vendor } from '@/vendors/index.ts';
import { ConversationInsights } from './conversation-insights.tsx';
import { FailureLine, RECORD_STRIP } from './failure-line.tsx';

/** Props of {@link ConversationRecord} and of each of its parts. */
interface RecordProps {
  vendor: Vendor;
  conversationId: string;
  /**
   * False until the transcript is known to exist (a page of it loaded, or it is complete): the
   * record is not asked for beside a transcript's 404.
   */
  ready: boolean;
}

/**
 * What the vendor keeps about the conversation beside its messages, above the transcript: its
 * details, then its insights where the vendor makes them (conversation-insights.tsx).
 */
export function ConversationRecord(props: RecordProps) {
  return (
    <>
      <ConversationDetails {...props} />
      <ConversationInsights {...props} />
    </>
  );
}

/**
 * The vendor's own record of the conversation, above the transcript (docs/contract.md,
 * "Conversation details"): a `dl` named "Conversation details", one `dt` (the vendor's field
 * name) and `dd` (its value) per field; ids with a copy button, times in local time, flags in
 * words. Asked for once the transcript's first page is in, so that it never delays it; a failure
 * says so here, with a Retry, and the transcript goes on without it.
 */
function ConversationDetails({ vendor, conversationId, ready }: RecordProps) {
  const query = useQuery({
    queryKey: ['conversation', vendor.id, conversationId],
    queryFn: ({ signal }) => vendor.fetchConversation(conversationId, signal),
    enabled: ready,
  });
  if (query.error) {
    const retry = () => void query.refetch();
    return (
      <FailureLine
        what="No conversation details"
        error={query.error}
        vendor={vendor}
        onRetry={retry}
      />
    );
  }
  if (!query.data) return null;
  return (
    <dl
      aria-label="Conversation details"
      className={`${RECORD_STRIP} flex flex-wrap gap-x-5 gap-y-1`}
    >
      {query.data.fields.map((field, i) => (
        // A customer's metadata key may repeat a field's name: the place is the key.
        <div key={i} className="flex min-w-0 items-baseline gap-1.5">
          <dt className="text-slate-500 dark:text-slate-400">{field.name}</dt>
          <dd className="min-w-0">
            <FieldValue field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ field }: { field: ConversationField }) {
  if (field.kind === 'time') {
    return <Timestamp iso={field.value} ms={parseTimestamp(field.value)} />;
  }
  if (field.kind === 'id') {
    return (
      <span className="inline-flex max-w-[28rem] items-baseline gap-1">
        <span className="truncate font-mono" title={field.value}>
          {field.value}
        </span>
        <CopyButton
          text={() => field.value}
          label="Copy"
          what={field.name}
          className="text-blue-700 hover:underline dark:text-blue-300"
        />
      </span>
    );
  }
  if (field.says) {
    return (
      <span className="rounded bg-amber-100 px-1.5 font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
        {field.says}
        <span className="sr-only"> ({field.value})</span>
      </span>
    );
  }
  return <span className="break-words">{field.value}</span>;
}
