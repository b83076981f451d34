import { readPlanRows } from './care-plan-rows';
import { dateCellContext } from './cell-values';
import { arrayCellTable, leadingRows, textCellTable, type CellTable } from './cell-table';
import { parseCsv, type CsvRecords } from './csv';
import { mergeDuplicateCprs } from './duplicate-cprs';
import { findExtractDate, type PreambleLine } from './extract-date';
import { refuseOversizedExtract } from './extract-size';
import {
  ExtractError,
  extractInputSchema,
  type ExtractInput,
  type ExtractRead,
  type ImportNote,
  type RowProgress,
} from './extract-result';
import {
  buildColumns,
  compareHeaderRows,
  findHeaderRow,
  guessHeaderRow,
  maxPreambleRows,
  withHeaderlessColumns,
  type HeaderRow,
  type Recogniser,
} from './header-row';
import { followUpFields, headerRecogniser } from './headers';
import { columnSamples, sampleRowsSearched } from './column-samples';
import { decodeText, type DecodedText } from './text-decoding';
import { isZipArchive, openWorkbook, sheetSearchOrder, unreadableWorkbook } from './xlsx-sheet';

/** The file read as a table, before any care-plan field is parsed. */
interface Source {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  date1904: boolean;
  table: CellTable;
  header: HeaderRow | null;
  /** With no header row found: the cells that look most like headers, for the user to map. */
  guessedHeaders: string[];
  /** The first values below each of `guessedHeaders`. */
  guessedSamples: string[][];
  /** What reading the file as text had to say (mixed encodings, double-encoded letters). */
  notes: ImportNote[];
}

/** Delimiters in the order they win a tie: `;` is what Danish Excel writes. */
const delimiters = [';', '\t', ','] as const;

/**
 * Reads a care-plan extract (.csv/.txt or .xlsx, recognised by content, not by name) into one
 * care plan per CPR. Pure: no file system, so it runs in Node, a browser or a worker.
 * Throws ExtractError, with a Danish message, when the bytes are not a readable care-plan extract.
 * The care plans are built field by field from checked cell values, so they are not run through
 * carePlanSchema again here: on 100,000 rows that copy cost a quarter of the time (the tests check
 * every result against extractReadSchema instead).
 */
export function readExtract(input: ExtractInput, onRows?: RowProgress): ExtractRead {
  refuseOversizedExtract(input.bytes.length);
  extractInputSchema.parse(input);
  const recognise = headerRecogniser(input.columnMapping);
  const source = isZipArchive(input.bytes)
    ? readXlsxSource(input.bytes, recognise)
    : readTextSource(input.bytes, input.fileName, recognise);
  const { table, header } = source;
  if (header === null) {
    throw new ExtractError(
      'no_header',
      `Filen ligner ikke et udtræk af forløbsplaner: ingen af de første ${maxPreambleRows + 1} linjer har kolonneoverskrifter som "CPR-nr." og "Årskontrol".`,
      source.guessedHeaders,
      source.guessedSamples,
    );
  }
  const headers = header.cells.filter((cell) => cell !== '');
  const samples = () => columnSamples(table, header.index, header.cells);
  if (!header.hasCpr) {
    throw new ExtractError(
      'no_cpr_column',
      `Filen har ingen kolonne med CPR-numre. Kolonnerne hedder: ${headers.join(', ')}. Vælg, hvilken kolonne der holder CPR-nummeret.`,
      headers,
      samples(),
    );
  }
  const { columns: namedColumns, notes: columnNotes } = buildColumns(header, table.line(header.index), recognise);
  if (!namedColumns.some((column) => column.field !== null && followUpFields.includes(column.field))) {
    throw new ExtractError(
      'no_follow_up_column',
      'Filen har ingen kolonne for årskontrol/årsstatus, øjenundersøgelse eller fodundersøgelse, så den er ikke et udtræk af forløbsplaner. Hedder kolonnen noget andet, så vælg den selv.',
      headers,
      samples(),
    );
  }
  if (!hasDataRow(table, header.index)) {
    throw new ExtractError('no_data_rows', 'Filen har kolonneoverskrifter, men ingen rækker med patienter.');
  }
  const extractDate = findExtractDate(preambleLines(table, header.index), input);
  const planRows = readPlanRows(
    table,
    header,
    namedColumns,
    dateCellContext(extractDate.date, { excelSerials: source.format === 'xlsx', date1904: source.date1904 }),
    onRows,
  );
  const merged = mergeDuplicateCprs(planRows.drafts);
  const columns = withHeaderlessColumns(namedColumns, planRows.headerless);
  return {
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    sheet: source.sheet,
    extractDate: extractDate.date,
    extractDateSource: extractDate.source,
    headers,
    columns,
    unknownColumns: columns.filter((column) => column.field === null).map((column) => column.header),
    rowsRead: planRows.rowsRead,
    raw: planRows.raw,
    patients: merged.plans,
    rejected: planRows.rejected,
    warnings: planRows.warnings,
    notes: [...source.notes, ...extractDate.notes, ...columnNotes, ...planRows.notes, ...merged.notes],
  };
}

