import { z } from 'zod';

/** Why a backup was taken: before an import, the daily one at start, before a restore, or by hand. */
export const backupReasonSchema = z.enum(['import', 'daily', 'restore', 'manual']);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupInfoSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: backupReasonSchema,
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** Where Tovholder keeps its files, and whether the database passed its check at start. */
export const storageStatusSchema = z.object({
  databasePath: z.string(),
  backupFolder: z.string(),
  logFolder: z.string(),
  damaged: z.boolean(),
  /** When damaged: the newest backup that passes SQLite's check, to restore. */
  latestSoundBackup: backupInfoSchema.nullable(),
});
export type StorageStatus = z.infer<typeof storageStatusSchema>;
