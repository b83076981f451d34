import { csvRecordCells, indexCsv } from './csv';

/** Where a table read from text came from: the text, its delimiter, and where each row starts in it. */
export interface TextSource {
  text: string;
  delimiter: string;
  starts: number[];
  /** The offset just after the last row. */
  end: number;
}

/**
 * What a CSV file and an XLSX sheet both become: rows of cell text and each row's 1-based line
 * (sheet row). Rows are asked for one at a time: a text table cuts a row into cells when it is
 * asked, so a reader that takes each row once and lets it go never holds the whole file as cells.
 */
export interface CellTable {
  readonly rowCount: number;
  /** The 1-based line (sheet row) row `r` starts on. */
  line(r: number): number;
  /** Row `r`'s cells; from a text table mostly a new array on every call (see `csvRecordCells`). Not to be changed. */
  cells(r: number): string[];
  readonly source?: TextSource;
}

/** A table of rows already held as cells (a workbook's sheet). */
export function arrayCellTable(rows: string[][], lines: readonly number[]): CellTable {
  return {
    rowCount: rows.length,
    line: (r) => lines[r] ?? r + 1,
    cells: (r) => rows[r] ?? [],
  };
}

/** The whole of a text as a table, read with `delimiter` (see `parseCsv` for the rules). */
export function textCellTable(text: string, delimiter: string): CellTable {
  const index = indexCsv(text, delimiter);
  return {
    rowCount: index.starts.length,
    line: (r) => index.lines[r] ?? r + 1,
    cells: (r) => (r < index.starts.length ? csvRecordCells(text, delimiter, index, r) : []),
    source: { text, delimiter, starts: index.starts, end: index.end },
  };
}

/** The first `count` rows' cells, for looking for the header row among them. */
export function leadingRows(table: CellTable, count: number): string[][] {
  return Array.from({ length: Math.min(count, table.rowCount) }, (_, r) => table.cells(r));
}
