import type { ExtractField } from '../care-plan';
import type { ColumnMapping, ImportNote } from './extract-result';
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
 * (data). Null when no row looks like that, as in a letter or a page of prose. `cells` are the
 * row's cells trimmed, empty ones included, so they line up with the data below.
 */
export function guessHeaderRow(rows: readonly (readonly string[])[]): { index: number; cells: string[] } | null {
  const end = Math.min(rows.length - 1, maxPreambleRows + 1);
  for (let index = 0; index < end; index++) {
    const cells = (rows[index] ?? []).map((cell) => cell.trim());
    const named = cells.filter((cell) => cell !== '');
    if (named.length < 3 || new Set(named).size !== named.length) continue;
    if (!named.every((cell) => /\p{L}/u.test(cell))) continue;
    const next = rows[index + 1] ?? [];
    if (next.length >= cells.length && next.some((cell) => /\d/.test(cell))) return { index, cells };
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
 * The columns its header row names. Every header becomes a unique name (a repeated header gets
 * ` (2)`), and a field named by two columns is read from the first; the second is reported and
 * kept raw. Columns without a header are added once the rows have shown which of them hold data
 * (`withHeaderlessColumns`).
 */
export function buildColumns(header: HeaderRow, headerLine: number, recognise: Recogniser): Columns {
  const usedNames = new Set<string>();
  const takenFields = new Map<ExtractField, string>();
  const columns: ColumnMapping[] = [];
  const notes: ImportNote[] = [];
  for (let index = 0; index < header.cells.length; index++) {
    const text = header.cells[index] ?? '';
    if (text === '') continue;
    const name = uniqueName(text, usedNames);
    let field = recognise(text);
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

/** The first column without a header: from there on a cell with data is in a column the header does not name. */
export function firstHeaderlessColumn(header: HeaderRow): number {
  const index = header.cells.indexOf('');
  return index === -1 ? header.cells.length : index;
}

/**
 * The named columns and, in index order among them, the columns without a header that hold data,
 * named `Kolonne N` (with ` (2)` should a header already be called that: a header keeps its name).
 */
export function withHeaderlessColumns(named: readonly ColumnMapping[], headerless: ReadonlySet<number>): ColumnMapping[] {
  const usedNames = new Set(named.map((column) => column.header));
  const added = [...headerless]
    .sort((a, b) => a - b)
    .map((index): ColumnMapping => ({ index, header: uniqueName(`Kolonne ${index + 1}`, usedNames), field: null }));
  return [...named, ...added].sort((a, b) => a.index - b.index);
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}
