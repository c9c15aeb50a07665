import type { Citation } from '@/transcript/model.ts';
import { isRecord } from '../json-text.ts';
import { salvageEach, type RawPart } from '../salvage.ts';
import type { EmojiShortcodes } from './emoji.ts';
import { plainLabel, type RewrittenMarkup } from './markup.ts';
import {
  moveworksCitationSchema,
  moveworksReferenceSchema,
  type MoveworksCitation,
  type MoveworksMessage,
} from './wire.ts';

/** The body of a tagged content: `content[content.type.toLowerCase()]`, as the vendor's demo does. */
export function bodyOf(
  content: Record<string, unknown> & { type: string },
): Record<string, unknown> | undefined {
  const key = content.type.toLowerCase();
  const body = Object.hasOwn(content, key) ? content[key] : undefined;
  return isRecord(body) ? body : undefined;
}

/** The text of a content, for citation titles and bodies; undefined for unknown types. */
export function contentText(content: unknown): string | undefined {
  if (!isRecord(content) || typeof content.type !== 'string') return undefined;
  const text = bodyOf({ ...content, type: content.type })?.text;
  return typeof text === 'string' ? text : undefined;
}

/** A citation's title or body as plain words; a content without text is shown raw instead. */
function label(
  c: MoveworksCitation,
  key: 'title' | 'body',
  emoji: EmojiShortcodes | undefined,
): { text?: string; raw: RawPart[] } {
  const content = c.display?.[key];
  if (content === undefined || content === null) return { raw: [] };
  const text = contentText(content);
  if (text !== undefined) return { text: plainLabel(text, emoji), raw: [] };
  const note = `The ${key} of citation ${c.citation_id} is in a shape the viewer does not know`;
  return { raw: [{ kind: 'raw', note, value: content }] };
}

/**
 * A message's citations with their offsets: `content_references`, else the deprecated
 * `location.offset`, moved to the rewritten text (docs/vendor-notes.md §3.3–3.4). A citation or
 * reference the viewer cannot read, or a title or body in an unknown shape, is kept as a raw part
 * in `raw` and the others are placed as usual.
 */
export function citationsOf(
  m: MoveworksMessage,
  markup: RewrittenMarkup | undefined,
  emoji: EmojiShortcodes | undefined,
): { citations: Citation[]; raw: RawPart[] } {
  const refs = salvageEach(
    moveworksReferenceSchema,
    m.content_references ?? [],
    (i) => `content reference ${i + 1}`,
  );
  const placed = refs.flatMap((r) => (r.data ? [r.data] : []));
  const read = salvageEach(moveworksCitationSchema, m.citations ?? [], (i) => `citation ${i + 1}`);
  const each = read.map(({ data: c, raw }): { citation?: Citation; raw: RawPart[] } => {
    if (!c) return { raw };
    const fromRefs = placed.filter((r) => r.citation_id === c.citation_id).map((r) => r.offset);
    const offsets = fromRefs.length > 0 ? fromRefs : c.location ? [c.location.offset] : [];
    const title = label(c, 'title', emoji);
    const body = label(c, 'body', emoji);
    const citation: Citation = {
      id: c.citation_id,
      url: c.url ?? undefined,
      title: title.text,
      body: body.text,
      offsets: markup ? offsets.map(markup.mapOffset) : offsets,
    };
    return { citation, raw: raw.concat(title.raw, body.raw) };
  });
  return {
    citations: each.flatMap((e) => (e.citation ? [e.citation] : [])),
    raw: each.flatMap((e) => e.raw).concat(refs.flatMap((r) => r.raw)),
  };
}
