import type { BackupInfo, StorageStatus } from '../../shared/backups';

/**
 * What only the host that owns the database file can do: the file is swapped or deleted under
 * the open connection, so the host closes it, acts, and hands the handlers a reopened context.
 */
export interface DatabaseLifecycle {
  storageStatus: () => StorageStatus;
  restoreBackup: (fileName: string) => Promise<{ restored: BackupInfo; safetyBackup: BackupInfo | null }>;
  deleteAllData: () => Promise<void>;
}
