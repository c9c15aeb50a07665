import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { isVendorId, type VendorId } from '@/vendors/index.ts';

/** The local storage key of the recent conversations. */
const KEY = 'transcript-viewer:recent';
/** The most conversations remembered. */
const KEEP = 20;
/** Fired on this tab when the list changes (`storage` events come only from other tabs). */
const CHANGED = 'transcript-viewer:recent-changed';

/** A conversation opened on this browser. */
export interface RecentConversation {
  vendor: VendorId;
  id: string;
  /** When it was last opened, ISO 8601. */
  openedAt: string;
}

const NONE: readonly RecentConversation[] = [];
const entrySchema = z.object({ vendor: z.string(), id: z.string(), openedAt: z.string() });
let cache: { raw: string | null; list: readonly RecentConversation[] } = { raw: null, list: NONE };

/** The remembered list, newest first; anything unreadable in storage is left out. */
function read(): readonly RecentConversation[] {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return NONE;
  }
  if (raw === cache.raw) return cache.list;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    parsed = [];
  }
  const list = (Array.isArray(parsed) ? parsed : []).flatMap((item: unknown) => {
    const entry = entrySchema.safeParse(item);
    if (!entry.success || !isVendorId(entry.data.vendor)) return [];
    const { vendor, id, openedAt } = entry.data;
    return [{ vendor, id, openedAt }];
  });
  cache = { raw, list };
  return list;
}

function write(list: readonly RecentConversation[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage full or refused (private mode): the list is a convenience, nothing is lost.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Remembers that `vendor`'s conversation `id` was opened now, first in the list. */
export function recordRecent(vendor: VendorId, id: string): void {
  const rest = read().filter((c) => !(c.vendor === vendor && c.id === id));
  write([{ vendor, id, openedAt: new Date().toISOString() }, ...rest].slice(0, KEEP));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * The conversations opened last on this browser (local storage, at most 20, newest first),
 * kept in step with other tabs, and a way to forget them all.
 */
export function useRecent(): { recent: readonly RecentConversation[]; clear: () => void } {
  const recent = useSyncExternalStore(subscribe, read, () => NONE);
  return { recent, clear: () => write([]) };
}
