import type { ImportNote } from './extract-result';

/**
 * æ ø å Æ Ø Å written as UTF-8 and then read as Windows-1252 (or Latin-1, which leaves 0x85, 0x86,
 * 0x98 as controls) and saved as UTF-8 again: "Ã" and the character of the sequence's second byte.
 */
const doubleEncoded: ReadonlyMap<string, string> = new Map([
  ['\u00a6', 'æ'],
  ['\u00b8', 'ø'],
  ['\u00a5', 'å'],
  ['\u2020', 'Æ'],
  ['\u0086', 'Æ'],
  ['\u02dc', 'Ø'],
  ['\u0098', 'Ø'],
  ['\u2026', 'Å'],
  ['\u0085', 'Å'],
]);
const doubleEncodedPattern = /Ã[\u00a6\u00b8\u00a5\u2020\u0086\u02dc\u0098\u2026\u0085]/g;

/**
 * A note when the text holds æ ø å saved as UTF-8 twice ("Ã¸" for "ø"), naming the first line it is on.
 * The values are left as they are: "Ã¸" could, rarely, be meant, and the fix belongs where the file was
 * garbled, so the note says where to look rather than the import guessing.
 */
export function doubleEncodingNote(text: string): ImportNote | null {
  // Most files have no "Ã" at all: one native search, and the common case is done.
  const first = text.indexOf('Ã');
  if (first === -1) return null;
  doubleEncodedPattern.lastIndex = first;
  const match = doubleEncodedPattern.exec(text);
  if (match === null) return null;
  let count = 1;
  while (doubleEncodedPattern.exec(text) !== null) count++;
  const line = lineOf(text, match.index);
  const places = count === 1 ? 'ét sted' : `${count.toLocaleString('da-DK')} steder`;
  return {
    line,
    reason: `Filen ser ud til at være gemt som UTF-8 to gange: "${match[0]}" står for "${doubleEncoded.get(match[0].charAt(1))}", første gang i linje ${line} (${places} i alt). Værdierne er indlæst, som de står: tjek navnene i rapporten, og tag et nyt udtræk fra XMO, hvis filen har været åbnet og gemt i et andet program.`,
  };
}

/** The 1-based line of text index `at`, counting CRLF, LF and a lone CR as one line break each, as the CSV reader does. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  for (let i = text.indexOf('\r'); i !== -1 && i < at; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}
