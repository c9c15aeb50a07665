/**
 * A 53-bit string hash (cyrb53), as 11 base-36 characters: stable across runs and machines, for
 * deriving ids of messages whose vendor gives none (Telnyx, docs/vendor-notes.md §2.4). Not for security.
 */
export function stableHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/**
 * Ids for messages without vendor ids, from their content: the same message gets the same id on
 * every page and every load (so de-duplication across shifted pages works); identical messages in
 * one page get `~2`, `~3`… in delivery order so none is lost.
 * @param keys one content key per message of a page, in delivery order.
 * @param prefix prepended to every id, e.g. `tx_`.
 */
export function deriveIds(keys: readonly string[], prefix: string): string[] {
  const counts = new Map<string, number>();
  return keys.map((key) => {
    const id = prefix + stableHash(key);
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}
