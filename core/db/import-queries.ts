import type Database from 'better-sqlite3';
import { inflateRawSync } from 'node:zlib';
import type { RawRows } from '../../shared/import/extract-result';
import { textRowCells } from '../../shared/import/raw-rows';

/** The import's own statements beside `queries.ts`: raw rows in blocks, batch counts, and saved column mappings. */

export interface ColumnProfileRow {
  header_key: string;
  headers: string;
  mapping: string;
  saved_at: string;
  saved_by: string;
}

/** A column of the file as its raw rows are stored: where its cells are in a row, and its name. */
export interface RawColumn {
  index: number;
  header: string;
}

/** One data row as read from the file: its line and its cells by column name. */
export interface StoredRawRow {
  line: number;
  cells: Record<string, string>;
}

interface RawRowBlockRow {
  first_line: number;
  last_line: number;
  row_count: number;
  rows: string | Buffer;
}

/**
 * A block's `rows`, as JSON: the columns once, then each row's line and its cells as the file had
 * them, either as cells (`cells`, a workbook's) or as the text the rows were written as (`text`
 * with its `delimiter`, a CSV's: read again with the same parser, empty rows skipped as on import).
 */
export type RawRowBlock = { columns: [number, string][]; lines: number[] } & ({ cells: string[][] } | { text: string; delimiter: string });


export interface BatchCounts {
  patients_new: number;
  patients_changed: number;
  patients_absent: number;
}

/**
 * Lines per block: large enough that a 100,000-row extract is a few dozen inserts and compresses
 * well, small enough that looking up one line inflates little.
 */
export const rawRowsPerBlock = 5000;

/** A block of raw rows ready to be stored: its lines, and its rows, to be stored as deflated JSON. */
export interface RawRowBlockRows {
  first_line: number;
  last_line: number;
  row_count: number;
  rows: RawRowBlock;
}

/** How hard the blocks are deflated: the fastest level, since every import pays for it. */
export const rawRowDeflateLevel = 1;

/**
 * Rows exactly as read, in blocks of `rawRowsPerBlock` lines, each as the value stored as JSON
 * (deflated with `rawRowDeflateLevel`). A CSV's rows are the spans of its text they were read from;
 * a workbook's are its rows' own cell arrays, put into the JSON as they are.
 */
export function rawRowBlocks(columns: readonly RawColumn[], raw: RawRows): RawRowBlockRows[] {
  const columnPairs = columns.map((column): [number, string] => [column.index, column.header]);
  const count = raw.kind === 'text' ? raw.lines.length : raw.rows.length;
  const blocks: RawRowBlockRows[] = [];
  for (let start = 0; start < count; start += rawRowsPerBlock) {
    const end = Math.min(start + rawRowsPerBlock, count);
    let lines: number[];
    let stored: RawRowBlock;
    if (raw.kind === 'text') {
      lines = raw.lines.slice(start, end);
      stored = { columns: columnPairs, lines, delimiter: raw.delimiter, text: raw.text.slice(raw.starts[start], raw.ends[end - 1]) };
    } else {
      const block = raw.rows.slice(start, end);
      lines = block.map((row) => row.line);
      stored = { columns: columnPairs, lines, cells: block.map((row) => row.cells) };
    }
    blocks.push({ first_line: lines[0]!, last_line: lines.at(-1)!, row_count: lines.length, rows: stored });
  }
  return blocks;
}

