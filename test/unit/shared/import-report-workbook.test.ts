import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/import-report';
import { importReportFileName, importReportWorkbook } from '../../../shared/import-report-workbook';

const report: ImportReport = {
  batchId: 3,
  fileName: 'udtraek_2.txt',
  extractDate: '2026-05-31',
  extractDateSource: 'preamble',
  rowsRead: 30,
  patientsImported: 28,
  patientsNew: 2,
  patientsChanged: 5,
  patientsAbsent: 1,
  rowsRejected: 1,
  rejected: [{ line: 14, reason: 'CPR-nummeret har ikke 10 cifre' }],
  warnings: [{ line: 9, column: 'Årskontrol', reason: 'Datoen ligger efter udtræksdatoen', raw: '=HYPERLINK("http://x","klik")' }],
  notes: [],
  unknownColumns: ['Bemærkning'],
  absentChecks: ['foot'],
  absentFields: ['foot_exam', 'rehab'],
  isCurrent: true,
  duplicateOf: null,
};

describe('import report workbook', () => {
  const book = XLSX.read(importReportWorkbook(report), { type: 'array' });

  it('holds the figures and every rejected row and warning with its line', () => {
    expect(book.SheetNames).toEqual(['Oversigt', 'Afviste rækker', 'Advarsler', 'Bemærkninger']);
    const overview = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Oversigt!, { header: 1 });
    expect(overview).toContainEqual(['Afviste rækker', 1]);
    expect(XLSX.utils.sheet_to_json(book.Sheets['Afviste rækker']!)).toEqual([{ Linje: 14, Årsag: 'CPR-nummeret har ikke 10 cifre' }]);
  });

  it('keeps a formula-looking value from the extract as neutralised text, never a formula', () => {
    const cell = book.Sheets.Advarsler!.D2!;
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
    expect(cell.v).toBe('\'=HYPERLINK("http://x","klik")');
  });

  it('is named for the extract date and batch', () => {
    expect(importReportFileName(report)).toBe('indlaesningsrapport_2026-05-31_3.xlsx');
  });
});
