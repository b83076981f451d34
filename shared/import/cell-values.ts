import { excelSerialToIsoDate, formatDanishDate, parseCellDate } from '../calendar-dates';
import type { PrimarySite, Sex, UalbBand } from '../care-plan';

/**
 * One cell read as a field value. `value` null: the cell is empty (or says "unknown").
 * `ok: false`: the cell holds something that cannot be used; it becomes a CellWarning and the
 * field counts as missing. `note`: the value was read, but the user should know how (DCCT HbA1c).
 */
export type CellParse<T> = { ok: true; value: T | null; note?: string } | { ok: false; reason: string };

// Shared, never mutated: most cells in an extract are empty, so this saves one object per empty cell.
const empty: CellParse<never> = Object.freeze({ ok: true, value: null });

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

// Shared results for the values most cells hold, yes/no and whole numbers up to 511 (every HbA1c,
// blood pressure and target): 100,000 rows read with an allocation less for nearly every cell.
const okTrue: CellParse<boolean> = Object.freeze({ ok: true, value: true });
const okFalse: CellParse<boolean> = Object.freeze({ ok: true, value: false });
const okWholeNumbers: readonly CellParse<number>[] = Array.from({ length: 512 }, (_, value) => Object.freeze({ ok: true, value }));

function ok<T>(value: T): CellParse<T> {
  if (typeof value === 'boolean') return (value ? okTrue : okFalse) as CellParse<T>;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < okWholeNumbers.length) {
    return okWholeNumbers[value] as CellParse<T>;
  }
  return { ok: true, value };
}

/**
 * Words compared without case. Each word is also stored as written, in lower case, in upper case
 * and capitalised, so the usual spellings are found without lower-casing (and allocating) every cell.
 */
function wordMap<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) {
    const lower = word.toLowerCase();
    for (const spelling of [word, lower, word.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)]) {
      map.set(spelling, value);
    }
  }
  return map;
}

function lookUpWord<T>(map: ReadonlyMap<string, T>, text: string): T | undefined {
  return map.get(text) ?? map.get(text.toLowerCase());
}

// Integer or decimal with `.` or `,`; no thousands separators. Linear: no nested quantifiers.
const decimalPattern = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A number written with decimal comma or point, or null when the text is not one. */
export function parseDecimal(text: string): number | null {
  // Most numbers in an extract are short whole numbers: read those without a regex or a new string.
  if (text.length > 0 && text.length <= 9) {
    let value = 0;
    let pos = 0;
    for (; pos < text.length; pos++) {
      const code = text.charCodeAt(pos);
      if (code < 0x30 || code > 0x39) break;
      value = value * 10 + code - 0x30;
    }
    if (pos === text.length) return value;
  }
  return decimalPattern.test(text) ? Number(text.replace(',', '.')) : null;
}

export function parseText(raw: string): string | null {
  const text = raw.trim();
  return text === '' ? null : text;
}

const yesNoWords = wordMap([
  ['ja', true],
  ['j', true],
  ['1', true],
  ['x', true],
  ['nej', false],
  ['n', false],
  ['0', false],
]);

/**
 * `Ja`/`Nej`, `J`/`N`, `1`/`0` or `x` in any case; an empty cell is not registered (in a column
 * ticked with `x` it is a no, which the reader settles once it has seen the whole column).
 */
export function parseYesNo(raw: string): CellParse<boolean> {
  const text = raw.trim();
  if (text === '') return empty;
  const value = lookUpWord(yesNoWords, text);
  return value === undefined ? fail(`"${text}" er hverken ja eller nej`) : ok(value);
}

/** True when a cell is a tick (`x`), the mark that turns a column into a tick column. */
export function isTick(raw: string): boolean {
  const text = raw.trim();
  return text === 'x' || text === 'X';
}

/** Smoking as yes/no; `Ukendt` (unknown) means not registered, like an empty cell. */
export function parseSmoking(raw: string): CellParse<boolean> {
  const text = raw.trim();
  return text.length === 6 && text.toLowerCase() === 'ukendt' ? empty : parseYesNo(text);
}

const sexWords = wordMap<Sex>([
  ['m', 'M'],
  ['mand', 'M'],
  ['k', 'K'],
  ['kvinde', 'K'],
]);

export function parseSex(raw: string): CellParse<Sex> {
  const text = raw.trim();
  if (text === '') return empty;
  const value = lookUpWord(sexWords, text);
  return value === undefined ? fail(`"${text}" er ikke et køn (M/K eller Mand/Kvinde)`) : ok(value);
}

