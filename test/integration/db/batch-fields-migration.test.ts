import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as batchFields } from '../../../core/db/migrations/0006-batch-fields';
import { migrations } from '../../../core/db/migrations/index';
import { prepareQueries } from '../../../core/db/queries';
import { carriedFieldsOfBatch } from '../../../core/services/batch-fields';
import { absentFieldsOf } from '../../../shared/extract-columns';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const version = migrations.indexOf(batchFields) + 1;

/** A snapshot document as migration 0005 writes it: the plan's fields in their fixed order. */
function document(values: Partial<Record<string, unknown>>): string {
  const order = ['name', 'practice', 'gp', 'diabetes_type', 'primary_site', 'hba1c', 'hba1c_date', 'hba1c_target', 'bp_systolic',
    'bp_diastolic', 'ualb', 'smoking', 'ace_at2', 'statin', 'annual_check', 'eye_exam', 'foot_exam', 'rehab', 'phone'];
  return JSON.stringify(order.map((field) => values[field] ?? (field === 'diabetes_type' ? 2 : field === 'primary_site' ? 'general_practice' : null)));
}

function databaseBefore(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version - 1));
  const batch = db.prepare(
    `INSERT INTO import_batches (id, file_name, file_hash, format, extract_date, extract_date_source, rows_read, patients_imported,
       rows_rejected, warnings_count, patients_new, patients_changed, patients_absent, unknown_columns, imported_at)
     VALUES (?, ?, ?, 'csv', '2026-03-31', 'file_name', 2, 2, 0, 0, 2, 0, 0, '[]', 'x')`,
  );
  batch.run(1, 'full.csv', 'h1');
  batch.run(2, 'no-eye.csv', 'h2');
  const patient = db.prepare("INSERT INTO patients VALUES (?, '1955-01-01', 'K', 1, '2026-03-31')");
  patient.run('6101551234');
  patient.run('6201551234');
  const snapshot = db.prepare('INSERT INTO snapshots (batch_id, cpr, plan) VALUES (?, ?, ?)');
  // Batch 1 had every column: each field has a value for at least one of its two patients.
  snapshot.run(1, '6101551234', document({ name: 'A', gp: 'L', hba1c: 50, hba1c_date: '2026-01-01', bp_systolic: 130, bp_diastolic: 80, smoking: 0, statin: 1, annual_check: '2026-01-01', eye_exam: '2025-01-01' }));
  snapshot.run(1, '6201551234', document({ practice: 'P', hba1c_target: 53, ualb: '<30', ace_at2: 1, foot_exam: '2025-01-01', rehab: 0, phone: '12345678' }));
  // Batch 2 lacked the eye exam, rehabilitation and U-ALB columns: no snapshot has a value there.
  snapshot.run(2, '6101551234', document({ name: 'A', hba1c: 50, annual_check: '2026-01-01', foot_exam: '2025-01-01' }));
  snapshot.run(2, '6201551234', document({ gp: 'L', practice: 'P', hba1c_date: '2026-01-01', hba1c_target: 53, bp_systolic: 1, bp_diastolic: 1, smoking: 1, ace_at2: 0, statin: 0, phone: '1' }));
  return db;
}

describe('batch fields migration', () => {
  it('records, for each batch already stored, the fields at least one of its snapshots has a value for', () => {
    const db = databaseBefore(join(tempDir(), 'upgrade.sqlite'));
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    migrate(db);
    const queries = prepareQueries(db);
    expect(absentFieldsOf(carriedFieldsOfBatch(queries.batchById(1)!))).toEqual([]);
    expect(absentFieldsOf(carriedFieldsOfBatch(queries.batchById(2)!))).toEqual(['ualb', 'eye_exam', 'rehab']);
    // The rows themselves are untouched.
    expect(queries.snapshotsForBatch(2)).toHaveLength(2);
    db.close();
  });

  it('gives a database without batches the column and nothing else', () => {
    const db = new Database(join(tempDir(), 'empty.sqlite'));
    migrate(db);
    expect(db.prepare("SELECT name FROM pragma_table_info('import_batches') WHERE name = 'fields'").get()).toEqual({ name: 'fields' });
    db.close();
  });
});
