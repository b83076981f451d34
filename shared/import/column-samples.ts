import type { CellTable } from './cell-table';

/** Values shown per column on the mapping screen. */
export const samplesPerColumn = 3;

/** Data rows looked through for them: enough for sparse columns, without walking a 200,000-row file. */
export const sampleRowsSearched = 500;

/**
 * A cell as the mapping screen may show it: a CPR number only by its birth-date part
 * (`010160-••••`), whichever column it is in, since which column holds CPR numbers is what the
 * user is being asked. Long text is cut short.
 */
export function maskSample(value: string): string {
  const cpr = /^(\d{6})-?\d{4}$/.exec(value);
  if (cpr) return `${cpr[1]}-••••`;
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/**
 * For each named cell of the header row (in order, empty ones skipped, as `headers` are): the
 * first three non-empty values below it, masked.
 */
export function columnSamples(table: CellTable, headerIndex: number, headerCells: readonly string[]): string[][] {
  const columns = headerCells.flatMap((cell, index) => (cell.trim() === '' ? [] : [index]));
  const samples = columns.map((): string[] => []);
  const end = Math.min(table.rowCount, headerIndex + 1 + sampleRowsSearched);
  for (let r = headerIndex + 1; r < end; r++) {
    const cells = table.cells(r);
    columns.forEach((column, i) => {
      const value = (cells[column] ?? '').trim();
      const found = samples[i];
      if (value !== '' && found !== undefined && found.length < samplesPerColumn) found.push(maskSample(value));
    });
    if (samples.every((found) => found.length === samplesPerColumn)) break;
  }
  return samples;
}
