import { ExtractError } from './extract-result';

/** Records of cell text, the 1-based line each record starts on, and where in the text it starts. */
export interface CsvRecords {
  records: string[][];
  lines: number[];
  /** The offset of each record's first character; `starts[i + 1]` (or `end`) is where record i ends, its line break included. */
  starts: number[];
  /** The offset just after the last record read. */
  end: number;
}

/**
 * Where each record of a text is, found without cutting the plain ones into cells: a table of
 * 100,000 rows whose cells all live at once is millions of strings for the garbage collector to
 * copy and mark, while cells cut one row at a time, when the row is read, die young and cost little.
 */
export interface CsvIndex {
  lines: number[];
  starts: number[];
  /**
   * Where a plain record's own text ends, before its line break: cut there and split at the
   * delimiter, it is the record's cells. (For a record in `parsed`, where the parser stopped.)
   */
  contentEnds: number[];
  /**
   * The cells of the records that needed the full parser (a quote, a lone CR), by record index,
   * kept as parsed: such records are few in an extract, but a file quoted throughout keeps them all.
   */
  parsed: Map<number, string[]>;
  /** The offset just after the last record read. */
  end: number;
}

export interface CsvParseOptions {
  /** Stop after this many records (used to look for the header row). */
  maxRecords?: number;
  /** Longest physical line allowed, not counting text inside quotes. */
  maxLineLength?: number;
}

/**
 * A line longer than this is not a care-plan extract row (real rows are a few hundred characters);
 * refusing it early keeps a minified or garbled file from being parsed as one giant cell.
 */
export const defaultMaxLineLength = 5000;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * RFC 4180 parsing: fields may be quoted with `"`, a quoted field may hold the delimiter, `""` and
 * CR/LF/CRLF line breaks; lines end in CRLF, LF or CR; the final line break may be missing. A quote
 * only opens a quoted field at the field's start; elsewhere it is an ordinary character, as Excel reads it.
 */
export function parseCsv(text: string, delimiter: string, options: CsvParseOptions = {}): CsvRecords {
  const index = indexCsv(text, delimiter, options);
  const records = index.starts.map((_, record) => csvRecordCells(text, delimiter, index, record));
  return { records, lines: index.lines, starts: index.starts, end: index.end };
}

/** Record `record`'s cells: a plain record's cut from the text anew on each call, a parsed one's as kept. Not to be changed. */
export function csvRecordCells(text: string, delimiter: string, index: CsvIndex, record: number): string[] {
  return index.parsed.get(record) ?? text.slice(index.starts[record], index.contentEnds[record]).split(delimiter);
}

