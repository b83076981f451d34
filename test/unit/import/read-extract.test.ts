import { describe, expect, it } from 'vitest';
import { utils, write, type CellObject } from 'xlsx';
import type { CarePlan } from '../../../shared/care-plan';
import { writeCsv } from '../../../shared/import/csv';
import { extractReadSchema, namedCells, type ExtractInput, type ExtractRead, type RowProgress } from '../../../shared/import/extract-result';
import { headerSetKey } from '../../../shared/import/headers';
import { rawRowList } from '../../../shared/import/raw-rows';
import { readExtract } from '../../../shared/import/read-extract';
import { extractErrorCode } from '../../support/extract-error-code';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(text: string, options: Partial<ExtractInput> = {}, onRows?: RowProgress): ExtractRead {
  const result = readExtract({ bytes: utf8(text), fileName: 'udtraek_2026-05-31.csv', ...options }, onRows);
  expect(() => extractReadSchema.parse(result)).not.toThrow();
  return result;
}

function patient(result: ExtractRead, cpr: string): CarePlan {
  const found = result.patients.find((plan) => plan.cpr === cpr);
  if (found === undefined) throw new Error(`No patient ${cpr}`);
  return found;
}

describe('delimiter, preamble and header row', () => {
  it('finds the header after a preamble and picks the delimiter that gives it a CPR column', () => {
    const text = 'Praksis: Lægerne i Sydhavnen, Kbh.\nUdtrukket: 21-11-2026\n\nNavn, fornavn;CPR-nr.;Årskontrol\n"Hansen, Ib";610190-1235;01-02-2026\n';
    const result = read(text, { fileName: 'x.csv' });
    expect(result.delimiter).toBe(';');
    expect(result.extractDate).toBe('2026-11-21');
    expect(result.columns.map((column) => [column.header, column.field])).toEqual([
      ['Navn, fornavn', null],
      ['CPR-nr.', 'cpr'],
      ['Årskontrol', 'annual_check'],
    ]);
    expect(rawRowList(result.raw)).toEqual([{ line: 5, cells: ['Hansen, Ib', '610190-1235', '01-02-2026'] }]);
    expect(namedCells(rawRowList(result.raw)[0]!.cells, result.columns)).toEqual({ 'Navn, fornavn': 'Hansen, Ib', 'CPR-nr.': '610190-1235', Årskontrol: '01-02-2026' });
  });

  it("reads an export using DSAM's word årsstatus as the annual check", () => {
    const result = read('CPR-nr.;Seneste årsstatus:;Øjenlægekontrol\n6101901235;01-02-2026;\n');
    expect(result.columns.map((column) => column.field)).toEqual(['cpr', 'annual_check', 'eye_exam']);
    expect(patient(result, '6101901235').annualCheck).toBe('2026-02-01');
  });

  it('reads TAB and comma files and a preamble written across cells', () => {
    expect(read('CPR\tÅrskontrol\n6101901235\t01-02-2026').delimiter).toBe('\t');
    const comma = read('Udtræksdato:,31.05.2026,,\nCPR,Øjenscreening\n6101901235,2026-01-02', { fileName: 'x.csv' });
    expect(comma.delimiter).toBe(',');
    expect([comma.extractDate, comma.extractDateSource]).toEqual(['2026-05-31', 'preamble']);
  });

  it('does not look for the header beyond 10 preamble lines', () => {
    const preamble = Array.from({ length: 11 }, (_, i) => `Linje ${i + 1}`).join('\n');
    expect(extractErrorCode(() => read(`${preamble}\nCPR;Årskontrol\n6101901235;01-02-2026`))).toBe('no_header');
    const tenLines = Array.from({ length: 10 }, (_, i) => `Linje ${i + 1}`).join('\n');
    expect(rawRowList(read(`${tenLines}\nCPR;Årskontrol\n6101901235;01-02-2026`).raw)[0]?.line).toBe(12);
  });

  it('skips empty rows silently; rejected rows are counted and kept raw', () => {
    const result = read('CPR;Årskontrol;Noter\n\n;;\n6101901235;01-02-2026;\n;01-02-2026;glemt\n 12345 ;;\n');
    expect(result.rowsRead).toBe(3);
    expect(rawRowList(result.raw).map((row) => row.line)).toEqual([4, 5, 6]);
    expect(result.rejected).toEqual([
      { line: 5, reason: 'CPR-nummeret mangler' },
      { line: 6, reason: 'CPR-nummeret 12345 har 5 cifre, ikke 10' },
    ]);
    expect(result.patients).toHaveLength(1);
    expect(result.unknownColumns).toEqual(['Noter']);
  });
});

