import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonGsmCharacters, smsLength } from '../../../shared/outputs/sms-length';

// GSM 03.38 as the standard prints it, row by row (the escape code 0x1B left out).
const basicSet = [
  '@£$¥èéùìòÇ\nØø\rÅå',
  'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ',
  ' !"#¤%&\'()*+,-./',
  '0123456789:;<=>?',
  '¡ABCDEFGHIJKLMNO',
  'PQRSTUVWXYZÄÖÑÜ§',
  '¿abcdefghijklmno',
  'pqrstuvwxyzäöñüà',
].join('');
const extensionTable = ['€', '[', ']', '{', '}', '^', '~', '\\', '|'];

describe('SMS length', () => {
  it('counts every character of the GSM basic set once, Danish letters included', () => {
    expect(Array.from(basicSet)).toHaveLength(127);
    expect(smsLength(basicSet)).toEqual({ encoding: 'gsm7', characters: 127, segments: 1, perSegment: 160 });
    for (const char of 'æøåÆØÅ') expect(smsLength(char).characters).toBe(1);
  });

  it('counts each character of the extension table twice', () => {
    for (const char of extensionTable) expect(smsLength(char)).toMatchObject({ encoding: 'gsm7', characters: 2 });
    expect(smsLength(`Pris: 100 €`).characters).toBe(12);
  });

  it('holds 160 characters in one SMS and 153 in each part beyond', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', characters: 160, segments: 1, perSegment: 160 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', characters: 161, segments: 2, perSegment: 153 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
    // 159 + € is 161: two SMS, although it reads as 160 characters.
    expect(smsLength(`${'a'.repeat(159)}€`)).toMatchObject({ characters: 161, segments: 2 });
    expect(smsLength('')).toMatchObject({ characters: 0, segments: 0 });
  });

  it('never splits an extension character between two parts', () => {
    // 152 + € would be 154 in the first part: the € moves on, and the third part starts one later.
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ characters: 306, segments: 3 });
    expect(smsLength(`${'a'.repeat(151)}€${'a'.repeat(153)}`)).toMatchObject({ characters: 306, segments: 2 });
  });

  it('sends the whole message as UCS-2 for one character outside the alphabet: 70, then 67 a part', () => {
    expect(smsLength(`${'a'.repeat(69)}”`)).toEqual({ encoding: 'ucs2', characters: 70, segments: 1, perSegment: 70 });
    expect(smsLength(`${'a'.repeat(70)}”`)).toEqual({ encoding: 'ucs2', characters: 71, segments: 2, perSegment: 67 });
    expect(smsLength('Hej 😀').characters).toBe(6);
    expect(nonGsmCharacters('Hej “Anna” 😀 æ€')).toEqual(['“', '”', '😀']);
    // In UCS-2 an extension character is one like any other.
    expect(smsLength('€”').characters).toBe(2);
  });

  it('property: parts are as few as fit, each at most 153 (or 67), and more than one only over 160 (or 70)', () => {
    const gsmText = fc.string({ unit: fc.constantFrom('a', 'æ', ' ', '€', '{', '\n'), maxLength: 700 });
    fc.assert(
      fc.property(gsmText, (text) => {
        const length = smsLength(text);
        expect(length.encoding).toBe('gsm7');
        if (length.characters <= 160) expect(length.segments).toBe(length.characters === 0 ? 0 : 1);
        else expect(length.segments).toBeGreaterThanOrEqual(Math.ceil(length.characters / 153));
        expect(length.segments).toBeLessThanOrEqual(Math.max(1, Math.ceil(length.characters / 152)));
      }),
    );
  });
});
