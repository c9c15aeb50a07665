const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * A vendor timestamp in the reader's local time; on hover the exact UTC instant (ISO 8601) and,
 * when it differs, the value as the vendor sent it (e.g. with microseconds or an offset).
 * Shows the raw string when it cannot be read.
 * @param iso the vendor's string; `ms` its parsed epoch milliseconds, when readable.
 */
export function Timestamp({ iso, ms }: { iso: string; ms: number | undefined }) {
  if (ms === undefined) return <time title="Unreadable timestamp">{iso}</time>;
  const utc = new Date(ms).toISOString();
  const title = utc === iso ? `${utc} UTC` : `${utc} UTC (sent as ${iso})`;
  return (
    <time dateTime={utc} title={title} className="tabular-nums">
      {local.format(ms)}
    </time>
  );
}
