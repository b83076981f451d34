/**
 * A strict raw-DEFLATE decoder (RFC 1951), after zlib's `puff.c`. It exists to check an .xlsx
 * archive before SheetJS reads it: SheetJS's own decoder can loop forever on a damaged stream,
 * while this one fails on every malformed code, length or distance. Synchronous and without Node's
 * zlib, so it runs wherever `shared/` runs.
 */

export class InflateError extends Error {}

const lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const distanceBase = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const maxBits = 15;

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

/**
 * Builds a code from code lengths. An over-subscribed set is refused; an incomplete one is
 * allowed only as the format allows it (a single code), which `decodeSymbol` then guards.
 */
function buildHuffman(lengths: Uint8Array, offset: number, n: number): Huffman {
  const count = new Uint16Array(maxBits + 1);
  const symbol = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const len = lengths[offset + i] ?? 0;
    count[len] = (count[len] ?? 0) + 1;
  }
  if (count[0] === n) return { count, symbol };
  let left = 1;
  for (let len = 1; len <= maxBits; len++) {
    left = left * 2 - (count[len] ?? 0);
    if (left < 0) throw new InflateError('over-subscribed code');
  }
  const offsets = new Uint16Array(maxBits + 1);
  for (let len = 1; len < maxBits; len++) offsets[len + 1] = (offsets[len] ?? 0) + (count[len] ?? 0);
  for (let i = 0; i < n; i++) {
    const len = lengths[offset + i] ?? 0;
    if (len === 0) continue;
    const at = offsets[len] ?? 0;
    symbol[at] = i;
    offsets[len] = at + 1;
  }
  return { count, symbol };
}

const fixedLiteral = (() => {
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  return buildHuffman(lengths, 0, 288);
})();
const fixedDistance = buildHuffman(new Uint8Array(30).fill(5), 0, 30);

class Inflater {
  private bitBuffer = 0;
  private bitCount = 0;
  private inPos = 0;
  private outPos = 0;

  constructor(
    private readonly input: Uint8Array,
    private readonly output: Uint8Array,
  ) {}

  run(): number {
    let last = 0;
    do {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(fixedLiteral, fixedDistance);
      else if (type === 2) this.dynamic();
      else throw new InflateError('invalid block type');
    } while (last === 0);
    return this.outPos;
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.inPos >= this.input.length) throw new InflateError('input ends early');
      value |= (this.input[this.inPos++] ?? 0) << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.inPos + 4 > this.input.length) throw new InflateError('input ends early');
    const input = this.input;
    const length = (input[this.inPos] ?? 0) | ((input[this.inPos + 1] ?? 0) << 8);
    const check = (input[this.inPos + 2] ?? 0) | ((input[this.inPos + 3] ?? 0) << 8);
    if (length !== (~check & 0xffff)) throw new InflateError('stored block length mismatch');
    this.inPos += 4;
    if (this.inPos + length > input.length) throw new InflateError('input ends early');
    if (this.outPos + length > this.output.length) throw new InflateError('output larger than declared');
    this.output.set(input.subarray(this.inPos, this.inPos + length), this.outPos);
    this.inPos += length;
    this.outPos += length;
  }

  private decodeSymbol(huffman: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= maxBits; len++) {
      code |= this.bits(1);
      const count = huffman.count[len] ?? 0;
      if (code - count < first) return huffman.symbol[index + (code - first)] ?? 0;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid code');
  }

  private codes(literal: Huffman, distance: Huffman): void {
    const output = this.output;
    for (;;) {
      let symbol = this.decodeSymbol(literal);
      if (symbol < 256) {
        if (this.outPos >= output.length) throw new InflateError('output larger than declared');
        output[this.outPos++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      symbol -= 257;
      if (symbol >= 29) throw new InflateError('invalid length code');
      const length = (lengthBase[symbol] ?? 0) + this.bits(lengthExtra[symbol] ?? 0);
      const distanceSymbol = this.decodeSymbol(distance);
      if (distanceSymbol >= 30) throw new InflateError('invalid distance code');
      const back = (distanceBase[distanceSymbol] ?? 0) + this.bits(distanceExtra[distanceSymbol] ?? 0);
      if (back > this.outPos) throw new InflateError('distance too far back');
      if (this.outPos + length > output.length) throw new InflateError('output larger than declared');
      for (let i = 0; i < length; i++, this.outPos++) output[this.outPos] = output[this.outPos - back] ?? 0;
    }
  }

  private dynamic(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new InflateError('too many length or distance codes');
    const lengths = new Uint8Array(literalCount + distanceCount);
    const codeLengthLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[codeLengthOrder[i] ?? 0] = this.bits(3);
    const codeLengthCode = buildHuffman(codeLengthLengths, 0, 19);
    let index = 0;
    while (index < literalCount + distanceCount) {
      const symbol = this.decodeSymbol(codeLengthCode);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (index === 0) throw new InflateError('repeat with no first length');
        value = lengths[index - 1] ?? 0;
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (index + repeat > literalCount + distanceCount) throw new InflateError('too many lengths');
      lengths.fill(value, index, index + repeat);
      index += repeat;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    this.codes(buildHuffman(lengths, 0, literalCount), buildHuffman(lengths, literalCount, distanceCount));
  }
}

/** Decodes a raw DEFLATE stream into exactly `outputLength` bytes; throws InflateError otherwise. */
export function inflateRaw(input: Uint8Array, outputLength: number): Uint8Array {
  const output = new Uint8Array(outputLength);
  const written = new Inflater(input, output).run();
  if (written !== outputLength) throw new InflateError('output smaller than declared');
  return output;
}
