/** Hands bytes to the browser's (or Electron's) own download, so the user picks where to save. */
export function saveBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file that came over the contract as base64 (`recall:export`), handed to the same download. */
export function saveBase64(contentBase64: string, fileName: string, type: string): void {
  const text = atob(contentBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  saveBytes(bytes, fileName, type);
}
