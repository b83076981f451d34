import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCellDate } from '../../../shared/calendar-dates';
import { parseCpr } from '../../../shared/cpr';
import { extractReadSchema, type ExtractRead, type RawRow } from '../../../shared/import/extract-result';
import { rawRowList } from '../../../shared/import/raw-rows';
import { readExtract } from '../../../shared/import/read-extract';

interface Expected {
  files: { path: string; extract_date: string; rejected_rows: number }[];
}

const samplesDir = new URL('../../fixtures/samples/', import.meta.url);
const cases = ['case-200', 'case-201', 'case-202'];

function readSample(caseName: string, path: string): ExtractRead {
  const bytes = new Uint8Array(readFileSync(new URL(`${caseName}/${path}`, samplesDir)));
  return readExtract({ bytes, fileName: path });
}

/** The raw rows of each CPR that appears more than once, found independently of the importer's merge. */
function duplicateGroups(read: ExtractRead): Map<string, RawRow[]> {
  const cprIndex = read.columns.find((column) => column.field === 'cpr')?.index ?? -1;
  const groups = new Map<string, RawRow[]>();
  for (const row of rawRowList(read.raw)) {
    const cpr = parseCpr(row.cells[cprIndex] ?? '');
    if (!cpr.ok) continue;
    groups.set(cpr.cpr, [...(groups.get(cpr.cpr) ?? []), row]);
  }
  return new Map([...groups].filter(([, rows]) => rows.length > 1));
}

/** The latest valid date (on or before the extract date) among the rows' cells in the field's column. */
function latestDate(read: ExtractRead, rows: RawRow[], field: 'annual_check' | 'eye_exam' | 'foot_exam'): string | null {
  const index = read.columns.find((column) => column.field === field)?.index;
  if (index === undefined) return null;
  const dates = rows
    .map((row) => parseCellDate(row.cells[index] ?? ''))
    .flatMap((parsed) => (parsed.ok && parsed.date <= read.extractDate ? [parsed.date] : []));
  return dates.sort().at(-1) ?? null;
}

describe.each(cases)('sample %s', (caseName) => {
  const expected = JSON.parse(readFileSync(new URL(`${caseName}/expected.json`, samplesDir), 'utf8')) as Expected;

  it.each(expected.files)('$path: extract date $extract_date, $rejected_rows rejected row(s)', (file) => {
    const read = readSample(caseName, file.path);
    expect(read.extractDate).toBe(file.extract_date);
    expect(read.rejected).toHaveLength(file.rejected_rows);
    expect(() => extractReadSchema.parse(read)).not.toThrow();
    expect(read.unknownColumns).toEqual(['Bemærkning']);
    expect(rawRowList(read.raw)).toHaveLength(read.rowsRead);
  });

  it.each(expected.files)('$path: one patient per valid CPR; duplicates merged with their latest dates', (file) => {
    const read = readSample(caseName, file.path);
    const cprIndex = read.columns.find((column) => column.field === 'cpr')?.index ?? -1;
    const validCprs = rawRowList(read.raw).flatMap((row) => {
      const cpr = parseCpr(row.cells[cprIndex] ?? '');
      return cpr.ok ? [cpr.cpr] : [];
    });
    expect(validCprs.length + read.rejected.length).toBe(read.rowsRead);
    expect(read.patients.map((patient) => patient.cpr).sort()).toEqual([...new Set(validCprs)].sort());
    const groups = duplicateGroups(read);
    for (const [cpr, rows] of groups) {
      const patient = read.patients.find((candidate) => candidate.cpr === cpr);
      expect(patient, `merged patient ${cpr}`).toBeDefined();
      expect(patient?.annualCheck).toBe(latestDate(read, rows, 'annual_check'));
      expect(patient?.eyeExam).toBe(latestDate(read, rows, 'eye_exam'));
      expect(patient?.footExam).toBe(latestDate(read, rows, 'foot_exam'));
    }
    const mergeNotes = read.notes.filter((note) => note.reason.includes('lagt sammen'));
    expect(mergeNotes).toHaveLength([...groups.values()].reduce((sum, rows) => sum + rows.length - 1, 0));
  });
});

describe('what the samples say about their form', () => {
  it('finds each encoding, delimiter, container and extract-date source', () => {
    const summary = cases.flatMap((caseName) => {
      const expected = JSON.parse(readFileSync(new URL(`${caseName}/expected.json`, samplesDir), 'utf8')) as Expected;
      return expected.files.map((file) => {
        const read = readSample(caseName, file.path);
        return [read.format, read.encoding, read.delimiter, read.sheet, read.extractDateSource];
      });
    });
    expect(summary).toEqual([
      ['csv', 'utf-8', ',', null, 'file_name'],
      ['csv', 'utf-8-bom', '\t', null, 'preamble'],
      ['csv', 'utf-8', ',', null, 'file_name'],
      ['csv', 'utf-8-bom', ';', null, 'preamble'],
      ['xlsx', null, null, 'Forløbsplaner', 'file_name'],
      ['csv', 'windows-1252', ';', null, 'preamble'],
    ]);
  });

  it('reports dates after the extract date and two-digit years as cell warnings', () => {
    const read = readSample('case-200', 'udtraek_1_2025-11-30.txt');
    expect(read.warnings).toEqual([
      { line: 20, column: 'Seneste øjenundersøgelse', reason: 'Datoen 2026-02-16 ligger efter udtræksdatoen 30-11-2025', raw: '2026-02-16' },
      { line: 21, column: 'Fodundersøgelse', reason: 'Årstallet i "01-03-24" har kun to cifre, så århundredet er uklart', raw: '01-03-24' },
      { line: 28, column: 'Fodundersøgelse', reason: 'Datoen 13-01-2026 ligger efter udtræksdatoen 30-11-2025', raw: '13-01-2026' },
    ]);
  });
});
