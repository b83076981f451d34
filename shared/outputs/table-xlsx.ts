import * as XLSX from '../sheetjs';
import { isoDateToExcelSerial } from '../calendar-dates';
import { neutraliseFormula } from './cell-safety';
import { cellOf, type Table, type TableCell, type TableColumn } from './table';

/**
 * One sheet's values, written cell by cell so nothing is guessed: text is a string cell (and
 * never a formula: no cell gets an `f`), with formula-looking text neutralised; numbers are
 * numbers; dates are real date cells (an Excel serial with a Danish date format), so they sort
 * and filter as dates.
 */
export type SheetValue = string | number | { date: string } | null;

const dateFormat = 'dd-mm-yyyy';

function sheetCell(value: Exclude<SheetValue, null>): XLSX.CellObject {
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'string') return { t: 's', v: neutraliseFormula(value) };
  return { t: 'n', v: isoDateToExcelSerial(value.date), z: dateFormat };
}

export function safeSheet(rows: readonly (readonly SheetValue[])[], options: { autoFilter?: boolean } = {}): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const width = Math.max(1, ...rows.map((row) => row.length));
  const widths = new Array<number>(width).fill(8);
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      sheet[XLSX.utils.encode_cell({ r, c })] = sheetCell(value);
      const shown = typeof value === 'object' ? dateFormat.length : String(value).length;
      widths[c] = Math.min(60, Math.max(widths[c]!, shown + 2));
    });
  });
  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  if (options.autoFilter && rows.length > 0) sheet['!autofilter'] = { ref: sheet['!ref'] };
  return sheet;
}

export function workbookBytes(sheets: readonly { name: string; sheet: XLSX.WorkSheet }[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const { name, sheet } of sheets) XLSX.utils.book_append_sheet(book, sheet, sheetName(name));
  // `type: 'array'` gives an ArrayBuffer, whatever the typings say: wrap it so callers get real bytes.
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** Excel allows 31 characters and none of `[]:*?/\` in a sheet name. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Liste';
}

function sheetValue(value: TableCell, column: TableColumn): SheetValue {
  return value !== null && column.kind === 'date' ? { date: value as string } : value;
}

/** The table as an XLSX workbook of one sheet: a header row, then the rows, with a filter on the header. */
export function tableXlsx(table: Table): Uint8Array {
  const rows = [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => table.columns.map((column) => sheetValue(cellOf(row, column), column))),
  ];
  return workbookBytes([{ name: table.title, sheet: safeSheet(rows, { autoFilter: true }) }]);
}
