import { isEmptyRow } from './care-plan-rows';
import { parseCsv } from './csv';
import type { RawRow, RawRows } from './extract-result';

/** Rows written as text, read again with the import's own parser, empty ones skipped as on import. */
export function textRowCells(text: string, delimiter: string): string[][] {
  return parseCsv(text, delimiter).records.filter((record) => !isEmptyRow(record));
}

/** Every raw row of a read with its line and its cells, a text file's cut from its spans of the text. */
export function rawRowList(raw: RawRows): RawRow[] {
  if (raw.kind === 'cells') return raw.rows;
  const first = raw.starts[0];
  if (first === undefined) return [];
  const cells = textRowCells(raw.text.slice(first, raw.ends.at(-1)), raw.delimiter);
  if (cells.length !== raw.lines.length) throw new Error(`Raw text holds ${cells.length} rows for ${raw.lines.length} lines`);
  return raw.lines.map((line, at) => ({ line, cells: cells[at]! }));
}
