import { readFile, writeFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { feed } from './transcript.ts';

/** A vendor's id, as in the app's paths. */
export type VendorId = 'twilio' | 'telnyx' | 'moveworks';

/** The first page of a transcript's messages as each vendor's API answers it, through the proxy. */
export function messagesPath(vendor: VendorId, id: string): string {
  const at = encodeURIComponent(id);
  if (vendor === 'twilio') return `/api/twilio/v1/Sessions/${at}/Messages?PageSize=1000`;
  if (vendor === 'telnyx')
    return `/api/telnyx/ai/conversations/${at}/messages?page[number]=1&page[size]=100`;
  return `/api/moveworks/conversations/${at}/messages?limit=100`;
}

/** Saves the vendor's response body, exactly as sent, to a file of the test's own. */
export async function savedResponse(request: APIRequestContext, vendor: VendorId, id: string) {
  const response = await request.get(messagesPath(vendor, id));
  expect(response.ok()).toBe(true);
  const path = test.info().outputPath(`${vendor}-messages.json`);
  await writeFile(path, await response.body());
  return path;
}

/** Every request the page makes to the proxy's `/api/` from now on. */
export function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) seen.push(r.url());
  });
  return seen;
}

/** The ids and text of the articles rendered at the top of the feed, in order. */
export async function renderedArticles(page: Page) {
  return feed(page)
    .locator('article')
    .evaluateAll((articles) =>
      articles
        .map((a) => ({
          position: Number(a.getAttribute('aria-posinset')),
          id: a.getAttribute('data-message-id'),
          text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        }))
        .sort((a, b) => a.position - b.position),
    );
}

/** The articles {@link renderedArticles} found. */
export type Rendered = Awaited<ReturnType<typeof renderedArticles>>;

/**
 * Holds `opened` to be the same rows as `live` wherever both rendered one (the feed is
 * virtualized, and `/open` has less room above it), from the first on, and at least five.
 */
export function expectSameRows(opened: Rendered, live: Rendered) {
  expect(opened.map((a) => a.position)).toEqual(opened.map((_, i) => i + 1));
  const both = Math.min(opened.length, live.length);
  expect(both).toBeGreaterThanOrEqual(5);
  expect(opened.slice(0, both)).toEqual(live.slice(0, both));
}

/** Opens the file at `path` with the input named "Open a file". */
export async function openFile(page: Page, path: string) {
  await page.getByLabel('Open a file').setInputFiles(path);
}

/** Picks "Export" → "JSON" and reads the file the browser saved, and where. */
export async function exportJson(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  const path = await (await saved).path();
  return { path, text: await readFile(path, 'utf8') };
}
