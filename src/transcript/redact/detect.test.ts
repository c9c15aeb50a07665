import { describe, expect, it } from 'vitest';
import { findPersonalData, identityLiterals } from './detect.ts';
import { luhn } from './patterns.ts';

/** What was found, as [kind, the text it covers, key]. */
function found(text: string, identities: string[] = []) {
  return findPersonalData(text, identities).map((f) => [f.kind, text.slice(f.start, f.end), f.key]);
}

describe('e-mail addresses', () => {
  it('finds them in prose, lower-cased as keys, without the full stop after them', () => {
    expect(found('Write to Devon.Price+news@Example.co.uk.')).toEqual([
      ['email', 'Devon.Price+news@Example.co.uk', 'devon.price+news@example.co.uk'],
    ]);
  });

  it('finds an address split by Markdown emphasis, the span covering the markers', () => {
    expect(found('**jane**@example.com')).toEqual([
      ['email', 'jane**@example.com', 'jane@example.com'],
    ]);
    expect(found('jane@**example.com**')).toEqual([
      ['email', 'jane@**example.com', 'jane@example.com'],
    ]);
    expect(found('jane\\_doe@example.com and `ops@example.com`')).toEqual([
      ['email', 'jane\\_doe@example.com', 'jane_doe@example.com'],
      ['email', 'ops@example.com', 'ops@example.com'],
    ]);
  });

  it('finds addresses in links, Slack links and JSON strings', () => {
    expect(found('[me](mailto:a.b@example.org) <mailto:c@example.org|c@example.org>')).toEqual([
      ['email', 'a.b@example.org', 'a.b@example.org'],
      ['email', 'c@example.org', 'c@example.org'],
      ['email', 'c@example.org', 'c@example.org'],
    ]);
    expect(found('{"email":"priya.n@example.com","cc":["x_y@example.net"]}')).toEqual([
      ['email', 'priya.n@example.com', 'priya.n@example.com'],
      ['email', 'x_y@example.net', 'x_y@example.net'],
    ]);
  });

  it('stops at text in scripts written without spaces, and reads addresses in other scripts', () => {
    expect(found('请联系jane@example.com谢谢')).toEqual([
      ['email', 'jane@example.com', 'jane@example.com'],
    ]);
    expect(found('メールはyuki@example.jpまで')).toEqual([
      ['email', 'yuki@example.jp', 'yuki@example.jp'],
    ]);
    expect(found('Пишите: иван@пример.рф, спасибо')).toEqual([
      ['email', 'иван@пример.рф', 'иван@пример.рф'],
    ]);
  });

  it('gives a masked address one key whether its asterisks are escaped or not', () => {
    expect(found('**p\\*\\*\\*@example.com**')[0]?.[2]).toBe('p@example.com');
    expect(found('"to":"p***@example.com"')[0]?.[2]).toBe('p@example.com');
  });

  it('leaves what only looks like an address', () => {
    expect(found('user@localhost, @handle, a@b, x @ y.com, 1.0@2.0')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds E.164 and national formats, keyed in E.164', () => {
    expect(found('Call +13125550100, (312) 555-0100 or 312.555.0100.')).toEqual([
      ['phone', '+13125550100', '+13125550100'],
      ['phone', '(312) 555-0100', '+13125550100'],
      ['phone', '312.555.0100', '+13125550100'],
    ]);
  });

  it('keeps a number written with its country code even where it is unassigned (555)', () => {
    expect(found('phone:+15551230001, messaging__+15550001111/6f1c')).toEqual([
      ['phone', '+15551230001', '+15551230001'],
      ['phone', '+15550001111', '+15550001111'],
    ]);
  });

  it('finds numbers next to non-Latin text and inside JSON and Markdown', () => {
    expect(found('电话+8613812345678谢谢')).toEqual([
      ['phone', '+8613812345678', '+8613812345678'],
    ]);
    expect(found('Москва: +7 495 123-45-67.')).toEqual([
      ['phone', '+7 495 123-45-67', '+74951234567'],
    ]);
    expect(found('{"phone":"+15557654321"} **(312) 555-0100**')).toEqual([
      ['phone', '+15557654321', '+15557654321'],
      ['phone', '(312) 555-0100', '+13125550100'],
    ]);
  });

  it('leaves ids, times, dates and amounts', () => {
    const text =
      'epoch 1736870400 ms 1736870400000, 2026-05-01T08:00:00Z, 2025-01-14 17:00, order #1042-5530-11, ' +
      'CA0123456789abcdef, v3:abc1234567890def, $1,234,567.89, (555) 765-4321';
    expect(found(text)).toEqual([]);
  });
});

describe('card numbers', () => {
  it('finds Luhn-valid numbers, grouped or not, keyed by their digits', () => {
    expect(found('4111 1111 1111 1111, 4111-1111-1111-1111 and 5555555555554444')).toEqual([
      ['card', '4111 1111 1111 1111', '4111111111111111'],
      ['card', '4111-1111-1111-1111', '4111111111111111'],
      ['card', '5555555555554444', '5555555555554444'],
    ]);
  });

  it('leaves numbers that fail the check, are too long, or start with 1', () => {
    expect(found('4111 1111 1111 1112; 12345678901234567890; 1736870400000')).toEqual([]);
  });

  it('checks Luhn', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
  });
});

describe('identities', () => {
  it('finds an identity where it stands alone', () => {
    expect(found('user_id:ops.marta said hi; ops.martinez did not', ['user_id:ops.marta'])).toEqual(
      [['identity', 'user_id:ops.marta', 'user_id:ops.marta']],
    );
  });

  it('leaves identities holding other personal data to those kinds, and short ones', () => {
    expect(
      identityLiterals([
        'phone:+15551230001',
        'email:a@example.com',
        'Sam Rivera',
        'ab',
        'Sam Rivera',
      ]),
    ).toEqual(['Sam Rivera']);
  });

  it('gives an overlap to the identity', () => {
    expect(found('agent Sam Rivera (sam@example.com)', ['Sam Rivera'])).toEqual([
      ['identity', 'Sam Rivera', 'Sam Rivera'],
      ['email', 'sam@example.com', 'sam@example.com'],
    ]);
  });
});
