/**
 * What may never reach a log file: CPR numbers, names and phone numbers. Log lines are written
 * from fixed event names and small details, but an error's message can quote a cell of the
 * extract, so every string is scrubbed on its way out.
 *
 * - CPR: ten digits, with or without a dash or space after the sixth.
 * - Phone: eight digits, optionally +45/0045 first and spaces in pairs or fours.
 * - Names: two or more capitalised words in a row ("Kirsten Christensen", "Bodil Mølgaard-Hansen").
 *   A Danish sentence capitalises only its first word, so the app's own messages survive; a name
 *   alone in a quoted cell is caught by the quote rule.
 * - Anything quoted (after "værdi", in '…' or "…" or «…»), since quotes are where cell values go.
 */
const cpr = /(?<!\d)\d{6}[- ]?\d{4}(?!\d)/g;
const phone = /(?<![\d+])(?:(?:\+|00)45[ ]?)?(?:\d{8}|\d{4} \d{4}|\d{2} \d{2} \d{2} \d{2})(?!\d)/g;
const upper = 'A-ZÆØÅÄÖÜÉ';
const lower = 'a-zæøåäöüé';
const word = `[${upper}][${lower}]+(?:-[${upper}][${lower}]+)?`;
const name = new RegExp(`(?<![${upper}${lower}])${word}(?:\\s+(?:(?:[${lower}]{1,3}\\s+)?${word}|[${upper}]\\.))+`, 'gu');
const quoted = /'[^'\n]*'|"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/g;

export function scrubText(text: string): string {
  return text
    .replace(quoted, (match) => `${match[0]}[skjult]${match[match.length - 1]}`)
    .replace(cpr, '[cpr]')
    .replace(phone, '[telefon]')
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
