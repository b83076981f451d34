/** The text of bytes that are not valid UTF-8, and what it took to read them. */
export interface MixedDecoding {
  text: string;
  /** Well-formed UTF-8 sequences of two to four bytes, each read as one character. */
  utf8Sequences: number;
  /** Bytes from 0x80 up that were not part of such a sequence, each read as its Windows-1252 character. */
  windows1252Bytes: number;
  /** The 1-based line of the first byte read as Windows-1252; 0 when there is none. */
  firstWindows1252Line: number;
}

/**
 * Windows-1252 characters for bytes 0x80-0x9F, as the WHATWG windows-1252 decoder reads them: the
 * five bytes 1252 leaves unassigned (81, 8D, 8F, 90, 9D) become the C1 controls of the same number.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252HighUnits = Uint16Array.from(windows1252High, (char) => char.charCodeAt(0));

/**
 * Past this many stretches of one encoding, the file alternates too often for a native decoder call
 * per stretch (a call costs microseconds; a file with a 1252 name on every line has 100,000 of them).
 */
const maxStretches = 1000;

/**
 * Reads each well-formed UTF-8 sequence as UTF-8 and every other byte from 0x80 up as Windows-1252:
 * a file edited in two programs holds both, and reading all of it as either one garbles the other
 * part ("Ã¦" for "æ", or U+FFFD). Well-formed is the Unicode definition the WHATWG UTF-8 decoder
 * enforces: no overlong forms, no surrogates, nothing above U+10FFFF; the bytes of a sequence that
 * fails it are each a 1252 character. A file with no UTF-8 sequence in it reads as plain Windows-1252.
 */
export function decodeUtf8With1252(bytes: Uint8Array): MixedDecoding {
  return byStretches(bytes) ?? byteByByte(bytes);
}

/**
 * The bytes cut into stretches that are all UTF-8 or all 1252 (ASCII reads the same in either), each
 * read by a native decoder: a pure 1252 file, the usual case, is one stretch and reads as fast as it
 * did before mixed files were read. Null when there are more than `maxStretches`.
 */
function byStretches(bytes: Uint8Array): MixedDecoding | null {
  const parts: string[] = [];
  let stretchStart = 0;
  // Whether the current stretch has UTF-8 sequences (true), 1252 bytes (false) or only ASCII (null).
  let inUtf8: boolean | null = null;
  let utf8Sequences = 0;
  let windows1252Bytes = 0;
  let firstWindows1252 = -1;
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    const size = sequenceLength(bytes, i, b0);
    const isUtf8 = size > 0;
    if (inUtf8 === !isUtf8) {
      if (parts.length === maxStretches) return null;
      parts.push(decodeStretch(bytes.subarray(stretchStart, i), inUtf8));
      stretchStart = i;
    }
    inUtf8 = isUtf8;
    if (isUtf8) {
      utf8Sequences++;
      i += size;
    } else {
      if (firstWindows1252 === -1) firstWindows1252 = i;
      windows1252Bytes++;
      i++;
    }
  }
  parts.push(decodeStretch(bytes.subarray(stretchStart), inUtf8 !== false));
  return { text: parts.join(''), utf8Sequences, windows1252Bytes, firstWindows1252Line: lineOfByte(bytes, firstWindows1252) };
}

// A stretch holds only whole, well-formed sequences; ignoreBOM keeps a U+FEFF that begins one.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const latin1Decoder = new TextDecoder('windows-1252');

/**
 * Node 20's TextDecoder reads 'windows-1252' as Latin-1, turning € – “ ” into control characters;
 * browsers do it right. Decoding as Latin-1 and mapping 0x80-0x9F ourselves is right in both.
 */
function decodeStretch(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return utf8Decoder.decode(bytes);
  return latin1Decoder.decode(bytes).replace(/[\u0080-\u009f]/g, (char) => windows1252High.charAt(char.charCodeAt(0) - 0x80));
}

// The code units are collected in memory order, so the decoder that turns them into a string must
// read that order; every usual platform is little-endian, but nothing in the language promises it.
const nativeUtf16 = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be';

/** The same reading, a code unit at a time: slower on long stretches, but never a call per stretch. */
function byteByByte(bytes: Uint8Array): MixedDecoding {
  const length = bytes.length;
  // One code unit per byte at most: a four-byte sequence is two code units, every other byte one at most.
  const units = new Uint16Array(length);
  let written = 0;
  let utf8Sequences = 0;
  let windows1252Bytes = 0;
  let firstWindows1252 = -1;
  let i = 0;
  while (i < length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units[written++] = b0;
      i++;
      continue;
    }
    const size = sequenceLength(bytes, i, b0);
    if (size === 2) {
      units[written++] = ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
    } else if (size === 3) {
      units[written++] = ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    } else if (size === 4) {
      const codePoint = ((b0 & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      const offset = codePoint - 0x10000;
      units[written++] = 0xd800 | (offset >> 10);
      units[written++] = 0xdc00 | (offset & 0x3ff);
    } else {
      units[written++] = b0 < 0xa0 ? windows1252HighUnits[b0 - 0x80]! : b0;
      if (firstWindows1252 === -1) firstWindows1252 = i;
      windows1252Bytes++;
      i++;
      continue;
    }
    utf8Sequences++;
    i += size;
  }
  const text = new TextDecoder(nativeUtf16).decode(new Uint8Array(units.buffer, 0, written * 2));
  return { text, utf8Sequences, windows1252Bytes, firstWindows1252Line: lineOfByte(bytes, firstWindows1252) };
}

/** The length of the well-formed UTF-8 sequence that starts at `at` with lead byte `b0` (≥ 0x80), or 0. */
function sequenceLength(bytes: Uint8Array, at: number, b0: number): number {
  if (b0 >= 0xc2 && b0 <= 0xdf) return isContinuation(bytes[at + 1]) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0 up (else overlong), ED stops at 9F (else a surrogate, D800-DFFF).
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    const b1 = bytes[at + 1];
    return b1 !== undefined && b1 >= low && b1 <= high && isContinuation(bytes[at + 2]) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    // F0 needs 90 up (else overlong), F4 stops at 8F (else above U+10FFFF).
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    const b1 = bytes[at + 1];
    return b1 !== undefined && b1 >= low && b1 <= high && isContinuation(bytes[at + 2]) && isContinuation(bytes[at + 3]) ? 4 : 0;
  }
  // 80-BF cannot start a sequence; C0, C1 and F5-FF start only overlong or out-of-range ones.
  return 0;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * The 1-based line byte `at` is on, counting CRLF, LF and a lone CR as one line break each, as the
 * CSV reader does; 0 for no byte (-1).
 */
function lineOfByte(bytes: Uint8Array, at: number): number {
  if (at === -1) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
