import { describe, expect, it } from 'vitest';
import { isDailyBackupDue } from '../../../core/services/backup-schedule';
import { retentionCutoff } from '../../../shared/privacy-settings';

describe('the daily backup', () => {
  const at = (local: string) => new Date(local);

  it('is due when there is no backup at all', () => {
    expect(isDailyBackupDue(at('2026-11-23T08:00:00'), null)).toBe(true);
  });

  it('is not due again on the same local day, however early the last one was', () => {
    expect(isDailyBackupDue(at('2026-11-23T23:59:00'), at('2026-11-23T00:01:00'))).toBe(false);
  });

  it('is due on the next local day, even a minute after midnight', () => {
    expect(isDailyBackupDue(at('2026-11-24T00:01:00'), at('2026-11-23T23:59:00'))).toBe(true);
    expect(isDailyBackupDue(at('2026-12-01T08:00:00'), at('2026-11-01T08:00:00'))).toBe(true);
  });

  it('is not due when the newest backup is from the future (a clock set back)', () => {
    expect(isDailyBackupDue(at('2026-11-23T08:00:00'), at('2026-11-25T08:00:00'))).toBe(false);
  });
});

describe('the retention cut-off', () => {
  it('is the same calendar day N years back, clamped to the month', () => {
    expect(retentionCutoff('2026-11-23', 5)).toBe('2021-11-23');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });
});
