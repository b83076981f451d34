import { leadingInvisibles } from '../display-text';

/**
 * Spreadsheet formula injection: a cell whose text starts with `=`, `+`, `-` or `@` (or a TAB or
 * CR, which some programs skip before looking) may be run as a formula when the file is opened,
 * re-saved as CSV or edited. A patient named `=HYPERLINK("…")` must stay a name, so such text gets
 * a leading apostrophe: visible, harmless, and never a formula in Excel or LibreOffice.
 *
 * The look-alikes count too: fullwidth `＝＋－＠` (which an IME types and some spreadsheets fold to
 * ASCII), and any of these behind leading spaces or zero-width and bidirectional-control
 * characters, which no one sees in the cell. Those invisible characters are dropped before the
 * apostrophe, so what the cell starts with is the apostrophe itself.
 */
const formulaStart = /^[=+\-@＝＋－＠]/u;
const controlStart = /^[\t\r]/;
const leadingSpace = /^\s+/u;

/** The text after every leading space and invisible character, in any order (` \u200C =1` too). */
function afterSpacesAndInvisibles(text: string): string {
  for (let rest = text; ; ) {
    const next = rest.replace(leadingInvisibles, '').replace(leadingSpace, '');
    if (next === rest) return rest;
    rest = next;
  }
}

export function isFormulaLike(text: string): boolean {
  if (controlStart.test(text)) return true;
  return formulaStart.test(afterSpacesAndInvisibles(text));
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text.replace(leadingInvisibles, '')}` : text;
}

/** A cell as the guard leaves it: text neutralised, numbers and everything else untouched. */
export function guardCell<T>(value: T): T {
  return (typeof value === 'string' ? neutraliseFormula(value) : value) as T;
}

/** Every cell of a sheet's rows through the guard, for a writer that builds its rows itself. */
export function guardRows<T>(rows: readonly (readonly T[])[]): T[][] {
  return rows.map((row) => row.map(guardCell));
}
