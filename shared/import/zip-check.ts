import { inflateRaw, InflateError } from './inflate';

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;
/**
 * Most an extract workbook may unpack to. A 200,000-row sheet is some 150 MB of XML (more with
 * inline strings); far more is a zip bomb, refused before memory is spent on it. The limit also
 * bounds the time: SheetJS reads an honest sheet of mere whitespace at about 1 s per 100 MB.
 */
const maxUnpackedBytes = 320 * 1024 * 1024;

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = (crc >>> 8) ^ (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  return (crc ^ -1) >>> 0;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

/**
 * True when a zip archive is whole and undamaged: its central directory lies inside the file,
 * every entry is stored or deflated, unencrypted, inside the file, and unpacks to its declared
 * size and CRC-32. Checked before SheetJS sees an .xlsx, because SheetJS can loop forever on a
 * truncated archive or a damaged deflate stream instead of failing.
 *
 * SheetJS trusts other fields than a careful reader would (the last end-record signature in the
 * file, the entry count "on this disk", the local header's method and sizes, ZIP64 sizes in extra
 * fields), so the check also refuses any archive in which those could tell SheetJS something else
 * than what was verified: a second end-record signature, an end record whose comment does not end
 * at the end of the file, a local header that disagrees with its directory entry. A workbook with
 * a stray end record in its last 21 bytes once passed the check and made SheetJS take 8 GB.
 */
export function isIntactZipArchive(bytes: Uint8Array): boolean {
  const end = lastEndRecordSignature(bytes);
  if (end === -1 || end + 22 > bytes.length || end + 22 + uint16(bytes, end + 20) !== bytes.length) return false;
  const entries = uint16(bytes, end + 10);
  const directorySize = uint32(bytes, end + 12);
  const directoryStart = uint32(bytes, end + 16);
  // One disk, and SheetJS counts the entries "on this disk" (offset 8), the check the total.
  if (uint16(bytes, end + 4) !== 0 || uint16(bytes, end + 6) !== 0 || uint16(bytes, end + 8) !== entries) return false;
  if (entries === 0 || directoryStart + directorySize !== end) return false;
  if (lastEndRecordSignature(bytes.subarray(directoryStart, end + 3)) !== -1) return false;
  let unpacked = 0;
  let at = directoryStart;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > end || uint32(bytes, at) !== centralDirectoryEntry) return false;
    const flags = uint16(bytes, at + 8);
    const method = uint16(bytes, at + 10);
    const crc = uint32(bytes, at + 16);
    const packedSize = uint32(bytes, at + 20);
    const size = uint32(bytes, at + 24);
    const localHeader = uint32(bytes, at + 42);
    const extraStart = at + 46 + uint16(bytes, at + 28);
    const next = extraStart + uint16(bytes, at + 30) + uint16(bytes, at + 32);
    if (next > end || !zip64SizesAgree(bytes.subarray(extraStart, extraStart + uint16(bytes, at + 30)), size, packedSize)) return false;
    unpacked += size;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || unpacked > maxUnpackedBytes) return false;
    if (localHeader + 30 > directoryStart || uint32(bytes, localHeader) !== localFileHeader) return false;
    if (!localHeaderAgrees(bytes, localHeader, flags, method, size, packedSize)) return false;
    const localExtraStart = localHeader + 30 + uint16(bytes, localHeader + 26);
    const dataStart = localExtraStart + uint16(bytes, localHeader + 28);
    if (dataStart + packedSize > directoryStart) return false;
    if (!zip64SizesAgree(bytes.subarray(localExtraStart, dataStart), size, packedSize)) return false;
    const packed = bytes.subarray(dataStart, dataStart + packedSize);
    if (!unpacksTo(packed, method, size, crc)) return false;
    at = next;
  }
  return at === end;
}

/** Where SheetJS finds the end record: the last signature in the file, searched from 4 bytes before its end. */
function lastEndRecordSignature(bytes: Uint8Array): number {
  for (let at = bytes.length - 4; at >= 0; at--) {
    if (uint32(bytes, at) === endOfCentralDirectory) return at;
  }
  return -1;
}

/**
 * SheetJS reads the method, flags and sizes of the local header, not the directory's. With a data
 * descriptor (flag 8) the local sizes may be 0, and SheetJS then compares the descriptor's.
 */
function localHeaderAgrees(bytes: Uint8Array, local: number, flags: number, method: number, size: number, packedSize: number): boolean {
  const localFlags = uint16(bytes, local + 6);
  if (localFlags !== flags || uint16(bytes, local + 8) !== method) return false;
  const localPacked = uint32(bytes, local + 18);
  const localSize = uint32(bytes, local + 22);
  if ((flags & 8) !== 0 && localPacked === 0 && localSize === 0) return true;
  return localPacked === packedSize && localSize === size;
}

/**
 * SheetJS takes the sizes of a ZIP64 extra field (id 1: 8-byte size, then 8-byte packed size)
 * over the headers' whenever they are not 0, so they must be 0 or the sizes verified.
 */
function zip64SizesAgree(extra: Uint8Array, size: number, packedSize: number): boolean {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = uint16(extra, at);
    const length = uint16(extra, at + 2);
    if (id === 1) {
      if (length < 16 || at + 4 + 16 > extra.length) return false;
      const zip64Size = uint32(extra, at + 4) + uint32(extra, at + 8) * 2 ** 32;
      const zip64Packed = uint32(extra, at + 12) + uint32(extra, at + 16) * 2 ** 32;
      if ((zip64Size !== 0 && zip64Size !== size) || (zip64Packed !== 0 && zip64Packed !== packedSize)) return false;
    }
    at += 4 + length;
  }
  return true;
}

function unpacksTo(packed: Uint8Array, method: number, size: number, crc: number): boolean {
  if (method === 0) return packed.length === size && crc32(packed) === crc;
  try {
    return crc32(inflateRaw(packed, size)) === crc;
  } catch (error) {
    if (error instanceof InflateError) return false;
    throw error;
  }
}
