import { doubleEncodingNote } from './double-encoding';
import { ExtractError, type ImportNote } from './extract-result';
import { decodeUtf8With1252 } from './utf8-with-1252';

/**
 * The encoding a text file was read in; `utf-8-bom` is UTF-8 that began with a byte-order mark, and
 * `+windows-1252` marks a file of UTF-8 with bytes that are not, each read as Windows-1252.
 */
export type TextEncodingName =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-8+windows-1252'
  | 'utf-8-bom+windows-1252'
  | 'windows-1252'
  | 'utf-16le'
  | 'utf-16be';

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
  /** What the import report should say about the reading (line 0: the file as a whole). */
  notes: ImportNote[];
}

/** How many leading bytes the binary check looks at: enough to see a file's nature, cheap on 200,000 rows. */
const sniffLength = 8192;

/**
 * Bytes of a delimited-text extract as text. UTF-8 when the bytes are valid UTF-8 (with or without
 * BOM), else Windows-1252, the encoding Danish Excel and XMO write, for each byte that is not part of
 * a UTF-8 sequence (a file edited in two programs has both; the report says so); UTF-16 only with its
 * BOM, as Excel's "Unicode text" export writes it. Notes æ ø å that were saved as UTF-8 twice.
 * Refuses empty, binary and HTML files with a Danish message.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw emptyFile();
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') throw emptyFile();
  if (looksLikeHtml(decoded.text)) {
    throw new ExtractError(
      'html',
      'Filen er en webside (HTML), ikke et udtræk, selv om den måske hedder .xls. Gem udtrækket fra XMO som CSV eller som Excel-projektmappe (.xlsx), og prøv igen.',
    );
  }
  const doubleEncoded = doubleEncodingNote(decoded.text);
  if (doubleEncoded !== null) decoded.notes.push(doubleEncoded);
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), true);
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  }
  rejectBinary(bytes);
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodedText {
  try {
    // The native decoder is the fast path: nearly every file is ASCII or valid UTF-8.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8', notes: [] };
  } catch {
    // Not valid UTF-8 throughout: read sequence by sequence, never as U+FFFD.
  }
  const mixed = decodeUtf8With1252(bytes);
  if (mixed.utf8Sequences === 0 && !bom) return { text: mixed.text, encoding: 'windows-1252', notes: [] };
  const count = mixed.windows1252Bytes.toLocaleString('da-DK');
  return {
    text: mixed.text,
    encoding: bom ? 'utf-8-bom+windows-1252' : 'utf-8+windows-1252',
    notes: [
      {
        line: 0,
        reason: `Filen blander to tegnsæt: ${count} tegn er læst som Windows-1252 (det første i linje ${mixed.firstWindows1252Line}). Tjek navne med æ, ø og å i rapporten.`,
      },
    ],
  };
}

function rejectBinary(bytes: Uint8Array): void {
  const end = Math.min(bytes.length, sniffLength);
  if (end >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ExtractError(
      'binary',
      'Filen er i det gamle Excel-format (.xls), som ikke kan læses. Åbn den i Excel, gem den som Excel-projektmappe (.xlsx) eller CSV, og prøv igen.',
    );
  }
  let controlBytes = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) throw binaryFile();
    // Text holds TAB, LF, FF and CR; other control bytes are rare even in damaged text.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controlBytes++;
    }
  }
  if (controlBytes * 100 > end) throw binaryFile();
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('<')) return false;
  const head = start.slice(0, 1024).toLowerCase();
  return ['<!doctype html', '<html', '<head', '<body', '<table', '<meta'].some((tag) => head.includes(tag));
}

function emptyFile(): ExtractError {
  return new ExtractError('empty', 'Filen er tom. Tag et nyt udtræk af forløbsplanerne i XMO, og prøv igen.');
}

function binaryFile(): ExtractError {
  return new ExtractError(
    'binary',
    'Filen er ikke en tekstfil eller et regneark, som kan læses (den indeholder binære data). Vælg udtrækket som CSV- eller .xlsx-fil.',
  );
}
