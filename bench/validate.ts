/**
 * What the smoke run (`npm run bench -- --smoke`, part of `npm test`) checks: that the harness
 * took every reading, not what the readings are.
 */
import type { RunResult } from './measure-run.ts';

function paths(value: unknown, prefix: string, out: [string, unknown][]): void {
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value))
      paths(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.push([prefix, value]);
  }
}

/**
 * Every way `run` shows the harness did not work: a reading that is not a finite number, a
 * request count that is not the page count, a jump that never settled, a find that timed nothing.
 * @returns the problems, empty when there is none.
 */
export function harnessProblems(run: RunResult): string[] {
  const problems: string[] = [];
  const all: [string, unknown][] = [];
  paths(run, '', all);
  for (const [path, value] of all) {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path} is ${value}`);
  }
  if (run.requests !== run.expectedPages) {
    problems.push(`${run.requests} message-page requests for ${run.expectedPages} pages`);
  }
  if (run.jump.timedOut) problems.push('the jump to a far message never settled');
  if (!run.jump.highlighted) problems.push('the message jumped to was not highlighted');
  if (run.scroll.frames === 0 || run.storm.frames === 0) problems.push('no frames were recorded');
  if (run.feedElements === 0) problems.push('no elements in the transcript');
  if (run.jsonBytes <= 0 || run.heapBytes <= 0) problems.push('no JSON or heap was measured');
  return problems;
}
