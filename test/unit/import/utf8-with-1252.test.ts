import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8With1252 } from '../../../shared/import/utf8-with-1252';

/** The Windows-1252 character of each byte, from the WHATWG index (0x80-0x9F) and Latin-1 above. */
const windows1252 = (bytes: number[]): string =>
  bytes
    .map((byte) => (byte >= 0x80 && byte < 0xa0 ? '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.charAt(byte - 0x80) : String.fromCharCode(byte)))
    .join('');

// Code points of each UTF-8 length alike (a lone surrogate is encoded as U+FFFD, itself valid).
const codePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0x7ff }),
  fc.integer({ min: 0x800, max: 0xffff }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);

describe('decodeUtf8With1252', () => {
  it('reads UTF-8 of every length as UTF-8, four-byte sequences as surrogate pairs', () => {
    const text = 'A ø € 😀 \u{10ffff} \u0080 \u07ff \u0800 \ud7ff \ue000 \uffff';
    const read = decodeUtf8With1252(new TextEncoder().encode(text));
    expect(read.text).toBe(text);
    expect(read.windows1252Bytes).toBe(0);
    expect(read.firstWindows1252Line).toBe(0);
    expect(read.utf8Sequences).toBe(10);
  });

  it('reads overlong forms as their bytes in Windows-1252', () => {
    // "/" (2F) as two, three and four bytes: each is refused by UTF-8, so each byte is a 1252 character.
    for (const overlong of [[0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xe0, 0x9f, 0xbf], [0xf0, 0x80, 0x80, 0xaf], [0xf0, 0x8f, 0xbf, 0xbf]]) {
      const read = decodeUtf8With1252(Uint8Array.from([0x78, ...overlong, 0x78]));
      expect(read.text).toBe(`x${windows1252(overlong)}x`);
      expect(read.utf8Sequences).toBe(0);
      expect(read.windows1252Bytes).toBe(overlong.filter((byte) => byte >= 0x80).length);
    }
  });

  it('reads surrogates, code points above U+10FFFF and cut-off sequences as Windows-1252 bytes', () => {
    const refused = [
      [0xed, 0xa0, 0x80], // U+D800
      [0xed, 0xbf, 0xbf], // U+DFFF
      [0xf4, 0x90, 0x80, 0x80], // U+110000
      [0xf5, 0x80, 0x80, 0x80],
      [0xff],
      [0x80], // a continuation byte alone
      [0xe6, 0xb8], // cut short: a third byte is missing
      [0xf0, 0x9f, 0x98], // cut short
    ];
    for (const bytes of refused) {
      expect(decodeUtf8With1252(Uint8Array.from([...bytes, 0x3b])).text).toBe(`${windows1252(bytes)};`);
      // Last in the file, with nothing after them to read past.
      expect(decodeUtf8With1252(Uint8Array.from(bytes)).text).toBe(windows1252(bytes));
    }
    // The edges just inside the refused ranges are UTF-8.
    expect(decodeUtf8With1252(Uint8Array.from([0xed, 0x9f, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf])).text).toBe('\ud7ff\u{10ffff}');
  });

  it('counts the bytes read as Windows-1252 and the line of the first, with CRLF, LF and CR as line breaks', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('ø\r\nø\nø\rø'), 0xe6, 0x0a, 0xf8]);
    const read = decodeUtf8With1252(bytes);
    expect(read.text).toBe('ø\r\nø\nø\røæ\nø');
    expect(read).toMatchObject({ utf8Sequences: 4, windows1252Bytes: 2, firstWindows1252Line: 4 });
  });

  it('property: valid UTF-8 reads exactly as the native decoder reads it', () => {
    fc.assert(
      fc.property(fc.array(codePoint, { maxLength: 30 }).map((points) => String.fromCodePoint(...points)), (text) => {
        const bytes = new TextEncoder().encode(text);
        const read = decodeUtf8With1252(bytes);
        expect(read.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        expect(read.windows1252Bytes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  // Byte strings rich in what matters: UTF-8 of every length, near-misses of it, and 1252 letters.
  const chunk = fc.oneof(
    fc.uint8Array({ maxLength: 4 }),
    codePoint.map((point) => Array.from(new TextEncoder().encode(String.fromCodePoint(point)))),
    fc.constantFrom([0xe6], [0xf8], [0xe5], [0xc6], [0xd8], [0xc5], [0x80], [0x9d], [0x3b], [0x0a], [0xe0, 0x9f], [0xed, 0xa0], [0xf4, 0x90], [0xf0, 0x8f]),
  );
  const mixedBytes = fc.array(chunk, { maxLength: 12 }).map((chunks) => Uint8Array.from(chunks.flatMap((part) => Array.from(part))));

  it('property: any bytes read as the native decoder reads each well-formed sequence, every other byte as 1252', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        expect(decodeUtf8With1252(bytes)).toMatchObject(reference(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: the same after a file that switches encoding more than a thousand times', () => {
    // "Søren" in UTF-8 and "Ærø" in 1252 on every line: 3,000 switches, past what the native decoders are called for.
    const line = [...new TextEncoder().encode('Søren '), 0xc6, 0x72, 0xf8, 0x0a];
    const prefix = Uint8Array.from({ length: line.length * 1500 }, (_, at) => line[at % line.length]!);
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const read = decodeUtf8With1252(Uint8Array.from([...prefix, ...bytes]));
        const rest = reference(bytes);
        expect(read.text).toBe('Søren Ærø\n'.repeat(1500) + rest.text);
        expect(read).toMatchObject({ utf8Sequences: 1500 + rest.utf8Sequences, windows1252Bytes: 3000 + rest.windows1252Bytes, firstWindows1252Line: 1 });
      }),
      { numRuns: 200 },
    );
  });
});

const fatal = new TextDecoder('utf-8', { fatal: true });

/** The character of the well-formed sequence at `at`, as the native decoder sees it, or null. */
function sequenceAt(bytes: Uint8Array, at: number): { char: string; size: number } | null {
  for (let size = 2; size <= 4 && at + size <= bytes.length; size++) {
    try {
      const char = fatal.decode(bytes.subarray(at, at + size));
      if ([...char].length === 1) return { char, size };
    } catch {
      // Not a sequence of this size.
    }
  }
  return null;
}

/** The reading the decoder should give, worked out a byte at a time with the native decoder as judge. */
function reference(bytes: Uint8Array): { text: string; utf8Sequences: number; windows1252Bytes: number } {
  let text = '';
  let utf8Sequences = 0;
  let windows1252Bytes = 0;
  for (let at = 0; at < bytes.length; ) {
    const sequence = bytes[at]! >= 0x80 ? sequenceAt(bytes, at) : null;
    if (sequence !== null) {
      text += sequence.char;
      utf8Sequences++;
      at += sequence.size;
    } else {
      text += windows1252([bytes[at]!]);
      if (bytes[at]! >= 0x80) windows1252Bytes++;
      at++;
    }
  }
  return { text, utf8Sequences, windows1252Bytes };
}