/**
 * ICPC (`T90`/`T89`), ICD-10 (`DE11`/`DE10`, with or without a subcode such as `DE11.9`) or words
 * (`Type 2-diabetes`). Compared without spaces, dashes and dots, which exports write differently.
 */
const diagnosisWords = wordMap<1 | 2>([
  ['T90', 2],
  ['DE11', 2],
  ['Type 2-diabetes', 2],
  ['T89', 1],
  ['DE10', 1],
  ['Type 1-diabetes', 1],
]);

export function parseDiagnosis(raw: string): CellParse<1 | 2> {
  const text = raw.trim();
  if (text === '') return empty;
  const known = diagnosisWords.get(text);
  if (known !== undefined) return ok(known);
  const key = text.toLowerCase().replace(/[\s.\-_]/g, '');
  if (key === 't90' || key.startsWith('de11') || key.startsWith('type2diabetes')) return ok(2);
  if (key === 't89' || key.startsWith('de10') || key.startsWith('type1diabetes')) return ok(1);
  return fail(`"${text}" er ikke en kendt diabetesdiagnose (T90/DE11 = type 2, T89/DE10 = type 1)`);
}

const siteWords = wordMap<PrimarySite>([
  ['Almen praksis', 'general_practice'],
  ['Praksis', 'general_practice'],
  ['AP', 'general_practice'],
  ['Hospital', 'hospital'],
  ['Sygehus', 'hospital'],
  ['Ambulatorium', 'hospital'],
]);
// Hospital clinics go by many names ("Diabetesambulatoriet, Hvidovre Hospital"); the words give them away.
const hospitalWords = ['hospital', 'sygehus', 'ambulatori'];

export function parsePrimarySite(raw: string): CellParse<PrimarySite> {
  const text = raw.trim();
  if (text === '') return empty;
  const known = lookUpWord(siteWords, text) ?? siteWords.get(text.toLowerCase().replace(/\s+/g, ' '));
  if (known !== undefined) return ok(known);
  const key = text.toLowerCase();
  if (hospitalWords.some((word) => key.includes(word))) return ok('hospital');
  return fail(`"${text}" er hverken almen praksis eller hospital`);
}

function parseMeasure(raw: string, what: string, min: number, max: number, unit: string): CellParse<number> {
  const text = raw.trim();
  if (text === '') return empty;
  const value = parseDecimal(text);
  if (value === null) return fail(`${what} "${text}" er ikke et tal`);
  if (value < min || value > max) return fail(`${what} ${text} ligger uden for ${min}-${max} ${unit}`);
  return ok(value);
}

export function parseHba1cTarget(raw: string): CellParse<number> {
  return parseMeasure(raw, 'Behandlingsmålet for HbA1c', 30, 100, 'mmol/mol');
}

export function parseSystolic(raw: string): CellParse<number> {
  return parseMeasure(raw, 'Systolisk blodtryk', 60, 260, 'mmHg');
}

export function parseDiastolic(raw: string): CellParse<number> {
  return parseMeasure(raw, 'Diastolisk blodtryk', 30, 160, 'mmHg');
}

/** IFCC (mmol/mol) from a DCCT percentage, the NGSP/IFCC master equation, to whole mmol/mol. */
export function dcctToIfcc(dcctPercent: number): number {
  return Math.round((dcctPercent - 2.15) * 10.929);
}

/**
 * HbA1c in mmol/mol (20-200). A value below 20 written with a decimal (`7,2`), or with `%`, is an
 * old DCCT percentage and is converted; the note tells the user. A whole number below 20 is refused:
 * it could be either unit.
 */
export function parseHba1c(raw: string): CellParse<number> {
  let text = raw.trim();
  if (text === '') return empty;
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  else if ((text.endsWith('l') || text.endsWith('L')) && text.toLowerCase().endsWith('mmol/mol')) text = text.slice(0, -'mmol/mol'.length).trimEnd();
  const value = parseDecimal(text);
  if (value === null) return fail(`HbA1c "${raw.trim()}" er ikke et tal`);
  const hasDecimal = text.includes(',') || text.includes('.');
  if (percent || (value < 20 && hasDecimal)) {
    const ifcc = dcctToIfcc(value);
    if (ifcc < 20 || ifcc > 200) {
      return fail(`HbA1c ${raw.trim()} % svarer til ${ifcc} mmol/mol, som ligger uden for 20-200 mmol/mol`);
    }
    return { ok: true, value: ifcc, note: `HbA1c ${raw.trim()} er læst som DCCT-procent og omregnet til ${ifcc} mmol/mol` };
  }
  if (value < 20) {
    return fail(`HbA1c ${text} er under 20 mmol/mol; en DCCT-procent skal skrives med decimal, fx 7,0`);
  }
  if (value > 200) return fail(`HbA1c ${text} ligger over 200 mmol/mol`);
  return ok(value);
}

