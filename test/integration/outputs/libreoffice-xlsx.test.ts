import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDanishDate } from '../../../shared/calendar-dates';
import { parseCsv } from '../../../shared/import/csv';
import { neutraliseFormula } from '../../../shared/outputs/cell-safety';
import { cellOf, type Table } from '../../../shared/outputs/table';
import { tableXlsx } from '../../../shared/outputs/table-xlsx';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const libreoffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!libreoffice) console.log('Springer LibreOffice-testen over: kommandoen libreoffice findes ikke (apt-get install libreoffice-calc-nogui).');

const table: Table = {
  title: 'Alle',
  columns: [
    { key: 'name', header: 'Navn', kind: 'text' },
    { key: 'cpr', header: 'CPR-nr.', kind: 'text' },
    { key: 'annual', header: 'Seneste årskontrol', kind: 'date' },
    { key: 'hba1c', header: 'HbA1c', kind: 'number' },
  ],
  rows: [
    { name: '=HYPERLINK("x")', cpr: '610170-1234', annual: '2025-02-28', hba1c: 53 },
    { name: 'Åse Ørsted, "Søs"', cpr: '620270-2345', annual: null, hba1c: 7.5 },
    { name: '+45 bad', cpr: '630370-3456', annual: '2024-02-29', hba1c: null },
    { name: '@SUM(1)', cpr: '640470-4567', annual: '1900-03-01', hba1c: -3 },
    { name: null, cpr: '650570-5678', annual: '2026-11-23', hba1c: 200 },
  ],
};

/** What a person sees in each cell: the table's values as the spreadsheet shows them. */
function shownRows(): string[][] {
  return table.rows.map((row) =>
    table.columns.map((column) => {
      const value = cellOf(row, column);
      if (value === null) return '';
      if (typeof value === 'number') return String(value);
      return column.kind === 'date' ? formatDanishDate(value) : neutraliseFormula(value);
    }),
  );
}

describe.skipIf(!libreoffice)('the exported XLSX in LibreOffice', () => {
  it('converts to CSV with the same rows, a formula-looking name as text', () => {
    const dir = tempDir();
    const xlsx = join(dir, 'liste.xlsx');
    writeFileSync(xlsx, tableXlsx(table));
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = readFileSync(join(dir, 'liste.csv'), 'utf8').replace(/^\uFEFF/, '');
    const { records } = parseCsv(csv, ',');
    expect(records[0]).toEqual(['Navn', 'CPR-nr.', 'Seneste årskontrol', 'HbA1c']);
    expect(records.slice(1)).toEqual(shownRows());
    expect(records[1]![0]).toBe(`'=HYPERLINK("x")`);
  }, 150_000);
});
