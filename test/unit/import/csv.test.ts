import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textCellTable } from '../../../shared/import/cell-table';
import { parseCsv, writeCsv } from '../../../shared/import/csv';
import { ExtractError } from '../../../shared/import/extract-result';
import { decodeText } from '../../../shared/import/text-decoding';
import { extractErrorCode } from '../../support/extract-error-code';

function records(text: string, delimiter = ';'): string[][] {
  return parseCsv(text, delimiter).records;
}

describe('parseCsv', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and line breaks of every kind', () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"one\r\ntwo";"three\nfour";"five\rsix"\n"";x';
    expect(records(text)).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['one\r\ntwo', 'three\nfour', 'five\rsix'],
      ['', 'x'],
    ]);
  });

  it('reports the line each record starts on, counting line breaks inside quotes', () => {
    const text = 'h1;h2\r\n"multi\r\nline";x\r\nlast;row\r\n';
    expect(parseCsv(text, ';').lines).toEqual([1, 2, 4]);
    expect(parseCsv('a\rb\rc', ';').lines).toEqual([1, 2, 3]);
    expect(parseCsv('"a\r\rb";x\ny', ';').lines).toEqual([1, 4]);
  });

  it('takes CRLF, LF and lone CR as line ends, with or without a final one', () => {
    for (const ending of ['\r\n', '\n', '\r']) {
      expect(records(`a;b${ending}c;d`)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      expect(records(`a;b${ending}c;d${ending}`)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
    }
  });

  it('keeps empty fields and blank lines as records', () => {
    expect(records(';;\n\nx;')).toEqual([['', '', ''], [''], ['x', '']]);
  });

  it('treats a quote inside an unquoted field as text, and keeps text after a closing quote', () => {
    expect(records('5" skærm;b\n"ab"c;d')).toEqual([
      ['5" skærm', 'b'],
      ['abc', 'd'],
    ]);
  });

  it('reads with TAB and comma', () => {
    expect(records('a\t"b\tc"\td', '\t')).toEqual([['a', 'b\tc', 'd']]);
    expect(records('a,"b,c",d', ',')).toEqual([['a', 'b,c', 'd']]);
  });

  it('stops after maxRecords', () => {
    expect(parseCsv('a\nb\nc\nd', ';', { maxRecords: 2 }).records).toEqual([['a'], ['b']]);
  });

  it('refuses a line over the limit, but not a long quoted field', () => {
    expect(extractErrorCode(() => parseCsv(`a;b\n${'x'.repeat(10_000)}\n`, ';'))).toBe('line_too_long');
    expect(extractErrorCode(() => parseCsv(`a;b\n${'x;'.repeat(2_600)}\n`, ';'))).toBe('line_too_long');
    expect(extractErrorCode(() => parseCsv(`a;b\n${'x'.repeat(5_000)}\n`, ';'))).toBe('no error');
    expect(extractErrorCode(() => parseCsv(`a;"${'x\n'.repeat(5_000)}"\n`, ';'))).toBe('no error');
    expect(extractErrorCode(() => parseCsv(`a;b\r\n"q";${'x'.repeat(6_000)}\r\n`, ';'))).toBe('line_too_long');
  });

  it('refuses a quote that never closes, naming its line', () => {
    try {
      parseCsv('a;b\nc;d\n"e;f\ng;h\n', ';');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractError);
      expect((error as ExtractError).code).toBe('unterminated_quote');
      expect((error as ExtractError).message).toContain('linje 3');
    }
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it, or everything', () => {
    const rows = [
      ['a', 'b;c', 'd"e'],
      ['f\ng', '', 'h'],
    ];
    expect(writeCsv(rows, { delimiter: ';', lineEnding: '\r\n' })).toBe('a;"b;c";"d""e"\r\n"f\ng";;h\r\n');
    expect(writeCsv(rows, { delimiter: ';', lineEnding: '\n', quoteAll: true, finalLineBreak: false })).toBe(
      '"a";"b;c";"d""e"\n"f\ng";"";"h"',
    );
  });

  it('writes a row of one empty field as "" so it is not a blank line', () => {
    expect(writeCsv([['x'], ['']], { delimiter: ';', lineEnding: '\n', finalLineBreak: false })).toBe('x\n""');
  });
});

/** Windows-1252 for the characters the generator below uses: ASCII and Latin-1 letters map to their own byte. */
function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new RangeError(`Not in this test's 1252 subset: ${char}`);
    return code;
  });
}

const syntaxChars = [';', ',', '\t', '"', '\r', '\n', ' '];
const danishChars = ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', 'ü'];
// Letters, digits and punctuation, without `<` (a cell could then start a web page, which the decoder refuses).
const plainChars = [...'abcXYZ019-./:()!?#&'];
const unicodeOnlyChars = ['€', '—', 'ł', '😀', '中'];

/**
 * Windows-1252 text is read as such only because it is not valid UTF-8. Letters from 0xC0 up are
 * UTF-8 lead bytes; followed by a byte from 0x80-0xBF they would form valid UTF-8, so the 1252
 * alphabet leaves out every character that encodes in that range (€, ½, « …).
 */
function table(chars: string[]): fc.Arbitrary<string[][]> {
  const cell = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((cs) => cs.join(''));
  return fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}

describe('property: what writeCsv writes, decodeText + parseCsv read back exactly', () => {
  const encodings: Encoding[] = ['utf-8', 'utf-8-bom', 'windows-1252'];
  const delimiters = [';', ',', '\t'];
  const lineEndings = ['\r\n', '\n'] as const;
  for (const encoding of encodings) {
    const chars = [...syntaxChars, ...danishChars, ...plainChars, ...(encoding === 'windows-1252' ? [] : unicodeOnlyChars)];
    for (const delimiter of delimiters) {
      for (const quoteAll of [false, true]) {
        for (const lineEnding of lineEndings) {
          for (const finalLineBreak of [true, false]) {
            const name = `${encoding}, ${JSON.stringify(delimiter)}, ${quoteAll ? 'all quoted' : 'minimal quoting'}, ${JSON.stringify(lineEnding)}${finalLineBreak ? ', final line break' : ''}`;
            it(name, () => {
              fc.assert(
                fc.property(table(chars), (rows) => {
                  const text = writeCsv(rows, { delimiter, lineEnding, quoteAll, finalLineBreak });
                  // A file of nothing but spaces and line breaks is "empty" to the decoder, by design.
                  fc.pre(text.trim() !== '');
                  const decoded = decodeText(encode(text, encoding));
                  expect(decoded.text).toBe(text);
                  const hasNonAscii = [...text].some((char) => char.charCodeAt(0) > 0x7f);
                  if (encoding === 'utf-8-bom') expect(decoded.encoding).toBe('utf-8-bom');
                  else if (encoding === 'windows-1252' && hasNonAscii) expect(decoded.encoding).toBe('windows-1252');
                  else expect(decoded.encoding).toBe('utf-8');
                  expect(parseCsv(decoded.text, delimiter).records).toEqual(rows);
                  // The import's table cuts each row when asked: the same cells.
                  const cells = textCellTable(decoded.text, delimiter);
                  expect(Array.from({ length: cells.rowCount }, (_, r) => cells.cells(r))).toEqual(rows);
                }),
                { numRuns: 60 },
              );
            });
          }
        }
      }
    }
  }
});
