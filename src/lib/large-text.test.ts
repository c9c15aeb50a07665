import { describe, expect, it } from 'vitest';
import { formatBytes } from './format.ts';
import { textStart, utf8Length } from './large-text.ts';

describe('textStart', () => {
  it('cuts at the given length', () => {
    expect(textStart('abcdef', 4)).toBe('abcd');
    expect(textStart('abc', 10)).toBe('abc');
  });

  it('never ends in half a surrogate pair', () => {
    expect(textStart('ab😀cd', 3)).toBe('ab');
    expect(textStart('ab😀cd', 4)).toBe('ab😀');
  });
});

describe('utf8Length', () => {
  it('weighs text as UTF-8 does', () => {
    for (const text of [
      '',
      'plain',
      'é',
      '€',
      '😀',
      'mixed é € 😀 text',
      '\ud800 lone',
      'lone \ud800',
      'x\ud800\ud800y',
    ]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('formatBytes', () => {
  it('writes sizes in SI units', () => {
    expect(formatBytes(950)).toBe('950 B');
    expect(formatBytes(120_400)).toBe('120 kB');
    expect(formatBytes(999_600)).toBe('1.0 MB');
    expect(formatBytes(10_485_760)).toBe('10.5 MB');
  });
});
