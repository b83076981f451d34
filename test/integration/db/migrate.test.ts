import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../core/db/connection';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as recallMigration } from '../../../core/db/migrations/0002-recall';
import { migrations } from '../../../core/db/migrations/index';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
}

describe('migrations', () => {
  it('migration 1 creates the batch, raw row, snapshot, patient, settings and audit tables', () => {
    const db = new Database(join(tempDir(), 'm1.sqlite'));
    migrate(db, migrations.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['audit_log', 'import_batches', 'import_issues', 'patients', 'raw_rows', 'settings', 'snapshots']),
    );
    db.close();
  });

  it('the recall migration adds contact events and patient marks, refusing unknown actions', () => {
    const version = migrations.indexOf(recallMigration) + 1;
    const db = new Database(join(tempDir(), 'recall.sqlite'));
    migrate(db, migrations.slice(0, version - 1));
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    expect(tables(db)).toEqual(expect.arrayContaining(['contact_events', 'patient_marks']));
    const insert = db.prepare(
      "INSERT INTO contact_events (cpr, check_kind, on_date, action, recorded_at, actor) VALUES ('6105504013', 'eye', '2026-11-23', ?, 'x', 'AB')",
    );
    expect(() => insert.run('invited')).not.toThrow();
    expect(() => insert.run('forgot')).toThrow(/CHECK/);
    db.close();
  });

  it('opens a new file with WAL, foreign keys and the newest schema', () => {
    const db = openDatabase(join(tempDir(), 'new.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    db.close();
  });

  it('keeps the page size of a file made before 16 KB pages', () => {
    const path = join(tempDir(), 'old-pages.sqlite');
    const old = new Database(path);
    old.pragma('page_size = 4096');
    migrate(old, migrations.slice(0, 1));
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves the database as it was', () => {
    const db = new Database(join(tempDir(), 'fail.sqlite'));
    const broken = ['CREATE TABLE a (x INTEGER);', 'CREATE TABLE b (y INTEGER); THIS IS NOT SQL;'];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('refuses a database made by a newer Tovholder and leaves it untouched', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    const again = new Database(path);
    expect(schemaVersion(again)).toBe(migrations.length + 1);
    expect(tables(again)).toEqual([]);
    again.close();
  });

  it('is idempotent: opening twice migrates once', () => {
    const path = join(tempDir(), 'twice.sqlite');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });
});
