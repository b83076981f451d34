import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../shared/import/extract-result';
import { decodeText } from '../../../shared/import/text-decoding';
import { extractErrorCode } from '../../support/extract-error-code';

function codeOf(bytes: Uint8Array): string {
  return extractErrorCode(() => decodeText(bytes));
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode('Køn;Årskontrol\n');
    expect(decodeText(utf8)).toEqual({ text: 'Køn;Årskontrol\n', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Køn;Årskontrol\n', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Køn;Æble;€" in Windows-1252: ø = F8, Æ = C6, € = 80.
    const bytes = new Uint8Array([0x4b, 0xf8, 0x6e, 0x3b, 0xc6, 0x62, 0x6c, 0x65, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Køn;Æble;€', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with its BOM, as Excel writes "Unicode text"', () => {
    const little = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0xf8, 0x00, 0x6e, 0x00]);
    const big = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x00, 0xf8, 0x00, 0x6e]);
    expect(decodeText(little)).toEqual({ text: 'Køn', encoding: 'utf-16le' });
    expect(decodeText(big)).toEqual({ text: 'Køn', encoding: 'utf-16be' });
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
