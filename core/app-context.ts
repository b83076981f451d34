import type Database from 'better-sqlite3';
import { openDatabase } from './db/connection';
import { prepareImportQueries, type ImportQueries } from './db/import-queries';
import { prepareQueries, type Queries } from './db/queries';
import { prepareRecallQueries, type RecallQueries } from './db/recall-queries';

/**
 * What every service needs, handed in rather than reached for: the database, its named
 * queries, the clock and who is acting. Tests pass a fixed clock.
 */
export interface AppContext {
  db: Database.Database;
  queries: Queries;
  importQueries: ImportQueries;
  recall: RecallQueries;
  now: () => Date;
  actor: string;
}

export function openAppContext(dbPath: string, options: { now?: () => Date; actor?: string } = {}): AppContext {
  const db = openDatabase(dbPath);
  return {
    db,
    queries: prepareQueries(db),
    importQueries: prepareImportQueries(db),
    recall: prepareRecallQueries(db),
    now: options.now ?? (() => new Date()),
    actor: options.actor ?? 'ukendt',
  };
}
