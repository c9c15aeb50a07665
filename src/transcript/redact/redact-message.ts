import type { Citation, Message, Part } from '../model.ts';
import type { Redactor } from './redactor.ts';

/**
 * `value` (vendor JSON) with every string redacted, at any depth; keys, numbers and the shape
 * unchanged. Arrays and plain objects are copied; anything else is kept as it is.
 */
export function redactJson(value: unknown, r: Redactor): unknown {
  if (typeof value === 'string') return r.text(value);
  if (Array.isArray(value)) return value.map((v: unknown) => redactJson(v, r));
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, r)]));
}

const optional = (s: string | undefined, r: Redactor) => (s === undefined ? s : r.text(s));

function redactPart(part: Part, r: Redactor): Part {
  switch (part.kind) {
    case 'text':
      return { ...part, text: r.text(part.text) };
    case 'tool-call':
      return {
        kind: part.kind,
        call: { ...part.call, argumentsText: r.text(part.call.argumentsText) },
      };
    case 'tool-result': {
      const { result } = part;
      const request = result.request && { ...result.request, url: optional(result.request.url, r) };
      return { kind: part.kind, result: { ...result, output: r.text(result.output), request } };
    }
    case 'knowledge': {
      const { query, output, sources } = part.knowledge;
      const knowledge = {
        query: optional(query, r),
        output: optional(output, r),
        sources: sources.map((s) => ({
          title: optional(s.title, r),
          url: optional(s.url, r),
          snippet: optional(s.snippet, r),
        })),
      };
      return { kind: part.kind, knowledge };
    }
    case 'files':
      return {
        kind: part.kind,
        files: part.files.map((f) => ({ ...f, name: optional(f.name, r) })),
      };
    case 'pressed':
      return part;
    case 'raw':
      return { ...part, value: redactJson(part.value, r) };
  }
}

function redactCitation(c: Citation, r: Redactor): Citation {
  return { ...c, url: optional(c.url, r), title: optional(c.title, r), body: optional(c.body, r) };
}

/**
 * `message` with its personal data replaced: who it is from, its text (citation offsets moved
 * with it), tool arguments and results, knowledge, file names, raw parts, citations and offered
 * actions. Ids, roles, times and the shape stay, so a redacted message is shown and linked to as
 * the original is. Strings go to `r` in the order the message shows them.
 */
export function redactMessage(message: Message, r: Redactor): Message {
  const author = optional(message.author, r);
  const firstText = message.parts.findIndex((p) => p.kind === 'text');
  const placed = message.citations.flatMap((c) => c.offsets);
  let moved: number[] | undefined;
  const parts = message.parts.map((part, i) => {
    if (i !== firstText || part.kind !== 'text' || !placed.length) return redactPart(part, r);
    // Citations are placed at code points of the first text part (model.ts `Citation`).
    const done = r.textWithOffsets(part.text, placed);
    moved = done.offsets;
    return { ...part, text: done.text };
  });
  let taken = 0;
  const citations = message.citations.map((c) => {
    const offsets = moved ? moved.slice(taken, taken + c.offsets.length) : c.offsets;
    taken += c.offsets.length;
    return redactCitation({ ...c, offsets }, r);
  });
  const actions = message.actions?.map((a) => ({
    ...a,
    label: r.text(a.label),
    url: optional(a.url, r),
  }));
  return {
    ...message,
    ...(author !== undefined && { author }),
    parts,
    ...(actions && { actions }),
    citations: message.citations.length ? citations : message.citations,
  };
}
