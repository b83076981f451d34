import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubText, scrubValue } from '../../../core/log-scrub';

describe('log scrubbing', () => {
  it('removes CPR numbers in every common spelling', () => {
    expect(scrubText('CPR 0801362798 og 080136-2798 og 080136 2798')).toBe('CPR [cpr] og [cpr] og [cpr]');
  });

  it('removes phone numbers with or without country code and spacing', () => {
    expect(scrubText('tlf 83637397, +45 83637397, 0045 8363 7397, 83 63 73 97')).toBe('tlf [telefon], [telefon], [telefon], [telefon]');
  });

  it('removes names of two or more capitalised words, with Danish letters and hyphens', () => {
    expect(scrubText('Patient Bodil Mølgaard-Hansen mangler')).toBe('[navn] mangler');
    expect(scrubText('Fra Jens Peter Ørsted, og Åse Ærø')).toBe('[navn], og [navn]');
    expect(scrubText('Hans von Sydow')).toBe('[navn]');
  });

  it('hides whatever is quoted, since quotes hold cell values', () => {
    expect(scrubText("Ugyldig værdi 'Kirsten' i kolonnen Navn")).toBe("Ugyldig værdi '[skjult]' i kolonnen Navn");
  });

  it("keeps the app's own Danish sentences, numbers and dates readable", () => {
    const message = 'Filen er ikke et udtræk af forløbsplaner: linje 12 mangler kolonnen CPR (2026-11-23, 1.234 rækker).';
    expect(scrubText(message)).toBe(message);
  });

  it('scrubs nested details and leaves numbers alone', () => {
    expect(scrubValue({ a: ['0801362798', { b: 'Jens Andersen' }], n: 83637397 })).toEqual({ a: ['[cpr]', { b: '[navn]' }], n: 83637397 });
  });

  it('never lets a ten-digit CPR through, wherever it stands in a text', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^\d{6}-?\d{4}$/), fc.string(), (before, cpr, after) => {
        const text = `${before} ${cpr} ${after}`;
        expect(scrubText(text)).not.toContain(cpr);
      }),
    );
  });
});
