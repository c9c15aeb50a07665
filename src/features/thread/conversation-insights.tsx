import { useQuery } from '@tanstack/react-query';
import { StructuredValue } from '@/components/structured-value.tsx';
import { Timestamp } from '@/components/timestamp.tsx';
import { parseJsonValue } from '@/lib/pretty-json.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import type { InsightRun, Vendor } from '@/vendors/index.ts';
import { FailureLine, RECORD_STRIP } from './failure-line.tsx';

// A map, not an object: a vendor's status such as `constructor` must not reach Object.prototype.
const STATUS_STYLE = new Map([
  ['completed', 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100'],
  ['failed', 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100'],
]);

/** "1 completed, 1 pending": the runs counted by status, in the order met. */
function summary(runs: readonly InsightRun[]): string {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status.replace('_', ' ')}`).join(', ');
}

/**
 * The vendor's analyses of the conversation, where it makes them (`Vendor.fetchInsights`, Telnyx
 * conversation insights): a disclosure under the details, saying how many runs there are by
 * status; open, each run's status and time, and each insight's result: JSON as structured data,
 * text as written. Asked for once the transcript's first page is in.
 */
export function ConversationInsights({
  vendor,
  conversationId,
  ready,
}: {
  vendor: Vendor;
  conversationId: string;
  /** False until the transcript is known to exist (conversation-details.tsx). */
  ready: boolean;
}) {
  const { fetchInsights } = vendor;
  const query = useQuery({
    queryKey: ['insights', vendor.id, conversationId],
    queryFn: ({ signal }) => (fetchInsights ? fetchInsights(conversationId, signal) : []),
    enabled: ready && fetchInsights !== undefined,
  });
  if (!fetchInsights || (!query.data && !query.error)) return null;
  if (query.error) {
    const retry = () => void query.refetch();
    return <FailureLine what="No insights" error={query.error} vendor={vendor} onRetry={retry} />;
  }
  const runs = query.data ?? [];
  return (
    <details className={RECORD_STRIP}>
      <summary className="cursor-pointer">
        Insights: {runs.length === 0 ? 'none' : summary(runs)}
      </summary>
      <section aria-label="Conversation insights" className="mt-1 max-h-72 space-y-2 overflow-auto">
        {runs.map((run) => (
          <div key={run.id} className="space-y-1">
            <p className="flex items-baseline gap-2">
              <span
                className={`rounded px-1.5 font-semibold ${STATUS_STYLE.get(run.status) ?? 'bg-slate-200 dark:bg-slate-800'}`}
              >
                {run.status}
              </span>
              {run.createdAt && (
                <Timestamp iso={run.createdAt} ms={parseTimestamp(run.createdAt)} />
              )}
              <span className="font-mono opacity-60">{run.id}</span>
            </p>
            {run.insights.length === 0 && <p className="italic opacity-70">No results yet.</p>}
            <dl className="space-y-1 pl-2">
              {run.insights.map((insight) => {
                const json = parseJsonValue(insight.result);
                return (
                  <div key={insight.id}>
                    <dt className="font-mono opacity-70">{insight.id}</dt>
                    <dd className="pl-2">
                      {json === undefined ? (
                        <p className="whitespace-pre-wrap">{insight.result}</p>
                      ) : (
                        <StructuredValue value={json} />
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        ))}
      </section>
    </details>
  );
}
