import { formatIsoDate, isRealDate } from './calendar-dates';

export type CprParse =
  | { ok: true; cpr: string; birthDate: string; sex: 'M' | 'K' }
  | { ok: false; reason: string };

/** Ten digits, with or without the dash after the birth date, checked by hand: it runs on every row. */
function cprDigits(text: string): string | null {
  const dashed = text.length === 11;
  if (!dashed && text.length !== 10) return null;
  if (dashed && text.charCodeAt(6) !== 0x2d) return null;
  for (let i = 0; i < text.length; i++) {
    if (dashed && i === 6) continue;
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
  }
  return dashed ? text.slice(0, 6) + text.slice(7) : text;
}

function twoDigits(digits: string, at: number): number {
  return (digits.charCodeAt(at) - 0x30) * 10 + digits.charCodeAt(at + 1) - 0x30;
}

/**
 * The birth year from the two-digit year and the 7th digit (the CPR Office's century table).
 * Digits 4 and 9 reach back into the 1900s above 36; digits 5-8 into the 1800s above 57.
 */
export function cprBirthYear(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + twoDigitYear;
  if (seventhDigit === 4 || seventhDigit === 9) return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

/**
 * Reads a CPR number written `DDMMYY-SSSS` or `DDMMYYSSSS`. The first six digits must be a real
 * date; a replacement number (erstatningspersonnummer, day + 60) is accepted and its birth date is
 * the day minus 60. The modulus-11 check is deliberately not made: numbers issued since 2007 may fail it.
 */
export function parseCpr(raw: string): CprParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'CPR-nummeret mangler' };
  const cpr = cprDigits(text);
  if (cpr === null) return { ok: false, reason: malformedReason(text) };
  const dayDigits = twoDigits(cpr, 0);
  const month = twoDigits(cpr, 2);
  const twoDigitYear = twoDigits(cpr, 4);
  const day = dayDigits > 60 ? dayDigits - 60 : dayDigits;
  const year = cprBirthYear(twoDigitYear, cpr.charCodeAt(6) - 0x30);
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: `CPR-nummeret ${text} begynder ikke med en gyldig fødselsdato` };
  }
  return {
    ok: true,
    cpr,
    birthDate: formatIsoDate(year, month, day),
    sex: (cpr.charCodeAt(9) - 0x30) % 2 === 1 ? 'M' : 'K',
  };
}

function malformedReason(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length === text.replace('-', '').length && digits.length !== 10) {
    const hint = digits.length === 9 ? ' (måske har et regneark fjernet et foranstillet 0)' : '';
    return `CPR-nummeret ${text} har ${digits.length} cifre, ikke 10${hint}`;
  }
  return `CPR-nummeret ${text} skal skrives DDMMÅÅ-NNNN eller DDMMÅÅNNNN`;
}

/** `DDMMYYSSSS` as people read it: `DDMMYY-SSSS`. */
export function formatCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
}
