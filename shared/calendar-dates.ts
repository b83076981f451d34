/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic works on integer year/month/day, never on
 * `Date`, so the local time zone and daylight saving can never move a date by a day.
 */

export type DateParse = { ok: true; date: string } | { ok: false; reason: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a valid `YYYY-MM-DD` into numbers; null when the text is not a real date in that form. */
export function splitIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = isoPattern.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(text: string): boolean {
  return splitIsoDate(text) !== null;
}

function requireIsoDate(iso: string): { year: number; month: number; day: number } {
  const parts = splitIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  return parts;
}

/**
 * `iso` minus `months` calendar months, the day clamped to the target month's last day
 * (2026-05-31 minus 15 months = 2025-02-28). A negative `months` adds months.
 */
export function subtractMonthsClamped(iso: string, months: number): string {
  const key = `${iso}|${months}`;
  let result = monthShifts.get(key);
  if (result === undefined) {
    result = shiftMonths(iso, months);
    // The rules ask the same few thousand dates again for every patient; remember the answers.
    if (monthShifts.size >= 200_000) monthShifts.clear();
    monthShifts.set(key, result);
  }
  return result;
}

const monthShifts = new Map<string, string>();

function shiftMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`);
  const { year, month, day } = requireIsoDate(iso);
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const msPerDay = 86_400_000;

function dayNumber(iso: string): number {
  const { year, month, day } = requireIsoDate(iso);
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/** `iso` plus `days` days (negative subtracts). Computed in UTC, so no zone can shift it. */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  const date = new Date((dayNumber(iso) + days) * msPerDay);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Completed years of life on `on` for someone born on `birthDate` (a 29 February birthday falls on 1 March). */
export function ageOn(birthDate: string, on: string): number {
  const birth = requireIsoDate(birthDate);
  const day = requireIsoDate(on);
  const hadBirthday = day.month > birth.month || (day.month === birth.month && day.day >= birth.day);
  return day.year - birth.year - (hadBirthday ? 0 : 1);
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareIsoDates(a: string, b: string): number {
  // Fixed-width YYYY-MM-DD sorts chronologically as text.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two optional dates. */
export function laterIsoDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** The end of the run of digits starting at `from` (no further than `end`). */
function digitRunEnd(text: string, from: number, end: number): number {
  let pos = from;
  while (pos < end && isDigit(text.charCodeAt(pos))) pos++;
  return pos;
}

function digitValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let pos = from; pos < to; pos++) value = value * 10 + text.charCodeAt(pos) - DIGIT_0;
  return value;
}

/**
 * Where the date part of `text` ends: before a time of day (` 08:15`, `T08:15:00`), which exports
 * often add and which carries nothing for a care plan; else the whole text.
 */
function dateEnd(text: string): number {
  if (text.length <= 10) return text.length;
  let split = 0;
  while (split < text.length && text[split] !== ' ' && text[split] !== 'T') split++;
  const hourEnd = digitRunEnd(text, split + 1, text.length);
  const hourDigits = hourEnd - split - 1;
  if (split === text.length || hourDigits < 1 || hourDigits > 2 || text.charCodeAt(hourEnd) !== COLON) return text.length;
  let pos = hourEnd + 1;
  for (let group = 0; group < 2; group++) {
    if (digitRunEnd(text, pos, text.length) !== pos + 2) return text.length;
    pos += 2;
    if (pos === text.length) return split;
    if (group === 1 || text.charCodeAt(pos) !== COLON) return text.length;
    pos++;
  }
  return text.length;
}

/**
 * Reads a date as extracts write it: `DD-MM-YYYY`, `DD.MM.YYYY`, `DD/MM/YYYY`, `D-M-YYYY` and
 * `YYYY-MM-DD`, optionally followed by a time of day. A two-digit year is ambiguous and refused.
 * Scanned by hand, not by regular expression: it runs on every date cell of 200,000-row files.
 */
export function parseCellDate(raw: string): DateParse {
  const text = raw.trim();
  const end = dateEnd(text);
  const firstEnd = digitRunEnd(text, 0, end);
  const separator = text.charCodeAt(firstEnd);
  if (firstEnd === 0 || firstEnd >= end || (separator !== DASH && separator !== DOT && separator !== SLASH)) {
    return notADate(text);
  }
  const secondEnd = digitRunEnd(text, firstEnd + 1, end);
  if (secondEnd === firstEnd + 1 || secondEnd >= end || text.charCodeAt(secondEnd) !== separator) return notADate(text);
  const thirdEnd = digitRunEnd(text, secondEnd + 1, end);
  if (thirdEnd === secondEnd + 1 || thirdEnd !== end) return notADate(text);
  const secondLength = secondEnd - firstEnd - 1;
  const thirdLength = thirdEnd - secondEnd - 1;
  if (firstEnd === 4 && separator === DASH && secondLength <= 2 && thirdLength <= 2) {
    const year = digitValue(text, 0, firstEnd);
    const month = digitValue(text, firstEnd + 1, secondEnd);
    const day = digitValue(text, secondEnd + 1, thirdEnd);
    if (!isRealDate(year, month, day)) return notInCalendar(text);
    // Already `YYYY-MM-DD` (as XLSX date cells become): no new string needed.
    return { ok: true, date: end === 10 && text.length === 10 ? text : formatIsoDate(year, month, day) };
  }
  if (firstEnd > 2 || secondLength > 2) return notADate(text);
  if (thirdLength === 2) return { ok: false, reason: `Årstallet i "${text}" har kun to cifre, så århundredet er uklart` };
  if (thirdLength !== 4) return { ok: false, reason: `Årstallet i "${text}" skal have fire cifre` };
  const year = digitValue(text, secondEnd + 1, thirdEnd);
  const month = digitValue(text, firstEnd + 1, secondEnd);
  const day = digitValue(text, 0, firstEnd);
  return isRealDate(year, month, day) ? { ok: true, date: formatIsoDate(year, month, day) } : notInCalendar(text);
}

function notADate(text: string): DateParse {
  return { ok: false, reason: `"${text}" er ikke en dato (skriv fx 21-11-2026 eller 2026-11-21)` };
}

function notInCalendar(text: string): DateParse {
  return { ok: false, reason: `"${text}" er ikke en dato i kalenderen` };
}

// Days from 0000-03-01 based civil-date algorithm (H. Hinnant): exact on integers for any year.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const era = Math.floor(days / 146097);
  const dayOfEra = days - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const excel1900Epoch = daysFromCivil(1899, 12, 31);
const excel1904Epoch = daysFromCivil(1904, 1, 1);
/** 9999-12-31, the last day Excel can hold. */
const excelMaxSerial = 2958465;

/**
 * An Excel serial day number as a date; the fraction (time of day) is dropped. Excel's 1900
 * system counts the non-existent 1900-02-29 as serial 60, so serials from 61 on are one day ahead.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): DateParse {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < (date1904 ? 0 : 1) || whole > excelMaxSerial) {
    return { ok: false, reason: `${serial} er ikke et datotal fra Excel` };
  }
  if (date1904) {
    const { year, month, day } = civilFromDays(excel1904Epoch + whole);
    return { ok: true, date: formatIsoDate(year, month, day) };
  }
  if (whole === 60) return { ok: false, reason: 'Excel-datotallet 60 er den 29. februar 1900, som ikke findes' };
  const { year, month, day } = civilFromDays(excel1900Epoch + (whole > 60 ? whole - 1 : whole));
  return { ok: true, date: formatIsoDate(year, month, day) };
}

/**
 * A date as the Excel 1900-system serial day number that `excelSerialToIsoDate` reads back; dates
 * from 1900-03-01 on (every date a care plan can hold) take the fictitious 1900-02-29 into account.
 */
export function isoDateToExcelSerial(iso: string): number {
  const parts = splitIsoDate(iso);
  if (!parts) throw new RangeError(`'${iso}' er ikke en dato som ÅÅÅÅ-MM-DD`);
  const serial = daysFromCivil(parts.year, parts.month, parts.day) - excel1900Epoch;
  return serial >= 60 ? serial + 1 : serial;
}

/** `YYYY-MM-DD` the way Danish users read a date: `DD-MM-YYYY`. */
export function formatDanishDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

// Made on first use: loading the time zone takes some milliseconds of every start that never asks.
let copenhagenDate: Intl.DateTimeFormat | undefined;

/** The calendar date in Denmark at `instant`: the practice's "today", whatever zone the PC is set to. */
export function danishDateOf(instant: Date): string {
  copenhagenDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
  return copenhagenDate.format(instant);
}
