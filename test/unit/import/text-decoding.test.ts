import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../shared/import/extract-result';
import { decodeText } from '../../../shared/import/text-decoding';
import { extractErrorCode } from '../../support/extract-error-code';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => Array.from(part)));
}

function codeOf(bytes: Uint8Array): string {
  return extractErrorCode(() => decodeText(bytes));
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode('Køn;Årskontrol\n');
    expect(decodeText(utf8)).toEqual({ text: 'Køn;Årskontrol\n', encoding: 'utf-8', notes: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Køn;Årskontrol\n', encoding: 'utf-8-bom', notes: [] });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Køn;Æble;€" in Windows-1252: ø = F8, Æ = C6, € = 80.
    const bytes = new Uint8Array([0x4b, 0xf8, 0x6e, 0x3b, 0xc6, 0x62, 0x6c, 0x65, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Køn;Æble;€', encoding: 'windows-1252', notes: [] });
  });

  it('reads the bytes Windows-1252 leaves unassigned as the WHATWG decoder does, as C1 controls', () => {
    const bytes = new Uint8Array([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x9f, 0xe6]);
    expect(decodeText(bytes)).toEqual({ text: 'A\u0081\u008d\u008f\u0090\u009dŸæ', encoding: 'windows-1252', notes: [] });
  });

  it('reads a file mixing UTF-8 and Windows-1252 sequence by sequence, and says so', () => {
    // "Søren" saved as UTF-8 (ø = C3 B8), "Ærø" by a program writing Windows-1252 (C6 72 F8).
    const bytes = concat(utf8('CPR-nr.;Navn\r\n0101011234;Søren '), [0xc6, 0x72, 0xf8], utf8('\r\n'));
    expect(decodeText(bytes)).toEqual({
      text: 'CPR-nr.;Navn\r\n0101011234;Søren Ærø\r\n',
      encoding: 'utf-8+windows-1252',
      notes: [
        {
          line: 0,
          reason: 'Filen blander to tegnsæt: 2 tegn er læst som Windows-1252 (det første i linje 2). Tjek navne med æ, ø og å i rapporten.',
        },
      ],
    });
  });

  it('reads a stray Windows-1252 byte after a UTF-8 BOM as its character, not U+FFFD', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], utf8('Navn\nÅse\nB'), [0xf8], utf8('rge\n'));
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Navn\nÅse\nBørge\n');
    expect(decoded.encoding).toBe('utf-8-bom+windows-1252');
    expect(decoded.notes.map((note) => note.reason)).toEqual([
      'Filen blander to tegnsæt: 1 tegn er læst som Windows-1252 (det første i linje 3). Tjek navne med æ, ø og å i rapporten.',
    ]);
  });

  it('warns about æ ø å saved as UTF-8 twice, naming the first line, and keeps the values as they are', () => {
    const text = 'Navn;By\r\nAnna;Odense\r\nSÃ¸ren;Ã†rÃ¸skÃ¸bing\r\nÃ…se;Ã˜lstykke\r\n';
    const decoded = decodeText(utf8(text));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.notes).toEqual([
      {
        line: 3,
        reason:
          'Filen ser ud til at være gemt som UTF-8 to gange: "Ã¸" står for "ø", første gang i linje 3 (6 steder i alt). Værdierne er indlæst, som de står: tjek navnene i rapporten, og tag et nyt udtræk fra XMO, hvis filen har været åbnet og gemt i et andet program.',
      },
    ]);
  });

  it('sees double encoding through Latin-1 too, and counts lone CRs as line breaks', () => {
    // Read as Latin-1, "Ø" (C3 98) becomes "Ã" and the control U+0098.
    const decoded = decodeText(utf8('Navn\rBo\rÃ\u0098stergaard\r'));
    expect(decoded.notes).toHaveLength(1);
    expect(decoded.notes[0]!.line).toBe(3);
    expect(decoded.notes[0]!.reason).toContain('står for "Ø", første gang i linje 3 (ét sted i alt)');
  });

  it('does not take a real "Ã" for double encoding', () => {
    expect(decodeText(utf8('Navn\nJoão Ãlvares\nÃ\n')).notes).toEqual([]);
  });

  it('reads UTF-16 with its BOM, as Excel writes "Unicode text"', () => {
    const little = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0xf8, 0x00, 0x6e, 0x00]);
    const big = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x00, 0xf8, 0x00, 0x6e]);
    expect(decodeText(little)).toEqual({ text: 'Køn', encoding: 'utf-16le', notes: [] });
    expect(decodeText(big)).toEqual({ text: 'Køn', encoding: 'utf-16be', notes: [] });
  });

  it('refuses empty files, also when they hold only a BOM or blank lines', () => {
    expect(codeOf(new Uint8Array())).toBe('empty');
    expect(codeOf(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('empty');
    expect(codeOf(new TextEncoder().encode(' \r\n\r\n\t'))).toBe('empty');
  });

  it('refuses binary files: NUL bytes, many control bytes, old Excel', () => {
    expect(codeOf(new Uint8Array([0x43, 0x50, 0x52, 0x00, 0x3b]))).toBe('binary');
    expect(codeOf(Uint8Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)))).toBe('binary');
    const ole = new Uint8Array(64);
    ole.set([0xd0, 0xcf, 0x11, 0xe0]);
    try {
      decodeText(ole);
      expect.unreachable();
    } catch (error) {
      expect((error as ExtractError).code).toBe('binary');
      expect((error as ExtractError).message).toContain('gamle Excel-format');
    }
  });

  it('refuses HTML, also after a BOM and leading blank lines', () => {
    const page = '\r\n  <html><body><table><tr><td>CPR-nr.</td></tr></table></body></html>';
    expect(codeOf(new TextEncoder().encode(page))).toBe('html');
    expect(codeOf(new TextEncoder().encode('\ufeff<!DOCTYPE html><html></html>'))).toBe('html');
    expect(codeOf(new TextEncoder().encode('<table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(codeOf(new TextEncoder().encode('<Udtrukket>;CPR\n'))).toBe('no error');
  });
});
