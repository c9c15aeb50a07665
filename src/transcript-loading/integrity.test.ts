import { describe, expect, it } from 'vitest';
import type { Message, MessagePage } from '@/transcript/model.ts';
import { integrityOf } from './integrity.ts';
import { addPage, NOTHING_LOADED, RESTARTED, withMessages } from './transcript.ts';

const message = (id: string, role = 'user', timeMs: number | null = 1): Message => ({
  id,
  role,
  ...(timeMs === null ? {} : { timeMs }),
  parts: [{ kind: 'text', text: id, format: 'plain' }],
  citations: [],
});

const page = (messages: Message[], nextCursor: string | null, total?: number): MessagePage => ({
  messages,
  items: messages,
  order: 'oldest-first',
  nextCursor,
  ...(total === undefined ? {} : { total }),
});

describe('integrityOf', () => {
  it('counts the messages by role against the vendor total, and finds nothing odd', () => {
    let t = addPage(NOTHING_LOADED, {
      cursor: null,
      page: page([message('a'), message('b', 'assistant')], '2', 3),
    });
    t = withMessages(addPage(t, { cursor: '2', page: page([message('c', 'assistant')], null) }));
    expect(integrityOf(t)).toEqual({
      roles: [
        ['user', 1],
        ['assistant', 2],
      ],
      total: 3,
      duplicates: [],
      unreadable: [],
      untimed: 0,
      restarted: false,
      complete: true,
      stalled: false,
    });
  });

  it('names the messages sent twice, shown raw, and counts those without a time', () => {
    const raw: Message = {
      ...message('r'),
      parts: [{ kind: 'raw', note: 'unknown shape', value: 1 }],
    };
    let t = addPage(NOTHING_LOADED, { cursor: null, page: page([message('a'), raw], '2') });
    t = withMessages(
      addPage(t, {
        cursor: '2',
        page: page([message('a'), message('u', 'user', null)], null),
      }),
    );
    const integrity = integrityOf(t);
    expect(integrity.duplicates).toEqual(['a']);
    expect(integrity.unreadable).toEqual(['r']);
    expect(integrity.untimed).toBe(1);
    expect(t.messages).toHaveLength(3);
  });

  it('says when the transcript was read again, and when loading stopped before the end', () => {
    const again = withMessages(
      addPage(RESTARTED, { cursor: null, page: page([message('a')], null) }),
    );
    expect(integrityOf(again)).toMatchObject({ restarted: true, complete: true, duplicates: [] });
    const partial = withMessages(
      addPage(NOTHING_LOADED, { cursor: null, page: page([message('a')], '2') }),
    );
    expect(integrityOf(partial)).toMatchObject({ complete: false, stalled: false });
    // The vendor sends cursor '2' again: loading stops there, not complete, and says why.
    const looped = withMessages(addPage(partial, { cursor: '2', page: page([message('b')], '2') }));
    expect(integrityOf(looped)).toMatchObject({ complete: false, stalled: true });
  });
});
