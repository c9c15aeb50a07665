/** The id of the element of the offline page (offline.html) that carries the transcript. */
export const TRANSCRIPT_DATA_ID = 'transcript-data';

/** The data element as offline.html has it, and as browsers serialize it back. */
const DATA_ELEMENT = new RegExp(
  `<script type="application/json" id="${TRANSCRIPT_DATA_ID}">[^<]*</script>`,
);

/**
 * `json` made safe inside a `<script>` element: every `<` written `\u003c` (a JSON string escape,
 * the only place JSON has one), so that no `</script>` or `<!--` in a vendor's text can end the
 * element or change how the HTML parser reads it. `JSON.parse` gives back the same value.
 */
export function scriptSafeJson(json: string): string {
  return json.replaceAll('<', '\\u003c');
}

/**
 * The offline page with `json` (the viewer's JSON export) as its transcript, replacing whatever
 * transcript it carried: the self-contained HTML export (docs/contract.md "Export").
 * @param template offline.html as built (or a page made from it, as {@link pageTemplate} reads
 *   it back).
 * @throws {Error} when `template` has no transcript element: not the offline page.
 */
export function embedTranscript(template: string, json: string): string {
  if (!DATA_ELEMENT.test(template)) {
    throw new Error(`Not the offline page: it has no #${TRANSCRIPT_DATA_ID} element`);
  }
  const element = `<script type="application/json" id="${TRANSCRIPT_DATA_ID}">${scriptSafeJson(json)}</script>`;
  // A function, so that `$` in the transcript is not read as a replacement pattern.
  return template.replace(DATA_ELEMENT, () => element);
}

/**
 * The page `doc` as HTML, as it was parsed: for the offline page to export itself again (it can
 * fetch nothing). Call before anything changes the document.
 */
export function pageTemplate(doc: Document): string {
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

let ownTemplate: string | undefined;

/** Remembers the offline page's own HTML (from {@link pageTemplate}), for exports made in it. */
export function keepOfflineTemplate(html: string): void {
  ownTemplate = html;
}

/**
 * The offline page to export into: the page's own when it is one (it was kept at its start),
 * else `/offline.html` from the server (the dev server builds it on first request).
 * @throws {Error} when the server does not answer with it.
 */
export async function offlineTemplate(signal: AbortSignal): Promise<string> {
  if (ownTemplate !== undefined) return ownTemplate;
  const response = await fetch('/offline.html', { signal });
  if (!response.ok) {
    throw new Error(`The offline page could not be had: HTTP ${response.status}`);
  }
  return response.text();
}
