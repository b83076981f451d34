import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Just enough zip to take an .xlsx apart and put a hostile one together: entries read through the
 * central directory, written back deflated with correct CRCs, or with sizes that lie.
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function readZip(bytes: Buffer): ZipEntry[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, start + packedSize);
    entries.push({ name, data: method === 0 ? Buffer.from(packed) : inflateRawSync(packed) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry as written: its packed bytes, and the size and CRC its headers declare. */
export interface PackedEntry {
  name: string;
  packed: Buffer;
  size: number;
  crc: number;
  /** Extra fields of the central directory entry (the local header gets none). */
  centralExtra?: Buffer;
}

export function packEntry(entry: ZipEntry): PackedEntry {
  return { name: entry.name, packed: deflateRawSync(entry.data), size: entry.data.length, crc: crc32(entry.data) };
}

export function writeZip(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.packed.length, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const centralExtra = entry.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.packed.length, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.packed);
    directory.push(central, name, centralExtra);
    offset += 30 + name.length + entry.packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** Where a well-formed archive's end record starts: 22 bytes plus its comment before the end. */
export function endRecordAt(zip: Buffer): number {
  return zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

/** The archive with its end record's comment replaced (length field and bytes). */
export function withEndComment(zip: Buffer, comment: Buffer): Buffer {
  const end = endRecordAt(zip);
  const record = Buffer.from(zip.subarray(end, end + 22));
  record.writeUInt16LE(comment.length, 20);
  return Buffer.concat([zip.subarray(0, end), record, comment]);
}

/**
 * A bare end record's first 20 bytes, for planting where SheetJS looks: 65,535 entries on this
 * disk, a directory said to start at `directoryStart`.
 */
export function strayEndRecord(directoryStart: number): Buffer {
  const record = Buffer.alloc(20);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(0xffff, 8);
  record.writeUInt16LE(0xffff, 10);
  record.writeUInt32LE(0xffffffff, 12);
  record.writeUInt32LE(directoryStart, 16);
  return record;
}

/** A ZIP64 extra field (id 1) declaring these sizes, as SheetJS reads it. */
export function zip64Extra(size: number, packedSize: number): Buffer {
  const field = Buffer.alloc(20);
  field.writeUInt16LE(1, 0);
  field.writeUInt16LE(16, 2);
  field.writeBigUInt64LE(BigInt(size), 4);
  field.writeBigUInt64LE(BigInt(packedSize), 12);
  return field;
}

/** Bytes deflate cannot shrink, from a fixed seed: they make a workbook as big as a test needs. */
export function incompressibleBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 2026;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
