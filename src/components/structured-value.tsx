import { isLosslessNumber } from 'lossless-json';
import { Fragment } from 'react';

/**
 * A JSON value as nested data for reading: an object as a definition list of its keys, an array
 * as a numbered list, anything else as its text (a lossless-json number as its digits as
 * written: lib/pretty-json.ts `parseJsonValue`). Values are text, never markup.
 */
export function StructuredValue({ value }: { value: unknown }) {
  if (Array.isArray(value)) {
    return (
      <ol className="list-decimal pl-5">
        {value.map((item, i) => (
          <li key={i}>
            <StructuredValue value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object' && value !== null && !isLosslessNumber(value)) {
    return (
      <dl className="grid grid-cols-[auto_1fr] gap-x-3">
        {Object.entries(value).map(([key, inner]) => (
          <Fragment key={key}>
            <dt className="font-mono opacity-70">{key}</dt>
            <dd className="min-w-0">
              <StructuredValue value={inner} />
            </dd>
          </Fragment>
        ))}
      </dl>
    );
  }
  return <span className="break-words">{value === null ? 'null' : String(value)}</span>;
}