describe('extract date', () => {
  const body = 'CPR;Årskontrol\n6101901235;01-02-2025\n';

  it.each([
    ['Udtrukket: 21-11-2026', '2026-11-21'],
    ['Udtræksdato: 2026-11-21', '2026-11-21'],
    ['Dato: 21/11/2026 08:15', '2026-11-21'],
    ['udtrukket 21.11.2026', '2026-11-21'],
  ])('from the preamble line %j', (line, date) => {
    const result = read(`${line}\n${body}`, { fileName: 'udtraek_2020-01-01.csv' });
    expect([result.extractDate, result.extractDateSource]).toEqual([date, 'preamble']);
  });

  it.each([
    ['udtraek_2026-11-21.csv', '2026-11-21'],
    ['udtraek_21112026.csv', '2026-11-21'],
    ['C:\\Eksport\\2025-01-01\\forløb 21-11-2026.txt', '2026-11-21'],
    ['/home/læge/udtraek 30112025 (2).csv', '2025-11-30'],
  ])('from the file name %j', (fileName, date) => {
    const result = read(body, { fileName });
    expect([result.extractDate, result.extractDateSource]).toEqual([date, 'file_name']);
  });

  it('falls back to the file modification date, and the override wins over all', () => {
    expect(read(body, { fileName: 'udtraek.csv', fileModified: '2026-05-31' })).toMatchObject({
      extractDate: '2026-05-31',
      extractDateSource: 'file_modified',
    });
    const overridden = read(`Udtrukket: 21-11-2026\n${body}`, { extractDateOverride: '2026-12-01' });
    expect([overridden.extractDate, overridden.extractDateSource]).toEqual(['2026-12-01', 'override']);
    expect(overridden.notes).toContainEqual({ line: 0, reason: 'Udtræksdatoen er sat til 01-12-2026, selv om filen angiver 21-11-2026' });
  });

  it('notes an unreadable preamble date and uses the next source', () => {
    const result = read(`Udtrukket: 21-11-26\n${body}`, { fileName: 'udtraek_30112026.csv' });
    expect([result.extractDate, result.extractDateSource]).toEqual(['2026-11-30', 'file_name']);
    expect(result.notes[0]?.reason).toContain('Udtræksdatoen i linje 1 kunne ikke læses');
  });

  it('refuses without any date, and refuses impossible dates from the caller', () => {
    expect(extractErrorCode(() => read(body, { fileName: 'udtraek.csv' }))).toBe('no_extract_date');
    expect(extractErrorCode(() => read(body, { extractDateOverride: '2026-02-30' }))).toBe('no_extract_date');
    expect(extractErrorCode(() => read(body, { fileName: 'x.csv', fileModified: '31-05-2026' }))).toBe('no_extract_date');
  });

  it('measures future dates against the extract date found', () => {
    const result = read(`Udtrukket: 31-01-2025\n${body}`);
    expect(patient(result, '6101901235').annualCheck).toBeNull();
    expect(result.warnings).toEqual([
      { line: 3, column: 'Årskontrol', reason: 'Datoen 01-02-2025 ligger efter udtræksdatoen 31-01-2025', raw: '01-02-2025' },
    ]);
  });
});

