import { formatDanishDate } from '../calendar-dates';
import { writeCsv } from '../import/csv';
import { neutraliseFormula } from './cell-safety';
import { cellOf, type Table, type TableCell, type TableColumn } from './table';

/**
 * The table as CSV for Danish Excel: `;` between fields (the comma is the decimal mark), CRLF,
 * RFC 4180 quoting, and a UTF-8 byte-order mark so Excel reads æ, ø and å as UTF-8 rather than
 * Windows-1252. Dates are `DD-MM-YYYY`, numbers use a decimal comma, and formula-looking text is
 * neutralised (`cell-safety.ts`).
 */
export function tableCsv(table: Table): Uint8Array {
  const rows = [
    table.columns.map((column) => neutraliseFormula(column.header)),
    ...table.rows.map((row) => table.columns.map((column) => csvField(cellOf(row, column), column))),
  ];
  return new TextEncoder().encode(`\uFEFF${writeCsv(rows, { delimiter: ';', lineEnding: '\r\n' })}`);
}

function csvField(value: TableCell, column: TableColumn): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return column.kind === 'date' ? formatDanishDate(value) : neutraliseFormula(value);
}
