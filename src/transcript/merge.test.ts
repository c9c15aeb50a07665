import { describe, expect, it } from 'vitest';
import { extendMerge, mergePages, type MergedPage, type MergeState } from './merge.ts';
import { testMessage } from './test-messages.ts';

const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe('mergePages', () => {
  it('orders newest-first pages chronologically and drops duplicates', () => {
    const pages: MergedPage[] = [
      {
        order: 'newest-first',
        messages: [testMessage('e', 5), testMessage('d', 4), testMessage('c', 3)],
      },
      // A live conversation shifted the offsets: "c" comes again on page 2.
      {
        order: 'newest-first',
        messages: [testMessage('c', 3), testMessage('b', 2), testMessage('a', 1)],
      },
    ];
    expect(ids(mergePages(pages))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the same result whatever order pages arrive in', () => {
    const p1: MergedPage = {
      order: 'oldest-first',
      messages: [testMessage('a', 1), testMessage('b', 2)],
    };
    const p2: MergedPage = {
      order: 'oldest-first',
      messages: [testMessage('c', 3), testMessage('d', 4)],
    };
    expect(ids(mergePages([p2, p1]))).toEqual(ids(mergePages([p1, p2])));
  });

  it('keeps delivery order for equal times, reversed for newest-first vendors', () => {
    const same = [testMessage('second', 7), testMessage('first', 7)];
    expect(ids(mergePages([{ order: 'newest-first', messages: same }]))).toEqual([
      'first',
      'second',
    ]);
    const asSent = [testMessage('first', 7), testMessage('second', 7)];
    expect(ids(mergePages([{ order: 'oldest-first', messages: asSent }]))).toEqual([
      'first',
      'second',
    ]);
  });

  it('keeps an untimed message that opens a later page beside its neighbour, not at the top', () => {
    const pages: MergedPage[] = [
      {
        order: 'newest-first',
        messages: [testMessage('d', 40), testMessage('c', 30)],
      },
      // Oldest-last: 'untimed' is the newest message of page 2, so it follows 'b'.
      {
        order: 'newest-first',
        messages: [testMessage('untimed', undefined), testMessage('b', 20), testMessage('a', 10)],
      },
    ];
    expect(ids(mergePages(pages))).toEqual(['a', 'b', 'untimed', 'c', 'd']);
  });

  it('breaks ties across pages by page order, newest-first pages reversed', () => {
    const pages: MergedPage[] = [
      { order: 'newest-first', messages: [testMessage('newer', 5)] },
      { order: 'newest-first', messages: [testMessage('older', 5)] },
    ];
    expect(ids(mergePages(pages))).toEqual(['older', 'newer']);
  });

  it('keeps an untimed message beside the one delivered before it', () => {
    const page: MergedPage = {
      order: 'oldest-first',
      messages: [
        testMessage('a', 10),
        testMessage('b', 20),
        testMessage('untimed', undefined),
        testMessage('c', 30),
      ],
    };
    expect(ids(mergePages([page]))).toEqual(['a', 'b', 'untimed', 'c']);
  });
});

describe('extendMerge', () => {
  const page = (order: MergedPage['order'], ...ms: [string, number | undefined][]): MergedPage => ({
    order,
    messages: ms.map(([id, t]) => testMessage(id, t)),
  });
  // Any extension must equal a merge from scratch of the same pages.
  const extendEach = (pages: MergedPage[]) => {
    let state: MergeState | undefined;
    for (let i = 1; i <= pages.length; i++) state = extendMerge(state, pages.slice(0, i));
    return state?.messages ?? [];
  };

  it('equals a merge from scratch, page by page, for newest-first pages', () => {
    const pages = [
      page('newest-first', ['f', 6], ['e', 5]),
      page('newest-first', ['d', 4], ['c', undefined]),
      page('newest-first', ['b', 2], ['a', 1]),
    ];
    expect(ids(extendEach(pages))).toEqual(ids(mergePages(pages)));
    expect(ids(extendEach(pages))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('equals a merge from scratch for oldest-first pages that interleave in time', () => {
    const pages = [
      page('oldest-first', ['a', 1], ['c', 3], ['e', 5]),
      page('oldest-first', ['b', 2], ['x', undefined], ['d', 4]),
      page('oldest-first', ['f', 6]),
    ];
    expect(ids(extendEach(pages))).toEqual(ids(mergePages(pages)));
  });

  it('falls back to a full merge for duplicates and an untimed head', () => {
    const dup = [
      page('newest-first', ['c', 3], ['b', 2]),
      page('newest-first', ['b', 2], ['a', 1]),
    ];
    expect(ids(extendEach(dup))).toEqual(['a', 'b', 'c']);
    const head = [page('newest-first', ['c', 3], ['b', undefined]), page('newest-first', ['a', 5])];
    expect(ids(extendEach(head))).toEqual(ids(mergePages(head)));
  });

  it('returns the same state for the same pages, and merges afresh when pages are replaced', () => {
    const pages = [page('oldest-first', ['a', 1])];
    const state = extendMerge(undefined, pages);
    expect(extendMerge(state, pages)).toBe(state);
    const other = [page('oldest-first', ['z', 1])];
    expect(ids(extendMerge(state, other).messages)).toEqual(['z']);
  });

  it('merges afresh when a state is extended a second time', () => {
    const p1 = page('oldest-first', ['a', 1]);
    const state = extendMerge(undefined, [p1]);
    extendMerge(state, [p1, page('oldest-first', ['b', 2])]);
    expect(ids(extendMerge(state, [p1, page('oldest-first', ['c', 3])]).messages)).toEqual([
      'a',
      'c',
    ]);
  });
});
