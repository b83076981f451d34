import { describe, expect, it } from 'vitest';
import { everyField } from '../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import type { ImportReport } from '../../../shared/import-report';
import { importReportWorkbook } from '../../../shared/import-report-workbook';
import { parseCsv } from '../../../shared/import/csv';
import { smsList } from '../../../shared/outputs/sms-list';
import type { Table } from '../../../shared/outputs/table';
import { tableCsv } from '../../../shared/outputs/table-csv';
import { tableXlsx } from '../../../shared/outputs/table-xlsx';
import * as XLSX from '../../../shared/sheetjs';
import { buildPracticeSummary } from '../../../shared/summary/build-summary';
import { computeSummaryTable, type SummaryPatient } from '../../../shared/summary/compute-indicators';
import { defaultIndicatorTargets } from '../../../shared/summary/indicator-definitions';
import { benchmark } from '../../../shared/summary/network-aggregate';
import { networkReportWorkbook } from '../../../shared/summary/network-workbook';
import type { PracticeSummary } from '../../../shared/summary/summary-schema';
import { practiceSummaryWorkbook } from '../../../shared/summary/summary-workbook';
import { hostileTexts, invisibleCharacters, startsLikeAFormula } from './formula-cases';

/** What the guard makes of a hostile text: the invisible characters in front dropped, an apostrophe first. */
function neutralised(text: string): string {
  let rest = text;
  while (invisibleCharacters.some((char) => rest.startsWith(char))) rest = rest.slice(1);
  return `'${rest}`;
}

/** Every cell of every sheet, read back with the project's SheetJS. */
function workbookCells(bytes: Uint8Array): XLSX.CellObject[] {
  const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
  return book.SheetNames.flatMap((name) => {
    const sheet = book.Sheets[name]!;
    return Object.keys(sheet)
      .filter((key) => !key.startsWith('!'))
      .map((key) => sheet[key] as XLSX.CellObject);
  });
}

function expectSafeWorkbook(bytes: Uint8Array, written: readonly string[]): void {
  const cells = workbookCells(bytes);
  for (const cell of cells) {
    expect(cell.f, `a formula in ${String(cell.v)}`).toBeUndefined();
    if (cell.t === 's') expect(startsLikeAFormula(String(cell.v)), JSON.stringify(cell.v)).toBe(false);
  }
  const texts = new Set(cells.filter((cell) => cell.t === 's').map((cell) => String(cell.v)));
  for (const text of written) expect(texts.has(neutralised(text)), JSON.stringify(text)).toBe(true);
}

function csvFields(bytes: Uint8Array): string[][] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  return parseCsv(text, ';').records;
}

const hostileTable: Table = {
  title: 'Liste',
  columns: [
    { key: 'name', header: hostileTexts[0]!, kind: 'text' },
    { key: 'gp', header: 'Læge', kind: 'text' },
    { key: 'hba1c', header: 'HbA1c', kind: 'number' },
  ],
  rows: hostileTexts.map((name, i) => ({ name, gp: hostileTexts[(i + 7) % hostileTexts.length]!, hba1c: i - 3 })),
};