export interface BloodPressure {
  systolic: number;
  diastolic: number;
}

/** A blood pressure written in one cell, `138/84`. Both parts must be readable and in range. */
export function parseBloodPressure(raw: string): CellParse<BloodPressure> {
  const text = raw.trim();
  if (text === '') return empty;
  const slash = text.indexOf('/');
  if (slash === -1 || slash !== text.lastIndexOf('/')) {
    return fail(`Blodtrykket "${text}" skal skrives systolisk/diastolisk, fx 138/84`);
  }
  const systolic = parseSystolic(text.slice(0, slash));
  if (!systolic.ok) return systolic;
  const diastolic = parseDiastolic(text.slice(slash + 1));
  if (!diastolic.ok) return diastolic;
  if (systolic.value === null || diastolic.value === null) {
    return fail(`Blodtrykket "${text}" mangler en af de to værdier`);
  }
  return ok({ systolic: systolic.value, diastolic: diastolic.value });
}

const ualbBands: ReadonlyMap<string, UalbBand> = new Map([
  ['<30', '<30'],
  ['30-299', '30-299'],
  ['300-699', '300-699'],
  ['>700', '>700'],
  ['>=700', '>700'],
  ['≥700', '>700'],
]);

/** Urine albumin as a band; a number (mg/døgn) is placed in its band, 700 and above in `>700`. */
export function parseUalb(raw: string): CellParse<UalbBand> {
  const text = raw.trim();
  if (text === '') return empty;
  const known = ualbBands.get(text);
  if (known) return ok(known);
  let key = text.toLowerCase().replace(/\s+/g, '');
  if (key.endsWith('mg/døgn')) key = key.slice(0, -'mg/døgn'.length);
  const band = ualbBands.get(key);
  if (band) return ok(band);
  const value = parseDecimal(key);
  if (value === null || value < 0) {
    return fail(`U-albumin "${text}" er hverken et tal eller et af intervallerne <30, 30-299, 300-699, >700`);
  }
  if (value < 30) return ok('<30');
  if (value < 300) return ok('30-299');
  if (value < 700) return ok('300-699');
  return ok('>700');
}

export interface DateCellContext {
  /** Dates after this are data errors. */
  extractDate: string;
  /** Read a bare number as an Excel serial date (only in XLSX, where a date may lose its format). */
  excelSerials: boolean;
  /** The workbook counts from 1904 (old Mac Excel). */
  date1904: boolean;
  /**
   * Results by raw cell text. An extract repeats the same few thousand dates across its date
   * columns; reading each once saves time and lets equal dates share one string.
   */
  readonly known: Map<string, CellParse<string>>;
}

export function dateCellContext(extractDate: string, options: { excelSerials: boolean; date1904: boolean }): DateCellContext {
  return { extractDate, ...options, known: new Map() };
}

const firstValidDate = '1900-01-01';
const serialPattern = /^\d{1,7}(?:\.\d+)?$/;
/** Bounds the memory of `known` on a file of nothing but distinct dates. */
const maxKnownDates = 100_000;

/** A date cell; a date after the extract date or before 1900 is a data error, not a date. */
export function parseDateCell(raw: string, context: DateCellContext): CellParse<string> {
  const known = context.known.get(raw);
  if (known !== undefined) return known;
  const result = readDateCell(raw, context);
  if (context.known.size < maxKnownDates) context.known.set(raw, result);
  return result;
}

function readDateCell(raw: string, context: DateCellContext): CellParse<string> {
  const text = raw.trim();
  if (text === '') return empty;
  const parsed =
    context.excelSerials && serialPattern.test(text)
      ? excelSerialToIsoDate(Number(text), context.date1904)
      : parseCellDate(text);
  if (!parsed.ok) return fail(parsed.reason);
  if (parsed.date < firstValidDate) return fail(`Datoen ${text} ligger før 1900`);
  if (parsed.date > context.extractDate) {
    return fail(`Datoen ${text} ligger efter udtræksdatoen ${formatDanishDate(context.extractDate)}`);
  }
  return ok(parsed.date);
}
