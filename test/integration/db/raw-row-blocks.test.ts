import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { rawRowsPerBlock } from '../../../core/db/import-queries';
import { migrate } from '../../../core/db/migrate';
import { sql as rawBlocksMigration } from '../../../core/db/migrations/0003-import-profiles-raw-blocks';
import { migrations } from '../../../core/db/migrations/index';
import { importExtract } from '../../../core/services/import-service';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import { isEmptyRow } from '../../../shared/import/care-plan-rows';
import { parseCsv, writeCsv } from '../../../shared/import/csv';
import { namedCells, type ExtractRead } from '../../../shared/import/extract-result';
import { readExtract } from '../../../shared/import/read-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** A CSV's data rows by column name, read from the whole text at once: what the stored blocks must give back. */
function dataRowsOf(text: string, columns: ExtractRead['columns']): { line: number; cells: Record<string, string> }[] {
  const { records, lines } = parseCsv(text, ';');
  const header = records.findIndex((cells) => cells[0] === 'CPR-nr.');
  return records.flatMap((cells, at) => (at > header && !isEmptyRow(cells) ? [{ line: lines[at]!, cells: namedCells(cells, columns) }] : []));
}

describe('raw rows in blocks', () => {
  it('gives back every row of an import exactly as read, by line, whole batch or one line', () => {
    const ctx = openAppContext(join(tempDir(), 'raw.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z') });
    const file = demoExtractFile({ seed: 5, patients: rawRowsPerBlock * 2 + 123, extractDate: '2026-11-20' });
    const text = new TextDecoder().decode(file.bytes).replace('\r\n', '\r\n\r\n');
    const withBlankLine = { fileName: file.fileName, bytes: new TextEncoder().encode(text) };
    const read = readExtract(withBlankLine);
    const report = importExtract(ctx, withBlankLine);
    const expected = dataRowsOf(text, read.columns);
    expect(expected).toHaveLength(read.rowsRead);
    expect(ctx.importQueries.rawRowsForBatch(report.batchId)).toEqual(expected);
    for (const row of [expected[0]!, expected[rawRowsPerBlock]!, expected.at(-1)!]) {
      expect(ctx.importQueries.rawRowAt(report.batchId, row.line)).toEqual(row);
    }
    // The blank line after the preamble is not a data row.
    expect(ctx.importQueries.rawRowAt(report.batchId, 2)).toBeUndefined();
    expect(ctx.importQueries.rawRowAt(report.batchId, expected.at(-1)!.line + 1)).toBeUndefined();
    // Written in steps (for the progress bar), each step's rows in blocks of at most rawRowsPerBlock, deflated.
    const blocks = ctx.db.prepare<[], { rows: number; stored: string }>('SELECT row_count AS rows, typeof(rows) AS stored FROM raw_row_blocks').all();
    expect(new Set(blocks.map((block) => block.stored))).toEqual(new Set(['blob']));
    expect(Math.max(...blocks.map((block) => block.rows))).toBeLessThanOrEqual(rawRowsPerBlock);
    expect(blocks.reduce((sum, block) => sum + block.rows, 0)).toBe(read.rowsRead);
    ctx.db.close();
  });

  it("keeps a CSV's rows as the text they were written as: quotes, line breaks in cells, blank lines and rejected rows", () => {
    const ctx = openAppContext(join(tempDir(), 'text.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z') });
    const header = ['CPR-nr.', 'Navn', 'Årskontrol', 'Note'];
    const data = Array.from({ length: rawRowsPerBlock + 40 }, (_, i) => [
      i % 997 === 0 ? 'ikke et cpr' : `0101${String(50 + (i % 40)).padStart(2, '0')}${String(1000 + i).slice(-4)}`,
      i % 3 === 0 ? `Hansen; "Ib" ${i}` : `Ås ${i}`,
      '01-02-2026',
      i % 5 === 0 ? `to\r\nlinjer ${i}` : '',
    ]);
    const csv = writeCsv([['Udtrukket: 20-11-2026'], header, ...data], { delimiter: ';', lineEnding: '\r\n' });
    // Blank lines between data rows, in the first block and across the blocks' border.
    const lines = csv.split('\r\n');
    lines.splice(rawRowsPerBlock - 1, 0, '', ' ; ;');
    lines.splice(10, 0, '');
    const file = { fileName: 'udtraek.csv', bytes: new TextEncoder().encode(lines.join('\r\n')) };
    const read = readExtract(file);
    const report = importExtract(ctx, file);
    expect(read.raw.kind).toBe('text');
    expect(report.rowsRejected).toBeGreaterThan(0);
    const expected = dataRowsOf(lines.join('\r\n'), read.columns);
    expect(expected).toHaveLength(read.rowsRead);
    expect(expected.some((row) => row.cells['Note']?.includes('\r\n'))).toBe(true);
    expect(ctx.importQueries.rawRowsForBatch(report.batchId)).toEqual(expected);
    for (const row of [expected[0]!, expected[rawRowsPerBlock - 1]!, expected[rawRowsPerBlock]!, expected.at(-1)!]) {
      expect(ctx.importQueries.rawRowAt(report.batchId, row.line)).toEqual(row);
    }
    ctx.db.close();
  });

  it('moves the rows of a database from before blocks into blocks, readable the same way', () => {
    const path = join(tempDir(), 'old.sqlite');
    const version = migrations.indexOf(rawBlocksMigration) + 1;
    const old = new Database(path);
    migrate(old, migrations.slice(0, version - 1));
    old.prepare(`INSERT INTO import_batches (id, file_name, file_hash, format, extract_date, extract_date_source, rows_read,
      patients_imported, rows_rejected, warnings_count, patients_new, patients_changed, patients_absent, unknown_columns, imported_at)
      VALUES (1, 'a.csv', 'h', 'csv', '2026-05-31', 'preamble', 2, 1, 1, 0, 1, 0, 0, '[]', '2026-06-01T08:00:00Z')`).run();
    const rows = [
      { line: 4, cells: { 'CPR-nr.': '6101901235', Navn: 'Ib "Bo" Ås', Årskontrol: '01-02-2026' } },
      { line: 5, cells: { 'CPR-nr.': 'x', Navn: '', Årskontrol: '' } },
    ];
    for (const row of rows) old.prepare('INSERT INTO raw_rows (batch_id, line, cells) VALUES (1, ?, ?)').run(row.line, JSON.stringify(row.cells));
    old.close();

    const ctx = openAppContext(path, { now: () => new Date('2026-11-23T09:00:00Z') });
    expect(ctx.importQueries.rawRowsForBatch(1)).toEqual(rows);
    expect(ctx.importQueries.rawRowAt(1, 5)).toEqual(rows[1]);
    expect(ctx.importQueries.countRawRows(1)).toBe(2);
    expect(ctx.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'raw_rows'").get()).toEqual({ n: 0 });
    ctx.db.close();
  });
});