function readTextSource(bytes: Uint8Array, fileName: string, recognise: Recogniser): Source {
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    // A binary file named .xlsx is a damaged workbook to the user, not "some binary file".
    if (error instanceof ExtractError && error.code === 'binary' && /\.xls[xm]$/i.test(fileName)) {
      throw unreadableWorkbook();
    }
    throw error;
  }
  const { text, encoding, notes } = decoded;
  let best: { delimiter: string; header: HeaderRow | null } | null = null;
  let guess: { delimiter: string; index: number; cells: string[]; records: string[][] } | null = null;
  let quoteError: ExtractError | null = null;
  for (const delimiter of delimiters) {
    let lead: CsvRecords;
    try {
      lead = parseCsv(text, delimiter, { maxRecords: maxPreambleRows + 2 });
    } catch (error) {
      // Read with the wrong delimiter, a quote inside a field can look like an opening quote.
      if (error instanceof ExtractError && error.code === 'unterminated_quote') {
        quoteError ??= error;
        continue;
      }
      throw error;
    }
    const header = findHeaderRow(lead.records, recognise);
    if (best === null || compareHeaderRows(header, best.header) > 0) best = { delimiter, header };
    const row = guessHeaderRow(lead.records);
    if (row !== null && (guess === null || named(row.cells).length > named(guess.cells).length)) {
      guess = { delimiter, ...row, records: lead.records };
    }
  }
  // An unclosed quote is the better explanation when no delimiter turned up a header row.
  if (best === null || (best.header === null && quoteError !== null)) {
    throw quoteError ?? new RangeError('No delimiter was tried');
  }
  const table = best.header === null ? arrayCellTable([], []) : textCellTable(text, best.delimiter);
  return {
    format: 'csv',
    encoding,
    delimiter: best.delimiter,
    sheet: null,
    date1904: false,
    table,
    header: best.header,
    notes,
    ...(best.header === null && guess !== null ? guessedColumns(text, guess) : { guessedHeaders: [], guessedSamples: [] }),
  };
}

function named(cells: readonly string[]): string[] {
  return cells.filter((cell) => cell !== '');
}

/**
 * The guessed headers and their samples, from enough rows of the text to find values in sparse
 * columns; should those rows not parse (a stray quote further down), from the rows already read.
 */
function guessedColumns(
  text: string,
  guess: { delimiter: string; index: number; cells: string[]; records: string[][] },
): Pick<Source, 'guessedHeaders' | 'guessedSamples'> {
  let records = guess.records;
  try {
    records = parseCsv(text, guess.delimiter, { maxRecords: guess.index + 1 + sampleRowsSearched }).records;
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
  }
  return { guessedHeaders: named(guess.cells), guessedSamples: columnSamples(arrayCellTable(records, []), guess.index, guess.cells) };
}

function readXlsxSource(bytes: Uint8Array, recognise: Recogniser): Source {
  const book = openWorkbook(bytes);
  let chosen: { sheet: string; table: CellTable; header: HeaderRow | null } | null = null;
  for (const sheet of sheetSearchOrder(book.sheetNames)) {
    const table = book.sheetTable(sheet);
    const header = findHeaderRow(leadingRows(table, maxPreambleRows + 2), recognise);
    if (chosen === null || compareHeaderRows(header, chosen.header) > 0) chosen = { sheet, table, header };
    if (header?.hasCpr) break;
  }
  if (chosen === null) throw unreadableWorkbook();
  const guess = chosen.header === null ? guessHeaderRow(leadingRows(chosen.table, maxPreambleRows + 2)) : null;
  const guessedHeaders = guess === null ? [] : named(guess.cells);
  const guessedSamples = guess === null ? [] : columnSamples(chosen.table, guess.index, guess.cells);
  return { format: 'xlsx', encoding: null, delimiter: null, date1904: book.date1904, guessedHeaders, guessedSamples, notes: [], ...chosen };
}

function hasDataRow(table: CellTable, headerIndex: number): boolean {
  for (let r = headerIndex + 1; r < table.rowCount; r++) {
    if (table.cells(r).some((cell) => cell.trim() !== '')) return true;
  }
  return false;
}

function preambleLines(table: CellTable, headerIndex: number): PreambleLine[] {
  return leadingRows(table, headerIndex).map((cells, index) => ({
    line: table.line(index),
    text: cells.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' '),
  }));
}
