import { findPersonalData, type Finding, type PersonalKind } from './detect.ts';
import { replacementFor } from './markup-view.ts';

/** How many distinct values of each kind a redaction replaced. */
export type RedactionCounts = Record<PersonalKind, number>;

/**
 * One transcript's redaction: one placeholder per distinct value, numbered per kind in the order
 * the values are first met (`[email 1]`, `[phone 2]`), so strings must be given to it in the
 * transcript's order.
 */
export interface Redactor {
  /** `text` with each piece of personal data replaced by its placeholder. */
  text(text: string): string;
  /**
   * As {@link Redactor.text}, with `offsets` (code points into `text`, e.g. where citations are
   * placed) moved to the same places in the result; an offset inside a replaced value moves to
   * the end of its placeholder.
   */
  textWithOffsets(text: string, offsets: readonly number[]): { text: string; offsets: number[] };
  /** Distinct values replaced so far, per kind. */
  counts(): RedactionCounts;
}

const LABELS: Record<PersonalKind, string> = {
  email: 'email',
  phone: 'phone',
  card: 'card',
  identity: 'identity',
};

/** Strings at most this long have their result remembered: ids and identities recur. */
const REMEMBERED = 512;

/**
 * A redactor for one transcript.
 * @param identities identity values to find as written (detect.ts `identityLiterals`).
 */
export function createRedactor(identities: readonly string[]): Redactor {
  const byKey = new Map<string, string>();
  const counts: RedactionCounts = { email: 0, phone: 0, card: 0, identity: 0 };
  const remembered = new Map<string, string>();
  const placeholder = ({ kind, key }: Finding) => {
    const id = `${kind}\u0000${key}`;
    let p = byKey.get(id);
    if (!p) {
      counts[kind] += 1;
      p = `[${LABELS[kind]} ${counts[kind]}]`;
      byKey.set(id, p);
    }
    return p;
  };
  const replace = (text: string, findings: readonly Finding[]) => {
    const out: string[] = [];
    let copied = 0;
    const replacements = findings.map((f) => {
      const r = replacementFor(text, f.start, f.end, placeholder(f));
      out.push(text.slice(copied, f.start), r);
      copied = f.end;
      return r;
    });
    out.push(text.slice(copied));
    return { text: out.join(''), replacements };
  };
  const redactText = (text: string) => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const findings = findPersonalData(text, identities);
    const result = findings.length ? replace(text, findings).text : text;
    if (text.length <= REMEMBERED) remembered.set(text, result);
    return result;
  };
  return {
    text: redactText,
    textWithOffsets(text, offsets) {
      const findings = findPersonalData(text, identities);
      if (!findings.length) return { text, offsets: [...offsets] };
      const { text: redacted, replacements } = replace(text, findings);
      const spans = findings.map((f, i) => ({
        start: codePointsBefore(text, f.start),
        end: codePointsBefore(text, f.end),
        length: [...(replacements[i] ?? '')].length,
      }));
      return { text: redacted, offsets: offsets.map((o) => movedOffset(o, spans)) };
    },
    counts: () => ({ ...counts }),
  };
}

function codePointsBefore(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    // A high surrogate and the low one after it are one code point.
    if (!(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function movedOffset(
  offset: number,
  spans: readonly { start: number; end: number; length: number }[],
): number {
  let delta = 0;
  for (const s of spans) {
    if (offset <= s.start) break;
    if (offset < s.end) return s.start + delta + s.length;
    delta += s.length - (s.end - s.start);
  }
  return offset + delta;
}
