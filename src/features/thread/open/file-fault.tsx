import { EXPECTED_FILE } from '@/vendors/index.ts';
import type { FileFault } from './use-open-file.ts';

/**
 * A file that is not a transcript (docs/contract.md, "Files"): an `alert` naming the file,
 * where its shape differs from what was expected, and what was expected.
 */
export function FileFaultAlert({ fault }: { fault: FileFault }) {
  return (
    <div
      role="alert"
      className="border-l-4 border-rose-600 bg-rose-50 px-4 py-3 text-sm dark:bg-rose-950/60"
    >
      <p className="font-medium break-words">{fault.name} is not a transcript the viewer reads.</p>
      <p className="break-words text-rose-900 dark:text-rose-200">
        <code>{fault.where}</code>: {fault.detail}
      </p>
      <p className="break-words text-rose-900 dark:text-rose-200">Expected {EXPECTED_FILE}.</p>
    </div>
  );
}
