import { describe, expect, it } from 'vitest';
import { clockFromOption, clockStartingOn } from '../../../core/host/host-clock';
import { parseImportPause } from '../../../core/services/import-pause';
import { danishDateOf } from '../../../shared/calendar-dates';

describe("the browser host's --today clock", () => {
  it.each(['2026-05-31', '2028-02-29', '2027-01-01', '2026-11-23'])('is on %s in Copenhagen and keeps running', (today) => {
    let elapsed = 5_000;
    const clock = clockStartingOn(today, () => elapsed);
    const first = clock();
    expect(danishDateOf(first)).toBe(today);
    elapsed += 90_000;
    expect(clock().getTime() - first.getTime()).toBe(90_000);
    expect(danishDateOf(clock())).toBe(today);
  });

  it('refuses a day that is not a calendar date, in Danish', () => {
    for (const bad of ['2025-02-31', '2026-13-01', '23-11-2026', 'i dag', '']) {
      expect(() => clockFromOption(bad)).toThrow(`--today skal være en dato som ÅÅÅÅ-MM-DD, fx 2026-11-23; '${bad}' er ikke en dato.`);
    }
  });

  it('is the date it was given', () => {
    expect(danishDateOf(clockFromOption('2028-02-29')())).toBe('2028-02-29');
  });
});

describe('--test-import-pause', () => {
  it('reads phase, rows and a folder that may hold colons', () => {
    expect(parseImportPause('reading:1000:/tmp/gate')).toEqual({ phase: 'reading', atRows: 1000, dir: '/tmp/gate' });
    expect(parseImportPause('writing:0:C:\\Temp\\gate')).toEqual({ phase: 'writing', atRows: 0, dir: 'C:\\Temp\\gate' });
  });

  it('refuses anything else, in Danish', () => {
    for (const bad of ['reading', 'reading:10', 'reading:10:', 'parsing:10:/tmp', 'reading:-1:/tmp', 'reading:x:/tmp']) {
      expect(() => parseImportPause(bad), bad).toThrow(/^--test-import-pause skal være fase:rækker:mappe/);
    }
  });
});
