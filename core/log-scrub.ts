/**
 * What may never reach a log file: CPR numbers, names and phone numbers. The log is written from
 * event codes, counts and ids (`core/log.ts`); this is the second line, for whatever slips through
 * a call site, so it errs on the side of hiding.
 *
 * - CPR: ten digits, with or without a dash, space, dot or slash after the sixth, and the date
 *   itself written with dots or slashes (`010180-1234`, `010180.1234`, `01/01/80-1234`).
 * - Phone: eight digits, optionally +45/0045 first, in pairs or fours split by spaces, dashes or
 *   dots (`20-30-40-50`, `+45 20 30 40 50`, `2030 4050`).
 * - Names: two or more capitalised or all-capital words in a row ("Kirsten Christensen", "Bodil
 *   Mølgaard-Hansen", "JENS HANSEN"), and the register's "Efternavn, Fornavn" ("Hansen, Jens").
 *   A Danish sentence capitalises only its first word, so the app's own messages survive; a name
 *   alone in a quoted cell is caught by the quote rule.
 * - Anything quoted (after "værdi", in '…' or "…" or «…»), since quotes are where cell values go.
 */
const cpr = /(?<!\d)\d{2}([./]?)\d{2}\1\d{2}[- ./]?\d{4}(?!\d)/g;
const phone = /(?<![\d+])(?:(?:\+|00)45[ .-]?)?(?:\d{2}([ .-]?)\d{2}\1\d{2}\1\d{2}|\d{4}[ .-]\d{4})(?!\d)/g;
const upper = 'A-ZÆØÅÄÖÜÉ';
const lower = 'a-zæøåäöüé';
const capitalised = `[${upper}][${lower}]+(?:-[${upper}][${lower}]+)?`;
const capitals = `[${upper}]{2,}(?:-[${upper}]{2,})?(?![${lower}])`;
const word = `(?:${capitalised}|${capitals})`;
const notAfterLetter = `(?<![${upper}${lower}])`;
const surnameFirst = new RegExp(`${notAfterLetter}${word},[ \\t]*${word}(?:\\s+${word})*`, 'gu');
const name = new RegExp(`${notAfterLetter}${word}(?:\\s+(?:(?:[${lower}]{1,3}\\s+)?${word}|[${upper}]\\.))+`, 'gu');
const quoted = /'[^'\n]*'|"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/g;

export function scrubText(text: string): string {
  return text
    .replace(quoted, (match) => `${match[0]}[skjult]${match[match.length - 1]}`)
    .replace(cpr, '[cpr]')
    .replace(phone, '[telefon]')
    .replace(surnameFirst, '[navn]')
    .replace(name, '[navn]');
}

/** Scrubs every string in a log record's details, however deeply nested. */
export function scrubValue(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubValue(inner)]));
  }
  return value;
}
