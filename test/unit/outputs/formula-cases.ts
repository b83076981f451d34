/** The characters a spreadsheet may start a formula with, the ASCII ones and their fullwidth twins. */
export const formulaCharacters = ['=', '+', '-', '@', '＝', '＋', '－', '＠'] as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Zero-width and bidirectional-control characters, which no one sees at the start of a cell. */
export const invisibleCharacters = [...range(0x200b, 0x200f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\uFEFF'];

/**
 * What a test holds every written cell to, written apart from the guard so that it checks it:
 * after any invisible characters and spaces, a cell must not start with a formula character, nor
 * with a TAB or CR at all.
 */
export function startsLikeAFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  let rest = text;
  for (;;) {
    const trimmed = rest.replace(/^\s+/u, '');
    const next = invisibleCharacters.some((char) => trimmed.startsWith(char)) ? trimmed.slice(1) : trimmed;
    if (next === rest) break;
    rest = next;
  }
  return (formulaCharacters as readonly string[]).some((char) => rest.startsWith(char));
}

/** Hostile cell texts: every formula character behind nothing, a TAB, a CR, a space and each invisible character. */
export const hostileTexts: string[] = formulaCharacters.flatMap((formula) =>
  ['', '\t', '\r', ' ', ...invisibleCharacters, `${invisibleCharacters[0]} ${invisibleCharacters[10]}`].map((prefix) => `${prefix}${formula}HYPERLINK("http://x","klik")`),
);
