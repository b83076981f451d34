import { inflateRaw, InflateError } from './inflate';

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const endRecordSearch = 22 + 0xffff;
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
 */
export function isIntactZipArchive(bytes: Uint8Array): boolean {
  const end = findEndRecord(bytes);
  if (end === -1) return false;
  const entries = uint16(bytes, end + 10);
  const directorySize = uint32(bytes, end + 12);
  const directoryStart = uint32(bytes, end + 16);
  if (entries === 0 || directoryStart + directorySize > end) return false;
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
    unpacked += size;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || unpacked > maxUnpackedBytes) return false;
    if (localHeader + 30 > directoryStart || uint32(bytes, localHeader) !== localFileHeader) return false;
    const dataStart = localHeader + 30 + uint16(bytes, localHeader + 26) + uint16(bytes, localHeader + 28);
    if (dataStart + packedSize > directoryStart) return false;
    const packed = bytes.subarray(dataStart, dataStart + packedSize);
    if (!unpacksTo(packed, method, size, crc)) return false;
    at += 46 + uint16(bytes, at + 28) + uint16(bytes, at + 30) + uint16(bytes, at + 32);
  }
  return true;
}

function findEndRecord(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - endRecordSearch); at--) {
    if (uint32(bytes, at) === endOfCentralDirectory) return at;
  }
  return -1;
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