/** `parseCsv`'s reading, keeping only where the records are (and the cells of those with quotes). */
export function indexCsv(text: string, delimiter: string, options: CsvParseOptions = {}): CsvIndex {
  if (delimiter.length !== 1) throw new RangeError(`A delimiter is one character: ${JSON.stringify(delimiter)}`);
  const delimiterCode = delimiter.charCodeAt(0);
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const maxLineLength = options.maxLineLength ?? defaultMaxLineLength;
  const lines: number[] = [];
  const starts: number[] = [];
  const contentEnds: number[] = [];
  const parsed = new Map<number, string[]>();
  const length = text.length;
  let pos = 0;
  let line = 1;
  // Characters outside quotes on the current physical line.
  let lineLength = 0;
  // Where the next quote, CR and LF are; kept so that each is searched for once per occurrence, not once per line.
  let nextQuote = text.indexOf('"');
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');

  while (pos < length && starts.length < maxRecords) {
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    const lineEnd = nextLf === -1 ? length : nextLf;
    const contentEnd = nextCr !== -1 && nextCr === lineEnd - 1 ? lineEnd - 1 : lineEnd;
    if ((nextQuote === -1 || nextQuote >= lineEnd) && (nextCr === -1 || nextCr >= contentEnd)) {
      // Most lines hold no quote and no lone CR: their cells are the line split at the delimiter, cut when read.
      if (contentEnd - pos > maxLineLength) throw lineTooLong(line, maxLineLength);
      lines.push(line);
      starts.push(pos);
      contentEnds.push(contentEnd);
      pos = lineEnd + 1;
      line++;
      continue;
    }
    const record: string[] = [];
    const recordLine = line;
    const recordStart = pos;
    lineLength = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        const quoteLine = line;
        let parts = '';
        let chunkStart = pos + 1;
        pos = chunkStart;
        for (;;) {
          const next = text.indexOf('"', pos);
          if (next === -1) {
            throw new ExtractError(
              'unterminated_quote',
              `Et felt i linje ${quoteLine} begynder med et anførselstegn ("), som aldrig afsluttes. Filen er sandsynligvis beskadiget; tag et nyt udtræk, og prøv igen.`,
            );
          }
          line += countLineBreaks(text, pos, next);
          if (text.charCodeAt(next + 1) === QUOTE) {
            parts += text.slice(chunkStart, next + 1);
            pos = next + 2;
            chunkStart = pos;
            continue;
          }
          value = parts + text.slice(chunkStart, next);
          pos = next + 1;
          break;
        }
        if (line !== quoteLine) lineLength = 0;
        // Text after the closing quote (`"ab"c`) is kept, as spreadsheet programs do.
        const tailStart = pos;
        pos = scanUnquoted(text, pos, delimiterCode);
        if (pos > tailStart) value += text.slice(tailStart, pos);
        lineLength += 2 + pos - tailStart;
      } else {
        const start = pos;
        pos = scanUnquoted(text, pos, delimiterCode);
        value = text.slice(start, pos);
        lineLength += pos - start;
      }
      record.push(value);
      if (lineLength > maxLineLength) throw lineTooLong(line, maxLineLength);
      if (pos >= length) break;
      const code = text.charCodeAt(pos);
      if (code === delimiterCode) {
        pos++;
        lineLength++;
        continue;
      }
      // A line break ends the record; CRLF counts as one.
      pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      lineLength = 0;
      break;
    }
    parsed.set(starts.length, record);
    lines.push(recordLine);
    starts.push(recordStart);
    contentEnds.push(pos);
  }
  return { lines, starts, contentEnds, parsed, end: Math.min(pos, length) };
}

function scanUnquoted(text: string, from: number, delimiterCode: number): number {
  const length = text.length;
  let pos = from;
  while (pos < length) {
    const code = text.charCodeAt(pos);
    if (code === delimiterCode || code === LF || code === CR) break;
    pos++;
  }
  return pos;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) breaks++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) breaks++;
  }
  return breaks;
}

function lineTooLong(line: number, maxLineLength: number): ExtractError {
  return new ExtractError(
    'line_too_long',
    `Linje ${line} er længere end ${maxLineLength.toLocaleString('da-DK')} tegn, så filen er ikke et udtræk af forløbsplaner. Tjek, at det er den rigtige fil.`,
  );
}

export interface CsvWriteOptions {
  delimiter: string;
  lineEnding: '\r\n' | '\n';
  /** Quote every field, not only those that need it. */
  quoteAll?: boolean;
  /** End the last row with a line break too (default true). */
  finalLineBreak?: boolean;
}

/**
 * Rows as RFC 4180 text. A field is quoted when it holds the delimiter, a quote or a line break,
 * and a row of one empty field is written `""` so it cannot be mistaken for a blank line.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const { delimiter, lineEnding, quoteAll = false, finalLineBreak = true } = options;
  const text = rows
    .map((row) =>
      row.length === 1 && row[0] === ''
        ? '""'
        : row.map((field) => (quoteAll || needsQuotes(field, delimiter) ? quote(field) : field)).join(delimiter),
    )
    .join(lineEnding);
  return finalLineBreak && rows.length > 0 ? text + lineEnding : text;
}

function needsQuotes(field: string, delimiter: string): boolean {
  return field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r');
}

function quote(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}
