import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  daysInMonth,
  excelSerialToIsoDate,
  formatDanishDate,
  isIsoDate,
  laterIsoDate,
  parseCellDate,
  splitIsoDate,
  subtractMonthsClamped,
} from '../../../shared/calendar-dates';

function dateOf(raw: string): string | null {
  const parsed = parseCellDate(raw);
  return parsed.ok ? parsed.date : null;
}

function reasonOf(raw: string): string {
  const parsed = parseCellDate(raw);
  return parsed.ok ? '' : parsed.reason;
}

describe('parseCellDate', () => {
  it.each([
    ['21-11-2026', '2026-11-21'],
    ['21.11.2026', '2026-11-21'],
    ['21/11/2026', '2026-11-21'],
    ['1-2-2025', '2025-02-01'],
    ['1.2.2025', '2025-02-01'],
    ['01/2/2025', '2025-02-01'],
    ['2026-11-21', '2026-11-21'],
    ['2026-1-5', '2026-01-05'],
    ['  30-05-2024 ', '2024-05-30'],
    ['2026-11-21 08:15', '2026-11-21'],
    ['21-11-2026 8:15:30', '2026-11-21'],
    ['2026-11-21T08:15:00', '2026-11-21'],
    ['29-02-2024', '2024-02-29'],
    ['29-02-2000', '2000-02-29'],
    ['31-12-1899', '1899-12-31'],
    ['31-01-2025', '2025-01-31'],
    ['30-04-2025', '2025-04-30'],
  ])('%j is %s', (raw, iso) => {
    expect(dateOf(raw)).toBe(iso);
  });

  it.each(['01-03-24', '1-3-24', '01.03.24', '01/03/24'])('refuses the two-digit year in %j', (raw) => {
    expect(dateOf(raw)).toBeNull();
    expect(reasonOf(raw)).toContain('to cifre');
  });

  it.each([
    ['29-02-2023', 'not a leap year'],
    ['29-02-1900', '1900 is not a leap year'],
    ['31-04-2025', '31 April'],
    ['31-06-2025', '31 June'],
    ['30-02-2024', '30 February'],
    ['32-01-2025', 'day 32'],
    ['00-01-2025', 'day 0'],
    ['15-13-2025', 'month 13'],
    ['15-00-2025', 'month 0'],
    ['2025-02-29', 'year first, not a leap year'],
    ['2025-13-01', 'year first, month 13'],
  ])('refuses %j (%s) as not in the calendar', (raw) => {
    expect(dateOf(raw)).toBeNull();
    expect(reasonOf(raw)).toContain('kalenderen');
  });

  it.each([
    '',
    'abc',
    '12345',
    '01-02.2025',
    '01/02-2025',
    '2025/01/02',
    '2025.01.02',
    '123-01-2025',
    '01-123-2025',
    '01--2025',
    '-01-2025',
    '01-02-2025-',
    '1-2-2025x',
    '20250102',
    '01-02-2025 25:00:00:00',
    '01-02-2025 8',
  ])('refuses %j as not a date', (raw) => {
    expect(dateOf(raw)).toBeNull();
  });

  it.each(['01-02-202', '01-02-20250'])('refuses a year of other than four digits in %j', (raw) => {
    expect(reasonOf(raw)).toContain('fire cifre');
  });

  it('reads every real day of a leap and a common year in all day-first forms', () => {
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          for (const separator of ['-', '.', '/']) expect(dateOf(`${day}${separator}${month}${separator}${year}`)).toBe(iso);
          expect(dateOf(iso)).toBe(iso);
        }
      }
    }
  });
});

describe('subtractMonthsClamped', () => {
  it.each([
    ['2026-05-31', 15, '2025-02-28'],
    ['2026-05-31', 24, '2024-05-31'],
    ['2026-05-31', 3, '2026-02-28'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2024-03-30', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-07-31', 1, '2026-06-30'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-01-31', 13, '2024-12-31'],
    ['2000-02-29', 12, '1999-02-28'],
    ['2000-02-29', 48, '1996-02-29'],
    ['2100-03-31', 1, '2100-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
    ['2025-01-31', -1, '2025-02-28'],
    ['2025-11-30', -3, '2026-02-28'],
  ])('%s minus %i months is %s', (iso, months, expected) => {
    expect(subtractMonthsClamped(iso, months)).toBe(expected);
  });

  it('refuses what is not a calendar date or a whole number of months', () => {
    expect(() => subtractMonthsClamped('2025-02-30', 1)).toThrow(RangeError);
    expect(() => subtractMonthsClamped('30-05-2025', 1)).toThrow(RangeError);
    expect(() => subtractMonthsClamped('2025-05-30', 1.5)).toThrow(RangeError);
  });

  it('property: lands in the right month, on a real day, clamped only when the month is shorter', () => {
    const isoDate = fc
      .record({ year: fc.integer({ min: 1901, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ year, month, day }) => day <= daysInMonth(year, month))
      .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 600 }), (iso, months) => {
        const result = subtractMonthsClamped(iso, months);
        const from = splitIsoDate(iso);
        const to = splitIsoDate(result);
        expect(to).not.toBeNull();
        if (from === null || to === null) return;
        expect(from.year * 12 + from.month - (to.year * 12 + to.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
        expect(subtractMonthsClamped(result, -months) <= iso).toBe(true);
      }),
    );
  });
});

describe('excelSerialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45677, '2025-01-20'],
    [45677.75, '2025-01-20'],
    [46173, '2026-05-31'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toEqual({ ok: true, date: iso });
  });

  it('counts from 1904-01-01 in 1904 workbooks', () => {
    expect(excelSerialToIsoDate(0, true)).toEqual({ ok: true, date: '1904-01-01' });
    expect(excelSerialToIsoDate(44215, true)).toEqual({ ok: true, date: '2025-01-20' });
  });

  it.each([0, -1, 60, 2958466, Number.NaN])('refuses serial %d', (serial) => {
    expect(excelSerialToIsoDate(serial).ok).toBe(false);
  });

  it('property: agrees with UTC milliseconds from serial 61 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(excelSerialToIsoDate(serial)).toEqual({ ok: true, date: expected });
      }),
    );
  });
});

describe('small helpers', () => {
  it('compares, picks the later date and formats the Danish way', () => {
    expect(compareIsoDates('2025-01-31', '2025-02-01')).toBeLessThan(0);
    expect(compareIsoDates('2025-02-01', '2025-02-01')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBeGreaterThan(0);
    expect(laterIsoDate(null, '2025-01-01')).toBe('2025-01-01');
    expect(laterIsoDate('2025-03-01', '2025-01-01')).toBe('2025-03-01');
    expect(laterIsoDate(null, null)).toBeNull();
    expect(formatDanishDate('2026-05-31')).toBe('31-05-2026');
  });

  it('knows a real ISO date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-29')).toBe(false);
  });
});
