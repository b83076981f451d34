import { z } from 'zod';
import { carePlanSchema, extractFieldSchema, isoDateSchema, type ExtractField } from '../care-plan';

/** A row that was not imported: its CPR is missing or malformed. `line` is 1-based in the file (the sheet row for XLSX). */
export const rejectedRowSchema = z.object({ line: z.number().int(), reason: z.string() });
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

/** A cell that was read but not used: it counts as missing, its raw value is kept. */
export const cellWarningSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  reason: z.string(),
  raw: z.string(),
});
export type CellWarning = z.infer<typeof cellWarningSchema>;

/**
 * Things worth telling the user that are not errors: a merged duplicate CPR, a converted DCCT HbA1c.
 * `line` 0: the note is about the file as a whole (e.g. an overridden extract date).
 */
export const importNoteSchema = z.object({ line: z.number().int(), reason: z.string() });
export type ImportNote = z.infer<typeof importNoteSchema>;

export const extractDateSourceSchema = z.enum(['preamble', 'file_name', 'override', 'file_modified']);
export type ExtractDateSource = z.infer<typeof extractDateSourceSchema>;

export const columnMappingSchema = z.object({
  index: z.number().int(),
  header: z.string(),
  field: extractFieldSchema.nullable(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * One data row as read from the file, before parsing: its cells exactly as read, by column index
 * (`columns` names them; `namedCells` pairs them up). Kept as the reader's own array, not copied.
 */
export const rawRowSchema = z.object({
  line: z.number().int(),
  cells: z.array(z.string()),
});
export type RawRow = z.infer<typeof rawRowSchema>;

/** A raw row's cells by column name, as the user knows them; a cell the row does not reach is empty. */
export function namedCells(cells: readonly string[], columns: readonly Pick<ColumnMapping, 'index' | 'header'>[]): Record<string, string> {
  const named: Record<string, string> = {};
  for (const column of columns) named[column.header] = cells[column.index] ?? '';
  return named;
}

/**
 * The raw rows of a read, exactly as the file had them. A text file's are spans of its decoded
 * text (`starts[i]` to `ends[i]`, line break included), read again with the same parser when
 * needed: storing the spans keeps the rows as written without holding or writing every cell out
 * again. A workbook's are its rows' own cell arrays.
 */
export const rawRowsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    delimiter: z.string().length(1),
    lines: z.array(z.number().int()),
    starts: z.array(z.number().int()),
    ends: z.array(z.number().int()),
  }),
  z.object({ kind: z.literal('cells'), rows: z.array(rawRowSchema) }),
]);
export type RawRows = z.infer<typeof rawRowsSchema>;

export const extractReadSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
  extractDate: isoDateSchema,
  extractDateSource: extractDateSourceSchema,
  /** The header row's non-empty cells as in the file: what a saved column mapping is keyed by. */
  headers: z.array(z.string()),
  columns: z.array(columnMappingSchema),
  unknownColumns: z.array(z.string()),
  /** Data rows read, rejected ones included; empty rows are not counted. */
  rowsRead: z.number().int(),
  /** Every data row counted in `rowsRead`, as written. */
  raw: rawRowsSchema,
  /** One care plan per CPR, in CPR order. */
  patients: z.array(carePlanSchema),
  rejected: z.array(rejectedRowSchema),
  warnings: z.array(cellWarningSchema),
  notes: z.array(importNoteSchema),
});
export type ExtractRead = z.infer<typeof extractReadSchema>;

export type ExtractErrorCode =
  | 'empty'
  | 'binary'
  | 'html'
  | 'unreadable_xlsx'
  | 'line_too_long'
  | 'unterminated_quote'
  | 'no_header'
  | 'no_cpr_column'
  | 'no_follow_up_column'
  | 'no_data_rows'
  | 'no_extract_date';

/**
 * The file is not a readable care-plan extract. `message` is plain Danish for the user.
 * `headers` holds the header row found when a required column could not be recognised
 * (`no_cpr_column`, `no_follow_up_column`), or the row that looks most like one when no header
 * was recognised at all (`no_header`), so a mapping UI can offer the user a `columnMapping`;
 * `samples` holds, for each of those headers, the first values below it (`column-samples.ts`).
 */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
    readonly headers: readonly string[] = [],
    readonly samples: readonly (readonly string[])[] = [],
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/**
 * Told how far the reader has come through the data rows (`done` of `total`), every few thousand
 * rows. It may throw to stop the read: that is how an import is cancelled between rows.
 */
export type RowProgress = (done: number, total: number) => void;

export interface ExtractInput {
  bytes: Uint8Array;
  fileName: string;
  /** `YYYY-MM-DD`, the file's local modification date. Used when neither the preamble nor the file name holds a date. */
  fileModified?: string;
  /** `YYYY-MM-DD`, the user's own extract date; wins over everything in the file. */
  extractDateOverride?: string;
  /**
   * The user's own column mapping, keyed by header text as in the file: a field overrides
   * recognition, null ignores the column. Headers not named here are recognised as usual.
   */
  columnMapping?: Record<string, ExtractField | null>;
}

/**
 * ExtractInput checked at the reader's door: it arrives from other processes (CLI, IPC), so a
 * wrong type or an unknown field in `columnMapping` fails loudly instead of being ignored. Dates are
 * checked by the reader itself, which explains a bad one to the user in Danish.
 */
export const extractInputSchema = z.object({
  bytes: z.instanceof(Uint8Array),
  fileName: z.string(),
  fileModified: z.string().optional(),
  extractDateOverride: z.string().optional(),
  columnMapping: z.record(z.string(), extractFieldSchema.nullable()).optional(),
});
