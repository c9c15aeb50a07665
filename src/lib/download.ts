/**
 * Saves `text` as a file through the browser's download, without a server round trip.
 * @param mime e.g. `text/markdown;charset=utf-8`.
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
