import type { ImportStartRequest } from '../../shared/import-job';
import { refuseOversizedExtract } from '../../shared/import/extract-size';

// 32 KiB per String.fromCharCode call: far below any engine's argument limit, so a 200,000-row
// extract cannot overflow the stack the way fromCharCode(...wholeFile) would.
const chunkSize = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + chunkSize)));
  }
  return btoa(parts.join(''));
}

/** The local calendar date of a timestamp, as the importer's fallback extract date. */
export function localIsoDate(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Everything `import:start` needs from a file the user picked or dropped, and their column mapping if any. */
export async function importRequestFor(
  file: File,
  columnMapping?: ImportStartRequest['columnMapping'],
  confirmed = false,
): Promise<ImportStartRequest> {
  // Refused by its size before it is read: the app need not hold a file of gigabytes to say no.
  refuseOversizedExtract(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    fileName: file.name,
    contentBase64: bytesToBase64(bytes),
    fileModified: localIsoDate(file.lastModified),
    ...(columnMapping ? { columnMapping } : {}),
    ...(confirmed ? { confirmed: true } : {}),
  };
}
