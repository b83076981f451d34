import { ExtractError } from './extract-result';

/** The encoding a text file was read in; `utf-8-bom` is UTF-8 that began with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
}

/** How many leading bytes the binary check looks at: enough to see a file's nature, cheap on 200,000 rows. */
const sniffLength = 8192;

/**
 * Bytes of a delimited-text extract as text. UTF-8 when the bytes are valid UTF-8 (with or without
 * BOM), else Windows-1252, the encoding Danish Excel and XMO write; UTF-16 only with its BOM, as Excel's
 * "Unicode text" export writes it. Refuses empty, binary and HTML files with a Danish message.
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
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  rejectBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a Windows-1252 file, where every byte is a character.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 characters for bytes 0x80-0x9F (the WHATWG index); the five unassigned bytes stay as they are. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder reads 'windows-1252' as Latin-1, turning € – “ ” into control characters;
 * browsers do it right. Decoding as Latin-1 and mapping 0x80-0x9F ourselves is right in both.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => windows1252High.charAt(char.charCodeAt(0) - 0x80));
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
