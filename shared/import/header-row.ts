import type { ExtractField } from '../care-plan';
import type { ColumnMapping, ImportNote } from './extract-result';
import type { CellTable } from './cell-table';
import { headerSynonyms } from './headers';

/** Lines an extract may have before its header row (`Udtrukket: ...`, `Praksis: ...`). */
export const maxPreambleRows = 10;

export interface HeaderRow {
  /** Index of the header row in the table. */
  index: number;
  cells: string[];
  hasCpr: boolean;
  /** How many of its cells name a known field. */
  recognised: number;
}

export type Recogniser = (header: string) => ExtractField | null;

/**
 * The header row: the first of the first 11 rows that holds a CPR column. When none does, the
 * row among them that names most known fields (at least two), with `hasCpr` false, so the caller
 * can tell the user which columns it saw; null when no row looks like a header at all.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], recognise: Recogniser): HeaderRow | null {
  let best: HeaderRow | null = null;
  const end = Math.min(rows.length, maxPreambleRows + 1);
  for (let index = 0; index < end; index++) {
    const cells = (rows[index] ?? []).map((cell) => cell.trim());
    let hasCpr = false;
    let recognised = 0;
    for (const cell of cells) {
      const field = cell === '' ? null : recognise(cell);
      if (field === null) continue;
      recognised++;
      if (field === 'cpr') hasCpr = true;
    }
    if (hasCpr) return { index, cells, hasCpr, recognised };
    if (recognised >= 2 && (best === null || recognised > best.recognised)) best = { index, cells, hasCpr, recognised };
  }
  return best;
}

/**
 * When no row names a known field: the row that most looks like headers anyway, so the user can
 * say which column is which. That is the first of the first 11 rows with at least three cells,
 * all different, each holding a letter, followed by a row at least as wide that holds a digit
 * (data). Null when no row looks like that, as in a letter or a page of prose.
 */
export function guessHeaderCells(rows: readonly (readonly string[])[]): string[] | null {
  const end = Math.min(rows.length - 1, maxPreambleRows + 1);
  for (let index = 0; index < end; index++) {
    const cells = (rows[index] ?? []).map((cell) => cell.trim());
    const named = cells.filter((cell) => cell !== '');
    if (named.length < 3 || new Set(named).size !== named.length) continue;
    if (!named.every((cell) => /\p{L}/u.test(cell))) continue;
    const next = rows[index + 1] ?? [];
    if (next.length >= cells.length && next.some((cell) => /\d/.test(cell))) return named;
  }
  return null;
}

/** Orders header rows found with different delimiters: a CPR column first, then more known fields, then more cells. */
export function compareHeaderRows(a: HeaderRow | null, b: HeaderRow | null): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  if (a.hasCpr !== b.hasCpr) return a.hasCpr ? 1 : -1;
  if (a.recognised !== b.recognised) return a.recognised - b.recognised;
  return a.cells.length - b.cells.length;
}

export interface Columns {
  columns: ColumnMapping[];
  notes: ImportNote[];
}

/**
 * The columns of the table under its header row. Every header becomes a unique name (a repeated
 * header gets ` (2)`), a column without a header is named `Kolonne N` and kept only when it holds
 * data, and a field named by two columns is read from the first; the second is reported and kept raw.
 */
export function buildColumns(table: CellTable, header: HeaderRow, recognise: Recogniser): Columns {
  const usedNames = new Set<string>();
  const takenFields = new Map<ExtractField, string>();
  const columns: ColumnMapping[] = [];
  const notes: ImportNote[] = [];
  const headerLine = table.line(header.index);
  const { width, headerless } = cellsBeyondHeaders(table, header);
  for (let index = 0; index < width; index++) {
    const text = header.cells[index] ?? '';
    if (text === '' && !headerless.has(index)) continue;
    const name = uniqueName(text === '' ? `Kolonne ${index + 1}` : text, usedNames);
    let field = text === '' ? null : recognise(text);
    if (field !== null) {
      const earlier = takenFields.get(field);
      if (earlier === undefined) {
        takenFields.set(field, name);
      } else {
        notes.push({
          line: headerLine,
          reason: `Kolonnen "${name}" bruges ikke, fordi "${earlier}" allerede læses som ${headerSynonyms[field][0]}`,
        });
        field = null;
      }
    }
    columns.push({ index, header: name, field });
  }
  return { columns, notes };
}

/**
 * How wide the table is, and which columns without a header hold data. Each row's own cells are
 * looked at, not every column of the widest row: one stray cell far out to the right must not make
 * every row as wide as it. Only a row reaching past the first column without a header is cut into
 * cells; in a well-formed extract that is none.
 */
function cellsBeyondHeaders(table: CellTable, header: HeaderRow): { width: number; headerless: Set<number> } {
  const headerless = new Set<number>();
  let firstWithout = header.cells.indexOf('');
  if (firstWithout === -1) firstWithout = header.cells.length;
  let width = header.cells.length;
  for (let r = header.index + 1; r < table.rowCount; r++) {
    const rowWidth = table.width(r);
    if (rowWidth > width) width = rowWidth;
    if (rowWidth <= firstWithout) continue;
    const row = table.cells(r);
    for (let index = firstWithout; index < row.length; index++) {
      if ((header.cells[index] ?? '') === '' && (row[index] ?? '').trim() !== '') headerless.add(index);
    }
  }
  return { width, headerless };
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}
