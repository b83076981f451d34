import { describe, expect, it } from 'vitest';
import { cprBirthYear, formatCpr, parseCpr } from '../../../shared/cpr';

/** The birth year a CPR number with this YY and 7th digit must give (the CPR Office's table, written out). */
const centuryTable: [seventh: number, yy: string, year: number][] = [
  ...[0, 1, 2, 3].flatMap((d): [number, string, number][] => [
    [d, '36', 1936],
    [d, '37', 1937],
    [d, '57', 1957],
    [d, '58', 1958],
  ]),
  ...[4, 9].flatMap((d): [number, string, number][] => [
    [d, '00', 2000],
    [d, '36', 2036],
    [d, '37', 1937],
    [d, '57', 1957],
    [d, '58', 1958],
    [d, '99', 1999],
  ]),
  ...[5, 6, 7, 8].flatMap((d): [number, string, number][] => [
    [d, '00', 2000],
    [d, '36', 2036],
    [d, '37', 2037],
    [d, '57', 2057],
    [d, '58', 1858],
    [d, '99', 1899],
  ]),
];

function birthDate(raw: string): string | null {
  const parsed = parseCpr(raw);
  return parsed.ok ? parsed.birthDate : null;
}

describe('parseCpr: century from the 7th digit', () => {
  it.each(centuryTable)('7th digit %i with YY %s is born in %i', (seventh, yy, year) => {
    expect(birthDate(`0101${yy}-${seventh}123`)).toBe(`${year}-01-01`);
    expect(cprBirthYear(Number(yy), seventh)).toBe(year);
  });
});

describe('parseCpr: the birth date must be real', () => {
  it.each([
    ['290200-4123', '2000-02-29'], // 2000 is a leap year (divisible by 400)
    ['290296-1234', '1996-02-29'],
    ['290224-4123', '2024-02-29'],
    ['310124-4123', '2024-01-31'],
    ['300424-4123', '2024-04-30'],
    ['311299-1234', '1999-12-31'],
  ])('%s is born %s', (cpr, date) => {
    expect(birthDate(cpr)).toBe(date);
  });

  it.each([
    ['290200-0123', '1900 is not a leap year'],
    ['290200-3123', '1900 is not a leap year'],
    ['290297-1234', '1997 is not a leap year'],
    ['290223-4123', '2023 is not a leap year'],
    ['310424-4123', '31 April'],
    ['310624-4123', '31 June'],
    ['300224-4123', '30 February'],
    ['320124-4123', 'day 32'],
    ['000124-4123', 'day 0'],
    ['011324-4123', 'month 13'],
    ['010024-4123', 'month 0'],
  ])('refuses %s (%s)', (cpr) => {
    const parsed = parseCpr(cpr);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('gyldig fødselsdato');
  });
});

describe('parseCpr: replacement numbers (day + 60)', () => {
  it.each([
    ['610190-1234', '1990-01-01'],
    ['910190-1234', '1990-01-31'],
    ['890296-1234', '1996-02-29'],
    ['7805921110', '1992-05-18'],
  ])('%s is born %s', (cpr, date) => {
    expect(birthDate(cpr)).toBe(date);
  });

  it.each([
    ['920190-1234', 'day 32'],
    ['600190-1234', 'day 60 is neither a day nor a replacement'],
    ['890290-1234', '29 February 1990'],
    ['910490-1234', '31 April'],
  ])('refuses %s (%s)', (cpr) => {
    expect(parseCpr(cpr).ok).toBe(false);
  });
});

describe('parseCpr: form', () => {
  it('accepts both forms and trims spaces, normalising to ten digits', () => {
    expect(parseCpr('  120298-2371 ')).toEqual({ ok: true, cpr: '1202982371', birthDate: '1998-02-12', sex: 'M' });
    expect(parseCpr('1202982372')).toEqual({ ok: true, cpr: '1202982372', birthDate: '1998-02-12', sex: 'K' });
  });

  it('does not check modulus 11', () => {
    // Weighted sum 65, not divisible by 11: numbers issued since 2007 may look like this.
    expect(parseCpr('0101900001').ok).toBe(true);
  });

  it.each([
    ['', 'mangler'],
    ['   ', 'mangler'],
    ['010190123', '9 cifre'],
    ['01019012345', '11 cifre'],
    ['12345', '5 cifre'],
    ['ABCDEF-1234', 'DDMMÅÅ-NNNN'],
    ['010190-12A4', 'DDMMÅÅ-NNNN'],
    ['010190 1234', 'DDMMÅÅ-NNNN'],
    ['01019-01234', 'DDMMÅÅ-NNNN'],
    ['010190--1234', 'DDMMÅÅ-NNNN'],
  ])('refuses %j with a reason mentioning %s', (raw, words) => {
    const parsed = parseCpr(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(words);
  });

  it('hints at a lost leading zero for nine digits', () => {
    const parsed = parseCpr('302341031');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('foranstillet 0');
  });

  it('sex from the last digit: odd is a man', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const parsed = parseCpr(`010190-123${digit}`);
      expect(parsed.ok && parsed.sex).toBe(digit % 2 === 1 ? 'M' : 'K');
    }
  });

  it('formats ten digits with the dash', () => {
    expect(formatCpr('1202982371')).toBe('120298-2371');
  });
});
