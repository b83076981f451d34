import { read, SSF, type CellObject, type WorkBook, type WorkSheet } from '../sheetjs';
import { excelSerialToIsoDate } from '../calendar-dates';
import { ExtractError } from './extract-result';
import { arrayCellTable, type CellTable } from './cell-table';
import { isIntactZipArchive } from './zip-check';

/** True when the bytes begin like a zip archive (`PK\x03\x04`), as every .xlsx file does. */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface Workbook {
  sheetNames: string[];
  /** The workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /**
   * A sheet as rows of cell text; date cells become `YYYY-MM-DD`. Each sheet can be read once:
   * its cells are let go as they are converted, so a 100,000-row sheet is not held twice.
   */
  sheetTable(name: string): CellTable;
}

/**
 * Opens .xlsx bytes. The archive is checked whole first (SheetJS can hang on a damaged one).
 * Only stored cell values are read: formulas are neither parsed nor evaluated
 * (a cell's cached result is its value), and no macros, styles or HTML are loaded.
 */
export function openWorkbook(bytes: Uint8Array): Workbook {
  if (!isIntactZipArchive(bytes)) throw unreadableWorkbook();
  let book: WorkBook;
  try {
    book = read(bytes, {
      type: 'array',
      dense: true,
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch {
    throw unreadableWorkbook();
  }
  if (book.SheetNames.length === 0) throw unreadableWorkbook();
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return {
    sheetNames: [...book.SheetNames],
    date1904,
    sheetTable: (name) => {
      const sheet = book.Sheets[name];
      // A damaged workbook can list a sheet whose part is missing.
      if (sheet === undefined) throw unreadableWorkbook();
      delete book.Sheets[name];
      return sheetToTable(sheet, date1904);
    },
  };
}

export function unreadableWorkbook(): ExtractError {
  return new ExtractError(
    'unreadable_xlsx',
    'Excel-filen kan ikke åbnes; den er beskadiget, beskyttet med adgangskode eller ikke en rigtig .xlsx-fil. Gem udtrækket igen fra XMO eller Excel (uden adgangskode), og prøv igen.',
  );
}

const preferredSheetWords = ['forløbsplan', 'udtræk', 'udtraek'];

/** Sheet names in the order to look for the extract: a sheet named like `Forløbsplaner`/`Udtræk` first. */
export function sheetSearchOrder(sheetNames: readonly string[]): string[] {
  const isPreferred = (name: string): boolean => {
    const key = name.normalize('NFC').toLowerCase();
    return preferredSheetWords.some((word) => key.includes(word));
  };
  return [...sheetNames.filter(isPreferred), ...sheetNames.filter((name) => !isPreferred(name))];
}

// SheetJS ships its number-format library untyped. Looked up when a cell asks, not when this module
// loads: the Node build loads SheetJS only once a workbook is read (shared/sheetjs.ts).
const isDateFormat = (format: string): boolean => (SSF.is_date as (format: string) => boolean)(format);

function sheetToTable(sheet: WorkSheet, date1904: boolean): CellTable {
  const data: (CellObject[] | undefined)[] = sheet['!data'] ?? [];
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    const row: string[] = [];
    if (cells) {
      for (let c = 0; c < cells.length; c++) row.push(cellText(cells[c], date1904));
      // The cell objects of a converted row are garbage from here on.
      data[r] = undefined;
    }
    rows.push(row);
    lines.push(r + 1);
  }
  return arrayCellTable(rows, lines);
}

function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v === true ? 'Ja' : 'Nej';
    case 'n': {
      const value = Number(cell.v);
      if (cell.z !== undefined && isDateFormat(String(cell.z))) {
        const date = excelSerialToIsoDate(value, date1904);
        if (date.ok) return date.date;
      }
      // The formatted text keeps what the sheet shows: a CPR formatted 0000000000 keeps its leading 0.
      return cell.w ?? String(value);
    }
    default:
      return cell.w ?? String(cell.v);
  }
}