describe('fields', () => {
  it('reads every field, with units and decimal commas, and applies the defaults', () => {
    const header =
      'CPR-nr.;Navn;Køn;Praksis;Læge;Diagnose;Primært behandlingssted;HbA1c (mmol/mol);HbA1c dato;Behandlingsmål HbA1c;BT;U-ALB;Rygestatus;ACE/AT2;Statiner;Årskontrol;Øjenlægekontrol;Fodterapeut;Kommunalt tilbud;Telefon';
    const full = '610190-1235;Ib Hansen;K;Lægehuset;Dr. Ø;T89;Hospital;7,2;01-03-2026;53;138/84;45;Ja;x;N;01-02-2026;2025-01-02;3.4.2024;1;12 34 56 78';
    const sparse = '6202851234;;;;;;;;;;;;Ukendt;;;;;;;';
    const result = read(`${header}\n${full}\n${sparse}\n`);
    expect(patient(result, '6101901235')).toEqual({
      cpr: '6101901235',
      birthDate: '1990-01-01',
      name: 'Ib Hansen',
      sex: 'K',
      practice: 'Lægehuset',
      gp: 'Dr. Ø',
      diabetesType: 1,
      primarySite: 'hospital',
      hba1c: 55,
      hba1cDate: '2026-03-01',
      hba1cTarget: 53,
      bpSystolic: 138,
      bpDiastolic: 84,
      ualb: '30-299',
      smoking: true,
      aceAt2: true,
      statin: false,
      annualCheck: '2026-02-01',
      eyeExam: '2025-01-02',
      footExam: '2024-04-03',
      rehab: true,
      phone: '12 34 56 78',
    });
    expect(patient(result, '6202851234')).toMatchObject({
      birthDate: '1985-02-02',
      sex: 'K',
      diabetesType: 2,
      primarySite: 'general_practice',
      smoking: null,
      // The ACE/AT2 column holds only x ticks, so its empty cell means no.
      aceAt2: false,
    });
    expect(result.notes).toEqual([{ line: 2, reason: 'HbA1c 7,2 er læst som DCCT-procent og omregnet til 55 mmol/mol' }]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about unusable cells, keeps the raw value and treats the field as missing', () => {
    const result = read('CPR;Køn;HbA1c;Systolisk BT;Årskontrol\n6101901235;X;250;59;32-01-2026\n');
    expect(patient(result, '6101901235')).toMatchObject({ sex: 'M', hba1c: null, bpSystolic: null, annualCheck: null });
    expect(result.warnings.map((warning) => [warning.line, warning.column, warning.raw])).toEqual([
      [2, 'Køn', 'X'],
      [2, 'HbA1c', '250'],
      [2, 'Systolisk BT', '59'],
      [2, 'Årskontrol', '32-01-2026'],
    ]);
    expect(namedCells(rawRowList(result.raw)[0]!.cells, result.columns)['HbA1c']).toBe('250');
  });

  it('lets separate systolic/diastolic columns win over a combined BP column', () => {
    const result = read('CPR;BT;Diastolisk BT;Årskontrol\n6101901235;138/84;80;\n6202851234;140/90;;\n');
    expect(patient(result, '6101901235')).toMatchObject({ bpSystolic: 138, bpDiastolic: 80 });
    expect(patient(result, '6202851234')).toMatchObject({ bpSystolic: 140, bpDiastolic: 90 });
  });

  it('reads an empty cell in a column of x ticks as no', () => {
    const result = read('CPR;Statin;ACE/AT2;Årskontrol\n6101901235;x;;\n6202851234;;Nej;\n');
    expect(patient(result, '6101901235')).toMatchObject({ statin: true, aceAt2: null });
    expect(patient(result, '6202851234')).toMatchObject({ statin: false, aceAt2: false });
  });

  it('tells each yes/no column of ticks from the others, however far down its first other word is', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `01019012${String(i).padStart(2, '0')};${i % 2 ? 'x' : ''};${i === 40 ? 'Ja' : i === 10 ? '' : 'x'};${i % 3 ? '' : 'X'};`);
    const result = read(`CPR;Statin;ACE/AT2;Rehabilitering;Årskontrol\n${rows.join('\n')}\n`);
    expect(patient(result, '0101901200')).toMatchObject({ statin: false, aceAt2: true, rehab: true });
    expect(patient(result, '0101901201')).toMatchObject({ statin: true, aceAt2: true, rehab: false });
    expect(patient(result, '0101901240')).toMatchObject({ statin: false, aceAt2: true, rehab: false });
    // Not a column of ticks (row 40 says Ja): its empty cell is not registered, not a no.
    expect(patient(result, '0101901210')).toMatchObject({ aceAt2: null });
  });

  it('keeps a column without a header when some row has data in it, however far down', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `01019012${String(i).padStart(2, '0')};;01-02-2026${i === 25 ? ';;"note; with a delimiter"' : ''}`);
    const result = read(`CPR;;Årskontrol\n${rows.join('\n')}\n`);
    expect(result.unknownColumns).toEqual(['Kolonne 5']);
    expect(namedCells(rawRowList(result.raw)[25]!.cells, result.columns)).toEqual({ CPR: '0101901225', Årskontrol: '01-02-2026', 'Kolonne 5': 'note; with a delimiter' });
  });
});

