import type Database from 'better-sqlite3';
import { migrations as allMigrations } from './migrations/index';

export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(
      `Databasen er lavet af en nyere udgave af Tovholder (skemaversion ${found}, denne udgave kender ${known}). Opdatér Tovholder.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date: all pending migrations in one transaction, so a failure
 * leaves the database as it was. A database from a newer Tovholder is refused, never touched.
 */
export function migrate(db: Database.Database, migrations: readonly string[] = allMigrations): number {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  if (current === migrations.length) return current;
  db.transaction(() => {
    for (let version = current + 1; version <= migrations.length; version++) {
      db.exec(migrations[version - 1] as string);
      db.pragma(`user_version = ${version}`);
    }
  }).immediate();
  return migrations.length;
}