describe('the formula guard on every writer', () => {
  it('has hostile texts of every formula character behind a TAB, a CR, a space and each invisible character', () => {
    expect(hostileTexts.length).toBe(8 * (4 + invisibleCharacters.length + 1));
    expect(hostileTexts.every(startsLikeAFormula)).toBe(true);
  });

  it('table as XLSX: every text cell neutralised, numbers still numbers', () => {
    const bytes = tableXlsx(hostileTable);
    expectSafeWorkbook(bytes, hostileTexts);
    const numbers = workbookCells(bytes).filter((cell) => cell.t === 'n');
    expect(numbers.map((cell) => cell.v)).toEqual(hostileTexts.map((_, i) => i - 3));
  });

  it('table as CSV: no field starts like a formula, and a negative number stays a number', () => {
    const [header, ...rows] = csvFields(tableCsv(hostileTable));
    expect(header![0]).toBe(neutralised(hostileTexts[0]!));
    for (const row of rows) {
      for (const field of row.slice(0, 2)) expect(startsLikeAFormula(field), JSON.stringify(field)).toBe(false);
    }
    expect(rows.map((row) => row[0])).toEqual(hostileTexts.map(neutralised));
    expect(rows.map((row) => row[2])).toEqual(hostileTexts.map((_, i) => String(i - 3)));
  });

  it('SMS list as CSV and XLSX: a message that starts with a hostile name is neutralised', () => {
    const recipients = hostileTexts.map((navn) => ({
      label: 'patient',
      phone: '+45 20 30 40 50',
      values: { navn, læge: 'Læge', praksis: 'Praksis', telefon: '33 12 34 56', dato: '23. november 2026', undersøgelse: 'årskontrol' },
    }));
    const { table } = smsList('{{navn}}, tid til {{undersøgelse}}', recipients);
    const [, ...rows] = csvFields(tableCsv(table));
    expect(rows.map((row) => row[1])).toEqual(hostileTexts.map((text) => `${neutralised(text)}, tid til årskontrol`));
    for (const row of rows) for (const field of row) expect(startsLikeAFormula(field)).toBe(false);
    expectSafeWorkbook(tableXlsx(table), hostileTexts.map((text) => `${text}, tid til årskontrol`));
  });

  it('import report workbook: the file name, columns, reasons and raw values of the extract', () => {
    const report: ImportReport = {
      batchId: 3,
      fileName: hostileTexts[1]!,
      extractDate: '2026-05-31',
      extractDateSource: 'preamble',
      rowsRead: 30,
      patientsImported: 28,
      patientsNew: 2,
      patientsChanged: 5,
      patientsAbsent: 1,
      rowsRejected: 1,
      rejected: hostileTexts.map((reason, line) => ({ line, reason })),
      warnings: hostileTexts.map((raw, line) => ({ line, column: raw, reason: 'Ikke en dato', raw })),
      notes: hostileTexts.map((reason, line) => ({ line, reason })),
      unknownColumns: [hostileTexts[2]!, 'Bemærkning'],
      absentChecks: [],
      absentFields: [],
      isCurrent: true,
      duplicateOf: null,
    };
    expectSafeWorkbook(importReportWorkbook(report), [...hostileTexts, `${hostileTexts[2]!}, Bemærkning`]);
  });

  const patient: SummaryPatient = {
    sex: 'K', birthDate: '1950-01-01', diabetesType: 2, primarySite: 'general_practice', hba1c: 60, bpSystolic: 140,
    bpDiastolic: 85, ualb: '<30', smoking: false, statin: true, annualCheck: '2026-03-01', eyeExam: null, footExam: '2025-01-01', rehab: null,
  };
  const table = computeSummaryTable(Array.from({ length: 30 }, (_, i) => ({ ...patient, sex: i % 3 === 0 ? ('M' as const) : ('K' as const) })), '2026-05-31', defaultFollowUpWindows, everyField);
  const summaryOf = (practiceLabel: string): PracticeSummary =>
    ({
      ...buildPracticeSummary(table, { practiceLabel, asOf: '2026-05-31', generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure: { policy: 'suppress', threshold: 5 }, targets: defaultIndicatorTargets }),
      signature: { algorithm: 'ed25519', publicKey: `${'A'.repeat(43)}=`, value: `${'A'.repeat(86)}==` },
    }) as PracticeSummary;

  // A summary's labels are trimmed when it is built (a TAB, CR, space or U+FEFF in front goes), the rest stays.
  it('practice summary workbook: the practice label', () => {
    for (const label of hostileTexts) expectSafeWorkbook(practiceSummaryWorkbook(summaryOf(label)), [label.trim()]);
  });

  it('network workbook: the network label and every practice label', () => {
    const periods = benchmark(
      hostileTexts.map((label, i) => ({ id: i + 1, summary: summaryOf(label) })),
      { showLabels: true, meta: { networkLabel: 'Netværket', generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', targets: defaultIndicatorTargets, disclosure: { policy: 'suppress', threshold: 5 } } },
    );
    const labels = hostileTexts.map((label) => label.trim());
    expect(periods[0]!.practices.map((practice) => practice.name).sort()).toEqual([...labels].sort());
    expectSafeWorkbook(networkReportWorkbook(periods, hostileTexts[3]!), [...labels, hostileTexts[3]!]);
  });
});
