import { isIsoDate } from '../calendar-dates';

/**
 * A list ready to leave the app: a title, the columns the user chose (Danish headers; the
 * recall table picks them) and rows of plain values. Every output (CSV, XLSX, printed list) is
 * written from this one model, so they hold exactly the same rows and columns.
 */

/** How a column's values are written: a date column holds `YYYY-MM-DD` strings (or null). */
export type ColumnKind = 'text' | 'number' | 'date';

export interface TableColumn {
  key: string;
  header: string;
  kind: ColumnKind;
}

export type TableCell = string | number | null;
export type TableRow = Readonly<Record<string, TableCell>>;

export interface Table {
  title: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/** A cell's value for a column, checked against the column's kind so no writer has to guess. */
export function cellOf(row: TableRow, column: TableColumn): TableCell {
  const value = row[column.key] ?? null;
  if (value === null) return null;
  if (column.kind === 'number' && typeof value !== 'number') throw new TypeError(`Kolonnen '${column.key}' skal have tal`);
  if (column.kind === 'date' && (typeof value !== 'string' || !isIsoDate(value))) {
    throw new TypeError(`Kolonnen '${column.key}' skal have datoer som ÅÅÅÅ-MM-DD`);
  }
  if (column.kind === 'text' && typeof value !== 'string') throw new TypeError(`Kolonnen '${column.key}' skal have tekst`);
  return value;
}
