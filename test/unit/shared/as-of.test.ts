import { describe, expect, it } from 'vitest';
import { asOfChoiceSchema, extractAge, resolveAsOf, staleExtractDays } from '../../../shared/as-of';

describe('as-of date', () => {
  it('is today, the extract date or a date of its own', () => {
    expect(resolveAsOf('today', '2026-12-01', '2026-11-20')).toBe('2026-12-01');
    expect(resolveAsOf('extract', '2026-12-01', '2026-11-20')).toBe('2026-11-20');
    expect(resolveAsOf('2026-06-30', '2026-12-01', '2026-11-20')).toBe('2026-06-30');
  });

  it('never puts today before the extract: a clock behind the extract is off', () => {
    expect(resolveAsOf('today', '2026-11-01', '2026-11-20')).toBe('2026-11-20');
  });

  it('accepts only the two words or a date in the contract', () => {
    expect(asOfChoiceSchema.safeParse('today').success).toBe(true);
    expect(asOfChoiceSchema.safeParse('2026-02-28').success).toBe(true);
    expect(asOfChoiceSchema.safeParse('i dag').success).toBe(false);
  });

  it.each([
    // A month's end, a leap day and New Year's Day, each with the age in days and whole months.
    ['2026-05-31', '2026-11-30', 183, 5],
    ['2026-05-31', '2026-12-01', 184, 6],
    ['2028-02-29', '2028-04-14', 45, 1],
    ['2028-02-29', '2028-04-15', 46, 1],
    ['2026-12-31', '2027-01-01', 1, 0],
  ])('an extract of %s is, on %s, %i days and %i whole months old', (extractDate, today, days, months) => {
    expect(extractAge(extractDate, today)).toEqual({ days, months, stale: days > staleExtractDays });
  });

  it('warns after 45 days, not on the 45th', () => {
    expect(extractAge('2026-10-17', '2026-12-01').stale).toBe(false);
    expect(extractAge('2026-10-16', '2026-12-01').stale).toBe(true);
  });
});
