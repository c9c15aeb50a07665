import type { Citation, Message } from './model.ts';

/** Marks a citation's place in text handed to a Markdown parser: private-use characters no vendor text uses. */
export const MARKER_OPEN = '\uE000';
/** Closes a marker opened by {@link MARKER_OPEN}; the number between them is the citation's index. */
export const MARKER_CLOSE = '\uE001';

/** One numbered source under a message: citations with the same title and URL share it. */
export interface CitedSource {
  /** 1-based, in order of first appearance in the text (unplaced citations last). */
  number: number;
  url?: string;
  title?: string;
  body?: string;
  citationIds: string[];
}

/** Text with citation markers inserted, and the numbered sources they point to. */
export interface PlacedCitations {
  text: string;
  sources: CitedSource[];
  /** The source of each citation, by the citation's index (the number inside a marker). */
  sourceOf: CitedSource[];
}

/**
 * Inserts a marker `\uE000<i>\uE001` for every citation offset into `text`, where `i` is the
 * citation's index in `citations`; `sourceOf[i]` is its numbered source (docs/vendor-notes.md §3.4). Offsets count code points, not UTF-16 units, so text with
 * emoji or other astral characters before an offset still lands right; an offset past the end is
 * placed at the end; several at one offset stand side by side in the order given. The same
 * (title, URL) cited twice gets one number, since the vendor cites each section of an article
 * separately.
 */
export function placeCitations(text: string, citations: readonly Citation[]): PlacedCitations {
  const sources: CitedSource[] = [];
  const byKey = new Map<string, CitedSource>();
  const sourceOf = (c: Citation): CitedSource => {
    const key = `${c.title ?? ''}\u0000${c.url ?? c.id}`;
    let source = byKey.get(key);
    if (!source) {
      source = { number: 0, url: c.url, title: c.title, body: c.body, citationIds: [] };
      byKey.set(key, source);
      sources.push(source);
    }
    if (!source.citationIds.includes(c.id)) source.citationIds.push(c.id);
    return source;
  };
  const chars = Array.from(text);
  const places = citations
    .flatMap((c, order) =>
      c.offsets.map((offset) => ({ c, order, at: clamp(offset, chars.length) })),
    )
    .sort((a, b) => a.at - b.at || a.order - b.order);
  // Number sources by where they first appear in the text.
  for (const p of places) sourceOf(p.c);
  for (const c of citations) sourceOf(c);
  sources.forEach((s, i) => (s.number = i + 1));
  let out = '';
  let from = 0;
  for (const p of places) {
    out += chars.slice(from, p.at).join('') + MARKER_OPEN + p.order + MARKER_CLOSE;
    from = p.at;
  }
  return { text: out + chars.slice(from).join(''), sources, sourceOf: citations.map(sourceOf) };
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : length, length));
}

/** Splits text at markers: strings, and the citation indexes of the markers between them. */
export function splitMarkers(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  const re = new RegExp(`${MARKER_OPEN}(\\d+)${MARKER_CLOSE}`, 'g');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

const placedOf = new WeakMap<Message, PlacedCitations>();

/**
 * The citations of `message` placed in its first text part ({@link placeCitations}), computed once
 * per message; undefined for a message without citations.
 */
export function placedCitationsOf(message: Message): PlacedCitations | undefined {
  if (message.citations.length === 0) return undefined;
  let placed = placedOf.get(message);
  if (!placed) {
    const text = message.parts.find((p) => p.kind === 'text');
    placed = placeCitations(text?.kind === 'text' ? text.text : '', message.citations);
    placedOf.set(message, placed);
  }
  return placed;
}