describe('column mapping', () => {
  const text = 'Pers.nr;Sidste kontrol;Årskontrol;Navn\n6101901235;01-02-2026;01-01-2020;Ib\n';

  it('refuses an unrecognised CPR column and names the headers it saw, with their first values', () => {
    try {
      read(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'no_cpr_column',
        headers: ['Pers.nr', 'Sidste kontrol', 'Årskontrol', 'Navn'],
        samples: [['610190-••••'], ['01-02-2026'], ['01-01-2020'], ['Ib']],
      });
    }
  });

  it('gives the first three non-empty values of each header, skipping empty cells and a headerless column', () => {
    const sparse = 'Pers.nr;;Årskontrol;Navn\n6101901235;x;;Ib\n6201901234;y;;\n630190-1233;;02-02-2026;Bo\n640190-1232;;03-02-2026;Al\n650190-1231;;04-02-2026;Jo\n';
    try {
      read(sparse);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        headers: ['Pers.nr', 'Årskontrol', 'Navn'],
        samples: [
          ['610190-••••', '620190-••••', '630190-••••'],
          ['02-02-2026', '03-02-2026', '04-02-2026'],
          ['Ib', 'Bo', 'Al'],
        ],
      });
    }
  });

  it("follows the user's mapping, including ignoring a recognised column", () => {
    const result = read(text, { columnMapping: { 'Pers.nr': 'cpr', 'Sidste kontrol': 'annual_check', Årskontrol: null } });
    expect(patient(result, '6101901235').annualCheck).toBe('2026-02-01');
    expect(result.unknownColumns).toEqual(['Årskontrol']);
  });

  it('refuses a mapping to a field that does not exist', () => {
    expect(() => read(text, { columnMapping: { 'Pers.nr': 'personnummer' as never } })).toThrow();
  });

  it('refuses a file where no follow-up column can be found', () => {
    expect(extractErrorCode(() => read('CPR;Navn\n6101901235;Ib\n'))).toBe('no_follow_up_column');
  });

  const english = 'Patient ID;Full name;Annual review;Eye screening\n610190-1235;Ib;01-02-2026;\n';

  it('offers the row that looks like headers when it recognises none of them', () => {
    try {
      read(english);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'no_header',
        headers: ['Patient ID', 'Full name', 'Annual review', 'Eye screening'],
        samples: [['610190-••••'], ['Ib'], ['01-02-2026'], []],
      });
    }
    const result = read(english, { columnMapping: { 'Patient ID': 'cpr', 'Full name': 'name', 'Annual review': 'annual_check' } });
    expect(result.headers).toEqual(['Patient ID', 'Full name', 'Annual review', 'Eye screening']);
    expect(patient(result, '6101901235')).toMatchObject({ name: 'Ib', annualCheck: '2026-02-01' });
    expect(result.unknownColumns).toEqual(['Eye screening']);
  });

  it('offers no headers for text that has no header-like row followed by data', () => {
    for (const text of ['Kære kollega, tak for sidst, vi ses, hilsen\nIb, Bo, Anna og Per\n', 'a;b;c\nd;e;f\n', 'Foo;Foo;Bar\n1;2;3\n']) {
      try {
        read(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ code: 'no_header', headers: [] });
      }
    }
  });

  it('gives the same header-set key to the same headers in any order, case or spacing', () => {
    expect(headerSetKey(['Patient ID', 'Annual review'])).toBe(headerSetKey([' annual  review ', 'PATIENT ID', '']));
    expect(headerSetKey(['Patient ID', 'Annual review'])).not.toBe(headerSetKey(['Patient ID', 'Annual review', 'Notes']));
  });

  it('tells how far it has read, ending at all rows, and stops when told to', () => {
    const rows = Array.from({ length: 4500 }, (_, i) => `610190-${String(1000 + i).padStart(4, '0')};01-02-2026`);
    const text = ['CPR;Årskontrol', ...rows].join('\n');
    const seen: [number, number][] = [];
    read(text, {}, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([[0, 4500], [2000, 4500], [4000, 4500], [4500, 4500]]);
    expect(() =>
      readExtract({ bytes: utf8(text), fileName: 'udtraek_2026-05-31.csv' }, (done) => {
        if (done > 0) throw new Error('annulleret');
      }),
    ).toThrow('annulleret');
  });
});

