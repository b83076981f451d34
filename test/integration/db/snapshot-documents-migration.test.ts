import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as snapshotDocuments } from '../../../core/db/migrations/0005-snapshot-documents';
import { migrations } from '../../../core/db/migrations/index';
import { prepareQueries, snapshotDocument, type SnapshotRow } from '../../../core/db/queries';
import type { CarePlan } from '../../../shared/care-plan';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const version = migrations.indexOf(snapshotDocuments) + 1;

/** A plan as the reader makes it, and the same patient as the columns before migration 0005 held it. */
const plan: CarePlan = {
  cpr: '0101551234',
  birthDate: '1955-01-01',
  name: 'Søren "Sø" Ærø',
  sex: 'K',
  practice: 'Lægehuset',
  gp: 'AB',
  diabetesType: 2,
  primarySite: 'general_practice',
  hba1c: 53,
  hba1cDate: '2026-03-01',
  hba1cTarget: 7.3,
  bpSystolic: 138,
  bpDiastolic: 84,
  ualb: '<30',
  smoking: false,
  aceAt2: true,
  statin: null,
  annualCheck: '2026-02-01',
  eyeExam: null,
  footExam: '2025-01-15',
  rehab: null,
  phone: '12345678',
};

const columns: Omit<SnapshotRow, 'batch_id' | 'cpr'> = {
  name: plan.name,
  practice: plan.practice,
  gp: plan.gp,
  diabetes_type: 2,
  primary_site: 'general_practice',
  hba1c: 53,
  hba1c_date: '2026-03-01',
  hba1c_target: 7.3,
  bp_systolic: 138,
  bp_diastolic: 84,
  ualb: '<30',
  smoking: 0,
  ace_at2: 1,
  statin: null,
  annual_check: '2026-02-01',
  eye_exam: null,
  foot_exam: '2025-01-15',
  rehab: null,
  phone: '12345678',
};

function databaseBefore(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version - 1));
  db.prepare(
    `INSERT INTO import_batches (id, file_name, file_hash, format, extract_date, extract_date_source, rows_read, patients_imported,
       rows_rejected, warnings_count, patients_new, patients_changed, patients_absent, unknown_columns, imported_at)
     VALUES (1, 'a.csv', 'h', 'csv', '2026-03-31', 'file_name', 1, 1, 0, 0, 1, 0, 0, '[]', 'x')`,
  ).run();
  db.prepare("INSERT INTO patients VALUES (?, '1955-01-01', 'K', 1, '2026-03-31')").run(plan.cpr);
  const names = Object.keys(columns);
  db.prepare(`INSERT INTO snapshots (batch_id, cpr, ${names.join(', ')}) VALUES (1, @cpr, ${names.map((name) => `@${name}`).join(', ')})`).run({
    cpr: plan.cpr,
    ...columns,
  });
  return db;
}

describe('snapshot documents migration', () => {
  it('turns each snapshot into one document that reads back as the same fields', () => {
    const db = databaseBefore(join(tempDir(), 'upgrade.sqlite'));
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    // The named queries are those of the newest schema: the later migrations run first.
    migrate(db);
    expect(prepareQueries(db).snapshotsForBatch(1)).toEqual([{ batch_id: 1, cpr: plan.cpr, ...columns }]);
    db.close();
  });

  it('writes the document a new import of the same values writes, so the patient does not count as changed', () => {
    const db = databaseBefore(join(tempDir(), 'same.sqlite'));
    migrate(db, migrations.slice(0, version));
    const stored = db.prepare<[], { plan: string }>('SELECT plan FROM snapshots').get();
    expect(stored?.plan).toBe(snapshotDocument(plan));
    db.close();
  });

  it('keeps both ways into the snapshots: by batch on the primary key, by patient on the index', () => {
    const dir = tempDir();
    expect(queryPlan(dir, 'SELECT plan FROM snapshots WHERE batch_id = ? AND cpr = ?', 1, 'x')).toMatch(/SEARCH snapshots USING PRIMARY KEY \(batch_id=\? AND cpr=\?\)/);
    expect(queryPlan(dir, 'SELECT batch_id FROM snapshots WHERE cpr = ?', 'x')).toMatch(/SEARCH snapshots USING COVERING INDEX snapshots_by_patient \(cpr=\?\)/);
  });
});
