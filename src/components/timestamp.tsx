const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * A vendor timestamp in the reader's local time, with the exact value as sent (ISO 8601, usually
 * UTC) on hover and in `dateTime`. Shows the raw string when it cannot be read.
 * @param iso the vendor's string; `ms` its parsed epoch milliseconds, when readable.
 */
export function Timestamp({ iso, ms }: { iso: string; ms: number | undefined }) {
  return (
    <time dateTime={iso} title={iso} className="tabular-nums">
      {ms === undefined ? iso : local.format(ms)}
    </time>
  );
}
