/**
 * Saves text the page made as a file: a `Blob` from its parts (strings are written as UTF-8, so a leading
 * `\uFEFF` becomes the UTF-8 BOM), an object URL, and a click on a hidden `<a download>` inside `root` (in the
 * shadow root, so a host's click handlers on links never see it). Parts are kept as they are: a 30 MB export is
 * never joined into one string first; pass Blobs of bytes made as the text arrives (`TextEncoder`): a Blob of Blobs only references them.
 */
export function downloadFile(
  root: ParentNode & Node,
  parts: readonly BlobPart[],
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the URL when the download starts, not at the click: freeing it at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Today as `2026-12-01` in the user's time zone, for file names. */
export function dateStamp(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
