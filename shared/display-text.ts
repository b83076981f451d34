/**
 * Characters no one sees but every renderer obeys: zero-width spaces and joiners, the left-to-right
 * and right-to-left marks, the bidirectional embeddings, overrides and isolates, the word joiner
 * and the byte-order mark. In a name from an extract or a label from a summary file they have no
 * use a Danish practice needs, and one does harm: `\u202EnesnaH` shows as "Hansen" reversed,
 * so a list could show one patient under another's name, and a letter greet the wrong one.
 */
const invisibleClass = '\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF\\u061C';
const invisibles = new RegExp(`[${invisibleClass}]`, 'gu');

/** The invisible characters at the very start of a text (the formula guard looks behind them). */
export const leadingInvisibles = new RegExp(`^[${invisibleClass}]+`, 'u');

/** Text as it may be shown or merged into a letter or SMS: without any of those characters. */
export function visibleText(text: string): string {
  return text.replace(invisibles, '');
}

/** A patient's (or a doctor's) name for display: stripped, and none when only invisible characters made it. */
export function visibleName(name: string | null): string | null {
  if (name === null) return null;
  const visible = visibleText(name);
  return visible !== name && visible.trim() === '' ? null : visible;
}
