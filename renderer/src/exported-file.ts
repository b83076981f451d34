import type { ExportedFileDto } from '../../shared/summary/summary-contract';
import { saveBytes } from './save-file';

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const types = {
  json: 'application/json',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Saves a file the core made (a summary or a report) through the browser's own download. */
export function saveExportedFile(file: ExportedFileDto): void {
  const type = file.fileName.endsWith('.xlsx') ? types.xlsx : file.fileName.endsWith('.pdf') ? types.pdf : types.json;
  saveBytes(base64ToBytes(file.contentBase64), file.fileName, type);
}
