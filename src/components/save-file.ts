/**
 * Offers a file made in the browser (a CSV, a chart's image, a story check's result) as a
 * download named `fileName`.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Once the browser has taken the file; a generous wait, since a slow disk may still be reading.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
