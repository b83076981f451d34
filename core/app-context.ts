import type Database from 'better-sqlite3';
import type { Logger } from './log';
import { dirname } from 'node:path';
import { openDatabase } from './db/connection';
import { prepareBackupQueries, type BackupQueries } from './db/backup-queries';
import { prepareImportQueries, type ImportQueries } from './db/import-queries';
import { preparePrivacyQueries, type PrivacyQueries } from './db/privacy-queries';
import { prepareNetworkQueries, type NetworkQueries } from './db/network-queries';
import { prepareQueries, type Queries } from './db/queries';
import { ensurePrivateDir, ensurePrivateFile } from './services/privacy-files';
import { prepareRecallQueries, type RecallQueries } from './db/recall-queries';
import { prepareReleaseQueries, type ReleaseQueries } from './db/release-queries';
import { prepareSigningQueries, type SigningQueries } from './db/signing-queries';

/**
 * What every service needs, handed in rather than reached for: the database, its named
 * queries, the clock and who is acting. Tests pass a fixed clock.
 */
export interface AppContext {
  db: Database.Database;
  queries: Queries;
  importQueries: ImportQueries;
  backupQueries: BackupQueries;
  privacyQueries: PrivacyQueries;
  recall: RecallQueries;
  networkQueries: NetworkQueries;
  releaseQueries: ReleaseQueries;
  signingQueries: SigningQueries;
  now: () => Date;
  actor: string;
  /** Where a service notes what it recovered from (a setting it could only partly read). */
  log: Pick<Logger, 'warn'>;
}

/** The database name SQLite keeps in memory only, for a command that must leave nothing behind. */
export const inMemory = ':memory:';

// Without the host's log (the CLI, tests, the import worker) a warning goes to stderr.
const stderrLog: Pick<Logger, 'warn'> = { warn: (event, details) => console.warn(event, details ?? {}) };

export function openAppContext(dbPath: string, options: { now?: () => Date; actor?: string; log?: Pick<Logger, 'warn'> } = {}): AppContext {
  // The file exists, 0600, before SQLite opens it, so it and its -wal and -shm are the user's alone.
  // SQLite's in-memory name is no path: creating it would leave an empty file named `:memory:` behind.
  if (dbPath !== inMemory) {
    ensurePrivateDir(dirname(dbPath));
    ensurePrivateFile(dbPath);
  }
  const db = openDatabase(dbPath);
  return {
    db,
    queries: prepareQueries(db),
    importQueries: prepareImportQueries(db),
    backupQueries: prepareBackupQueries(db),
    privacyQueries: preparePrivacyQueries(db),
    recall: prepareRecallQueries(db),
    networkQueries: prepareNetworkQueries(db),
    releaseQueries: prepareReleaseQueries(db),
    signingQueries: prepareSigningQueries(db),
    now: options.now ?? (() => new Date()),
    actor: options.actor ?? 'ukendt',
    log: options.log ?? stderrLog,
  };
}
