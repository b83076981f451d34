/**
 * Spreadsheet formula injection: a cell whose text starts with `=`, `+`, `-` or `@` (or a TAB or
 * CR, which some programs skip before looking) may be run as a formula when the file is opened,
 * re-saved as CSV or edited. A patient named `=HYPERLINK("…")` must stay a name, so such text gets
 * a leading apostrophe: visible, harmless, and never a formula in Excel or LibreOffice.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
