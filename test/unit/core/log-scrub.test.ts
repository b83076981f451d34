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

  it.each([
    ['dash', '010180-1234'],
    ['nothing', '0101801234'],
    ['dot', '010180.1234'],
    ['space', '010180 1234'],
    ['slashes in the date', '01/01/80-1234'],
    ['dots in the date', '01.01.80-1234'],
  ])('removes a CPR number written with %s: %s', (_how, number) => {
    expect(scrubText(`CPR ${number} mangler`)).toBe('CPR [cpr] mangler');
    expect(scrubText(`cpr:${number}.`)).toBe('cpr:[cpr].');
  });

  it.each([
    ['dashes', '20-30-40-50'],
    ['dots', '20.30.40.50'],
    ['country code and pairs', '+45 20 30 40 50'],
    ['0045 and dashes', '0045-20-30-40-50'],
    ['fours', '2030 4050'],
    ['dashed fours', '2030-4050'],
    ['nothing', '20304050'],
  ])('removes a phone number written with %s: %s', (_how, number) => {
    expect(scrubText(`tlf. ${number}, ring`)).toBe('tlf. [telefon], ring');
  });

  it('removes names in capitals, and the register\'s "Efternavn, Fornavn"', () => {
    expect(scrubText('patient JENS HANSEN mangler')).toBe('patient [navn] mangler');
    expect(scrubText('BODIL MØLGAARD-HANSEN ringede')).toBe('[navn] ringede');
    expect(scrubText('Jens HANSEN ringede')).toBe('[navn] ringede');
    expect(scrubText('fil Hansen, Jens 2.csv')).toBe('fil [navn] 2.csv');
    expect(scrubText('Mølgaard-Hansen, Bodil Marie er ringet op')).toBe('[navn] er ringet op');
    expect(scrubText('HANSEN,JENS')).toBe('[navn]');
  });

  it('scrubs the whole of a file named after a patient', () => {
    expect(scrubText('Hansen, Jens 20 30 40 50 0101801234.csv')).toBe('[navn] [telefon] [cpr].csv');
  });

  it('leaves codes, counts, ids, class names and ISO dates and times alone', () => {
    for (const kept of [
      'summary.tampered', 'import.needs_confirmation', 'extract.no_extract_date', 'ENOENT', 'ERR_WORKER_OUT_OF_MEMORY',
      'ExtractRefusedError', 'contract.refused', '2026-11-23', '2026-11-23T08:00:00.000Z', '23.11.2026', '1.234', '12345', 'job-12',
      'network:import', 'CPR', 'Filen er ikke læst, prøv igen.',
    ]) {
      expect(scrubText(kept), kept).toBe(kept);
    }
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
