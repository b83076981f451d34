import { absentColumnText } from './extract-columns';
import type { ImportReport } from './import-report';
import { safeSheet, workbookBytes } from './outputs/table-xlsx';

/**
 * The import report as an XLSX workbook the practice can keep or pass on: the figures, then the
 * rejected rows, warnings and notes with their line numbers. Cells are written by `safeSheet`,
 * as every workbook Tovholder writes: a raw value such as `=HYPERLINK(…)` from the extract stays
 * text, neutralised, never a formula.
 */
export function importReportWorkbook(report: ImportReport): Uint8Array {
  const overview: (string | number)[][] = [
    ['Fil', report.fileName],
    ['Udtræksdato', report.extractDate],
    ['Rækker læst', report.rowsRead],
    ['Patienter indlæst', report.patientsImported],
    ['Nye patienter', report.patientsNew],
    ['Ændrede patienter', report.patientsChanged],
    ['Ikke med siden sidste udtræk', report.patientsAbsent],
    ['Afviste rækker', report.rowsRejected],
    ['Advarsler', report.warnings.length],
    ['Kolonner der ikke bruges', report.unknownColumns.join(', ')],
    ['Ikke i udtrækket (ukendt for alle, ikke manglende)', report.absentFields.map(absentColumnText).join(', ')],
  ];
  const sheets: [string, (string | number)[][]][] = [
    ['Oversigt', overview],
    ['Afviste rækker', [['Linje', 'Årsag'], ...report.rejected.map((r) => [r.line, r.reason])]],
    ['Advarsler', [['Linje', 'Kolonne', 'Årsag', 'Værdi i filen'], ...report.warnings.map((w) => [w.line, w.column, w.reason, w.raw])]],
    ['Bemærkninger', [['Linje', 'Bemærkning'], ...report.notes.map((n) => [n.line, n.reason])]],
  ];
  return workbookBytes(sheets.map(([name, rows]) => ({ name, sheet: safeSheet(rows) })));
}

export function importReportFileName(report: ImportReport): string {
  return `indlaesningsrapport_${report.extractDate}_${report.batchId}.xlsx`;
}