export const sql = {
  insertRawRowBlock: 'INSERT INTO raw_row_blocks (batch_id, first_line, last_line, row_count, rows) VALUES (?, ?, ?, ?, ?)',
  rawRowBlocksForBatch: 'SELECT first_line, last_line, row_count, rows FROM raw_row_blocks WHERE batch_id = ? ORDER BY first_line',
  rawRowBlockAt: `SELECT first_line, last_line, row_count, rows FROM raw_row_blocks
     WHERE batch_id = ? AND first_line <= ? ORDER BY first_line DESC LIMIT 1`,
  countRawRows: 'SELECT coalesce(sum(row_count), 0) AS n FROM raw_row_blocks WHERE batch_id = ?',
  /**
   * New, changed and absent patients of a batch against another (null: none), counted in SQLite by
   * primary key once the batch's snapshots are written, instead of loading the other batch's
   * 100,000 snapshots into JavaScript to compare them there.
   */
  countAgainstBatch: `SELECT
       (SELECT count(*) FROM snapshots s WHERE s.batch_id = @batch
          AND NOT EXISTS (SELECT 1 FROM snapshots p WHERE p.batch_id = @other AND p.cpr = s.cpr)) AS patients_new,
       (SELECT count(*) FROM snapshots s JOIN snapshots p ON p.batch_id = @other AND p.cpr = s.cpr
          WHERE s.batch_id = @batch AND s.plan IS NOT p.plan) AS patients_changed,
       (SELECT count(*) FROM snapshots p WHERE p.batch_id = @other
          AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.batch_id = @batch AND s.cpr = p.cpr)) AS patients_absent`,
  setBatchCounts: `UPDATE import_batches SET patients_new = @patients_new, patients_changed = @patients_changed,
       patients_absent = @patients_absent WHERE id = @id`,
  profileByKey: 'SELECT * FROM column_profiles WHERE header_key = ?',
  saveProfile: `INSERT INTO column_profiles (header_key, headers, mapping, saved_at, saved_by)
     VALUES (@header_key, @headers, @mapping, @saved_at, @saved_by)
     ON CONFLICT (header_key) DO UPDATE SET headers = excluded.headers, mapping = excluded.mapping,
       saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
} as const;

/** A stored block with its rows' cells, read again from its text when it holds a CSV's. */
function decodeBlock(stored: string | Buffer): { columns: [number, string][]; lines: number[]; cells: string[][] } {
  const block = JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as RawRowBlock;
  if ('cells' in block) return block;
  const cells = textRowCells(block.text, block.delimiter);
  if (cells.length !== block.lines.length) throw new Error(`A raw-row block holds ${cells.length} rows for ${block.lines.length} lines`);
  return { columns: block.columns, lines: block.lines, cells };
}

function namedRow(block: ReturnType<typeof decodeBlock>, at: number): StoredRawRow {
  const cells: Record<string, string> = {};
  const row = block.cells[at] ?? [];
  for (const [index, header] of block.columns) cells[header] = row[index] ?? '';
  return { line: block.lines[at] ?? 0, cells };
}

export function prepareImportQueries(db: Database.Database) {
  const insertRawRowBlock = db.prepare<[number, number, number, number, Uint8Array]>(sql.insertRawRowBlock);
  const rawRowBlocksForBatch = db.prepare<[number], RawRowBlockRow>(sql.rawRowBlocksForBatch);
  const rawRowBlockAt = db.prepare<[number, number], RawRowBlockRow>(sql.rawRowBlockAt);
  const countRawRows = db.prepare<[number], { n: number }>(sql.countRawRows);
  const countAgainstBatch = db.prepare<{ batch: number; other: number | null }, BatchCounts>(sql.countAgainstBatch);
  const setBatchCounts = db.prepare<BatchCounts & { id: number }>(sql.setBatchCounts);
  const profileByKey = db.prepare<[string], ColumnProfileRow>(sql.profileByKey);
  const saveProfile = db.prepare<ColumnProfileRow>(sql.saveProfile);
  return {
    /** Stores one block of `rawRowBlocks`, its rows' JSON deflated with `rawRowDeflateLevel`. */
    insertRawRowBlock: (batchId: number, block: Omit<RawRowBlockRows, 'rows'>, deflated: Uint8Array) =>
      insertRawRowBlock.run(batchId, block.first_line, block.last_line, block.row_count, deflated),
    /** Every raw row of a batch, in line order, by column name. */
    rawRowsForBatch: (batchId: number): StoredRawRow[] =>
      rawRowBlocksForBatch.all(batchId).flatMap((stored) => {
        const block = decodeBlock(stored.rows);
        return block.lines.map((_, at) => namedRow(block, at));
      }),
    /** One line's raw row, or undefined when the batch has no data row on that line. */
    rawRowAt: (batchId: number, line: number): StoredRawRow | undefined => {
      const stored = rawRowBlockAt.get(batchId, line);
      if (!stored || line > stored.last_line) return undefined;
      const block = decodeBlock(stored.rows);
      const at = block.lines.indexOf(line);
      return at === -1 ? undefined : namedRow(block, at);
    },
    countRawRows: (batchId: number) => countRawRows.get(batchId)?.n ?? 0,
    countAgainstBatch: (batchId: number, otherBatchId: number | null): BatchCounts =>
      countAgainstBatch.get({ batch: batchId, other: otherBatchId }) ?? { patients_new: 0, patients_changed: 0, patients_absent: 0 },
    setBatchCounts: (batchId: number, counts: BatchCounts) => setBatchCounts.run({ id: batchId, ...counts }),
    profileByKey: (headerKey: string) => profileByKey.get(headerKey),
    /** A new mapping for a header set replaces the old one: the user's latest choice wins. */
    saveProfile: (profile: ColumnProfileRow) => saveProfile.run(profile),
  };
}

export type ImportQueries = ReturnType<typeof prepareImportQueries>;