describe('duplicate CPR numbers', () => {
  it('merges field by field: later dates win, HbA1c goes with its date, the rest from the latest annual check', () => {
    const rows = [
      ['CPR-nr.', 'Navn', 'Telefon', 'Køn', 'HbA1c', 'HbA1c dato', 'Systolisk BT', 'Diastolisk BT', 'Årskontrol', 'Øjenlægekontrol', 'Fodterapeut', 'Statin'],
      ['610190-1235', 'Gammelt navn', '11111111', '', '60', '01-06-2024', '150', '95', '01-01-2024', '01-03-2025', '', 'Ja'],
      ['6101901235', 'Nyt navn', '', '', '50', '01-03-2025', '', '', '01-01-2025', '01-01-2023', '01-02-2024', ''],
      ['6202851234', 'Anden', '', '', '', '', '', '', '', '', '', ''],
      ['610190-1235', '', '', 'K', '70', '', '130', '', '', '', '', 'Nej'],
    ];
    const result = read(writeCsv(rows, { delimiter: ';', lineEnding: '\r\n' }));
    expect(result.rowsRead).toBe(4);
    expect(result.patients.map((plan) => plan.cpr)).toEqual(['6101901235', '6202851234']);
    expect(patient(result, '6101901235')).toMatchObject({
      name: 'Nyt navn',
      phone: '11111111',
      sex: 'K',
      hba1c: 50,
      hba1cDate: '2025-03-01',
      bpSystolic: 150,
      bpDiastolic: 95,
      annualCheck: '2025-01-01',
      eyeExam: '2025-03-01',
      footExam: '2024-02-01',
      statin: true,
    });
    expect(result.notes).toEqual([
      { line: 3, reason: 'CPR 610190-1235 står også i linje 2; rækkerne er lagt sammen felt for felt (seneste dato vinder)' },
      { line: 5, reason: 'CPR 610190-1235 står også i linje 2; rækkerne er lagt sammen felt for felt (seneste dato vinder)' },
    ]);
  });

  it('prefers a stated sex, diagnosis and site over the defaults of another row', () => {
    const result = read('CPR;Diagnose;Behandlingssted;Årskontrol\n6101901235;T89;Sygehus;01-01-2024\n6101901235;;;01-01-2025\n');
    expect(patient(result, '6101901235')).toMatchObject({ diabetesType: 1, primarySite: 'hospital', annualCheck: '2025-01-01' });
  });
});

describe('xlsx', () => {
  function workbook(sheets: Record<string, (string | number | CellObject | null)[][]>, date1904 = false): Uint8Array {
    const book = utils.book_new();
    for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
    if (date1904) book.Workbook = { WBProps: { date1904: true } };
    return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  }
  const dateCell = (serial: number): CellObject => ({ t: 'n', v: serial, z: 'dd-mm-yyyy' });

  it('prefers a sheet named like Forløbsplaner, reads date cells and serials, never by file name', () => {
    const bytes = workbook({
      Noter: [['CPR', 'Årskontrol'], ['6101901234', '01-01-2020']],
      'Udtræk 2026': [
        ['Udtrukket:', dateCell(46173)],
        ['CPR', 'Årskontrol', 'Øjenlægekontrol', 'HbA1c', 'Statin'],
        ['6101901235', dateCell(45677), 45678, 48, { t: 'b', v: true }],
        [{ t: 'n', v: 6202851234, z: '0000000000' }, '2025-01-20', null, 7.2, { t: 'b', v: false }],
      ],
    });
    const result = readExtract({ bytes, fileName: 'udtraek.csv' });
    expect(() => extractReadSchema.parse(result)).not.toThrow();
    expect(result).toMatchObject({ format: 'xlsx', sheet: 'Udtræk 2026', extractDate: '2026-05-31', extractDateSource: 'preamble' });
    expect(patient(result, '6101901235')).toMatchObject({ annualCheck: '2025-01-20', eyeExam: '2025-01-21', hba1c: 48, statin: true });
    expect(patient(result, '6202851234')).toMatchObject({ annualCheck: '2025-01-20', hba1c: 55, statin: false });
    expect(rawRowList(result.raw).map((row) => row.line)).toEqual([3, 4]);
    expect(namedCells(rawRowList(result.raw)[0]!.cells, result.columns)).toEqual({ CPR: '6101901235', Årskontrol: '2025-01-20', Øjenlægekontrol: '45678', HbA1c: '48', Statin: 'Ja' });
  });

  it('falls back to the first sheet with a header row, and honours the 1904 date system', () => {
    const bytes = workbook(
      {
        Forside: [['Rapport'], ['Ingen tabel her']],
        Data: [['CPR', 'Årskontrol'], ['6101901235', dateCell(44215)]],
      },
      true,
    );
    const result = readExtract({ bytes, fileName: 'udtraek_31052026.xlsx' });
    expect(result.sheet).toBe('Data');
    expect(patient(result, '6101901235').annualCheck).toBe('2025-01-20');
  });

  it('refuses a workbook without any header row', () => {
    const bytes = workbook({ Ark1: [['hej'], ['med dig']] });
    expect(extractErrorCode(() => readExtract({ bytes, fileName: 'x_31052026.xlsx' }))).toBe('no_header');
  });
});
