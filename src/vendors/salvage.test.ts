import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { salvage, salvageEach } from './salvage.ts';

const schema = z.looseObject({
  id: z.string(),
  time: z.string().nullish(),
  who: z.looseObject({ name: z.string() }).nullish(),
});

describe('salvage', () => {
  it('reads a whole object as it is, with nothing raw', () => {
    expect(salvage(schema, { id: 'a', time: 't' }, 'it')).toEqual({
      ok: true,
      data: { id: 'a', time: 't' },
      raw: [],
    });
  });

  it('leaves out optional fields of the wrong type and gives them back raw, with why', () => {
    const got = salvage(schema, { id: 'a', time: 5, who: { name: 1 }, extra: 'kept' }, 'it');
    expect(got).toMatchObject({ ok: true, data: { id: 'a', extra: 'kept' } });
    expect(got.ok && got.data).not.toHaveProperty('time');
    expect(got.ok && got.raw).toEqual([
      {
        kind: 'raw',
        note: expect.stringMatching(/^Part of it the viewer cannot read: time: .*; who\.name: /),
        value: { time: 5, who: { name: 1 } },
      },
    ]);
  });

  it('fails on a required field, or on what is not an object', () => {
    expect(salvage(schema, { id: 5, time: 't' }, 'it').ok).toBe(false);
    expect(salvage(schema, { time: 't' }, 'it').ok).toBe(false);
    expect(salvage(schema, ['a'], 'it').ok).toBe(false);
    expect(salvage(schema, null, 'it').ok).toBe(false);
  });
});

describe('salvageEach', () => {
  it('reads each item on its own, the unreadable ones raw in their place', () => {
    const got = salvageEach(
      schema,
      [{ id: 'a' }, { id: 1 }, { id: 'c', time: [] }],
      (i) => `item ${i + 1}`,
    );
    expect(got.map((g) => g.data?.id)).toEqual(['a', undefined, 'c']);
    expect(got[1]?.raw).toEqual([
      {
        kind: 'raw',
        note: expect.stringMatching(/^Item 2 the viewer cannot read: id: /),
        value: { id: 1 },
      },
    ]);
    expect(got[2]?.raw[0]?.value).toEqual({ time: [] });
  });
});
