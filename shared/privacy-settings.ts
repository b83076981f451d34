import { z } from 'zod';
import { subtractMonthsClamped } from './calendar-dates';

/** How much Tovholder keeps: backups kept, and years of care-plan history kept. */
export const dataSettingsSchema = z
  .object({
    backupsToKeep: z.number().int().min(1).max(100),
    retentionYears: z.number().int().min(1).max(50),
  })
  .strict();
export type DataSettings = z.infer<typeof dataSettingsSchema>;

export const defaultDataSettings: DataSettings = { backupsToKeep: 10, retentionYears: 5 };

/** Extracts dated before this day are older than the retention period on `today`. */
export function retentionCutoff(today: string, years: number): string {
  return subtractMonthsClamped(today, 12 * years);
}

/** The word the user types to delete everything. */
export const deleteAllConfirmationWord = 'SLET';
