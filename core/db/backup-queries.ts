import type Database from 'better-sqlite3';

/**
 * The statements backups need. The newest audit entry marks a database's state: every service
 * that writes records an audit entry in the same transaction, so two databases with the same
 * newest entry (id and time) hold the same data, and a backup of an unchanged database is skipped.
 */
export interface StateMark {
  id: number;
  at: string;
}

export const sql = {
  latestAudit: 'SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1',
} as const;

export function prepareBackupQueries(db: Database.Database) {
  const latestAudit = db.prepare<[], StateMark>(sql.latestAudit);
  return {
    stateMark: (): StateMark | null => latestAudit.get() ?? null,
  };
}

export type BackupQueries = ReturnType<typeof prepareBackupQueries>;

/** `PRAGMA integrity_check` (or the faster `quick_check`): the problems found, none when sound. */
export function integrityProblems(db: Database.Database, check: 'integrity_check' | 'quick_check' = 'integrity_check'): string[] {
  const rows = db.pragma(check) as { [column: string]: string }[];
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}
