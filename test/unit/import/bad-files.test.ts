import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError, type ExtractErrorCode } from '../../../shared/import/extract-result';
import { readExtract } from '../../../shared/import/read-extract';

const uglyDir = new URL('../../fixtures/ugly/', import.meta.url);

function refusal(fileName: string): ExtractError {
  const bytes = new Uint8Array(readFileSync(new URL(fileName, uglyDir)));
  try {
    readExtract({ bytes, fileName });
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
  throw new Error(`${fileName} was read`);
}

// Each file in test/fixtures/ugly (made by make-ugly-files.mjs), the code it must be refused with,
// and words from the Danish message that tell the user what is wrong.
const cases: [file: string, code: ExtractErrorCode, words: string][] = [
  ['tom.csv', 'empty', 'Filen er tom'],
  ['binaer.csv', 'binary', 'binære data'],
  ['gammelt-format.xls', 'binary', 'gamle Excel-format'],
  ['webside.xls', 'html', 'webside'],
  ['ingen-cpr_2026-05-31.csv', 'no_cpr_column', 'ingen kolonne med CPR-numre'],
  ['ingen-opfoelgning_2026-05-31.csv', 'no_follow_up_column', 'årskontrol/årsstatus, øjenundersøgelse eller fodundersøgelse'],
  ['ingen-raekker_2026-05-31.csv', 'no_data_rows', 'ingen rækker med patienter'],
  ['lang-linje_2026-05-31.csv', 'line_too_long', 'Linje 3 er længere end 5.000 tegn'],
  ['uafsluttet-citat_2026-05-31.csv', 'unterminated_quote', 'linje 3'],
  ['ingen-dato.csv', 'no_extract_date', 'Udtræksdatoen står hverken i filen eller i filnavnet'],
  ['engelske-overskrifter_2026-05-31.csv', 'no_header', 'kolonneoverskrifter som "CPR-nr." og "Årskontrol"'],
  ['afkortet.xlsx', 'unreadable_xlsx', 'Excel-filen kan ikke åbnes'],
  ['beskadiget.xlsx', 'unreadable_xlsx', 'Excel-filen kan ikke åbnes'],
  ['mangler-ark.xlsx', 'unreadable_xlsx', 'Excel-filen kan ikke åbnes'],
];

describe('files that are not readable care-plan extracts', () => {
  it.each(cases)('%s is refused as %s', (file, code, words) => {
    const error = refusal(file);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
  });

  it('names the columns it saw when the CPR column is missing, for the mapping dialog', () => {
    expect(refusal('ingen-cpr_2026-05-31.csv').headers).toEqual(['Navn', 'Køn', 'Årskontrol', 'Øjenlægekontrol']);
    expect(refusal('ingen-opfoelgning_2026-05-31.csv').headers).toEqual(['CPR-nr.', 'Navn', 'HbA1c']);
    expect(refusal('engelske-overskrifter_2026-05-31.csv').headers).toEqual([
      'Patient ID', 'Full name', 'Annual review', 'Eye screening', 'Foot check', 'HbA1c (mmol/mol)', 'Notes',
    ]);
  });

  it('treats a binary file named .xlsx as a damaged workbook', () => {
    const bytes = new Uint8Array(readFileSync(new URL('binaer.csv', uglyDir)));
    expect(() => readExtract({ bytes, fileName: 'udtraek.xlsx' })).toThrow(
      expect.objectContaining({ code: 'unreadable_xlsx' }),
    );
  });

  it('refuses every truncation of a real workbook quickly instead of hanging', () => {
    const workbook = new Uint8Array(readFileSync(new URL('../samples/case-202/udtraek_1_30112025.xlsx', uglyDir)));
    const started = performance.now();
    for (let length = 4; length < workbook.length; length += 97) {
      expect(() => readExtract({ bytes: workbook.subarray(0, length), fileName: 'x.xlsx' })).toThrow(
        expect.objectContaining({ code: 'unreadable_xlsx' }),
      );
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
