import * as XLSX from 'xlsx';
import type { ImportReport } from './import-report';

/**
 * The import report as an XLSX workbook the practice can keep or pass on: the figures, then the
 * rejected rows, warnings and notes with their line numbers. Every cell is written as a plain
 * value (`aoa_to_sheet` never makes formulas), so a raw value such as `=HYPERLINK(…)` from the
 * extract stays text.
 */
export function importReportWorkbook(report: ImportReport): Uint8Array {
  const book = XLSX.utils.book_new();
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
  ];
  const sheets: [string, (string | number)[][]][] = [
    ['Oversigt', overview],
    ['Afviste rækker', [['Linje', 'Årsag'], ...report.rejected.map((r) => [r.line, r.reason])]],
    ['Advarsler', [['Linje', 'Kolonne', 'Årsag', 'Værdi i filen'], ...report.warnings.map((w) => [w.line, w.column, w.reason, w.raw])]],
    ['Bemærkninger', [['Linje', 'Bemærkning'], ...report.notes.map((n) => [n.line, n.reason])]],
  ];
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as Uint8Array;
}

export function importReportFileName(report: ImportReport): string {
  return `indlaesningsrapport_${report.extractDate}_${report.batchId}.xlsx`;
}
