import type Database from 'better-sqlite3';
import { practiceSite } from '../../shared/active-patients';
import type { CarePlan } from '../../shared/care-plan';

/**
 * Every SQL statement Tovholder runs, by name. Nothing outside `core/db` writes SQL: services
 * call these, so each statement is prepared once and can be checked with EXPLAIN QUERY PLAN.
 */

export interface BatchRow {
  id: number;
  file_name: string;
  file_hash: string;
  format: 'csv' | 'xlsx';
  extract_date: string;
  extract_date_source: string;
  rows_read: number;
  patients_imported: number;
  rows_rejected: number;
  warnings_count: number;
  patients_new: number;
  patients_changed: number;
  patients_absent: number;
  unknown_columns: string;
  imported_at: string;
  /** The fields the extract has columns for, as a JSON array (migration 0006). */
  fields: string;
}

export type NewBatch = Omit<BatchRow, 'id'>;

export interface SnapshotRow {
  batch_id: number;
  cpr: string;
  name: string | null;
  practice: string | null;
  gp: string | null;
  diabetes_type: 1 | 2;
  primary_site: 'general_practice' | 'hospital';
  hba1c: number | null;
  hba1c_date: string | null;
  hba1c_target: number | null;
  bp_systolic: number | null;
  bp_diastolic: number | null;
  ualb: string | null;
  smoking: number | null;
  ace_at2: number | null;
  statin: number | null;
  annual_check: string | null;
  eye_exam: string | null;
  foot_exam: string | null;
  rehab: number | null;
  phone: string | null;
}

export interface PatientSnapshotRow extends SnapshotRow {
  birth_date: string;
  sex: 'M' | 'K';
  first_extract_date: string;
}

export type StoredPatientSnapshot = StoredSnapshot & Pick<PatientSnapshotRow, 'birth_date' | 'sex' | 'first_extract_date'>;

export interface IssueRow {
  kind: 'rejected' | 'warning' | 'note';
  line: number;
  column_name: string | null;
  reason: string;
  raw: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: string;
}

/** A snapshot as stored (migration 0005): the keys, and the plan's fields as one JSON array. */
export interface StoredSnapshot {
  batch_id: number;
  cpr: string;
  plan: string;
}

/**
 * The care plan's fields in the order a snapshot's document holds them. Append only: documents
 * already written are read by position.
 */
export const snapshotDocumentFields = [
  'name', 'practice', 'gp', 'diabetes_type', 'primary_site', 'hba1c', 'hba1c_date', 'hba1c_target', 'bp_systolic',
  'bp_diastolic', 'ualb', 'smoking', 'ace_at2', 'statin', 'annual_check', 'eye_exam', 'foot_exam', 'rehab', 'phone',
] as const satisfies readonly Exclude<keyof SnapshotRow, 'batch_id' | 'cpr'>[];

/** SQL for one field of a snapshot's document, for the few statements that read a field in SQLite. */
export function snapshotFieldSql(field: (typeof snapshotDocumentFields)[number], table = 'snapshots'): string {
  return `${table}.plan ->> ${snapshotDocumentFields.indexOf(field)}`;
}

/** A plan's snapshot document: the same values always make the same text, so equal text is an unchanged patient. */
export function snapshotDocument(plan: CarePlan): string {
  return JSON.stringify([
    plan.name, plan.practice, plan.gp, plan.diabetesType, plan.primarySite, plan.hba1c, plan.hba1cDate,
    plan.hba1cTarget, plan.bpSystolic, plan.bpDiastolic, plan.ualb, flag(plan.smoking), flag(plan.aceAt2),
    flag(plan.statin), plan.annualCheck, plan.eyeExam, plan.footExam, flag(plan.rehab), plan.phone,
  ]);
}

/** A snapshot document's values, in `snapshotDocumentFields` order. */
type SnapshotFields = typeof snapshotDocumentFields;
type SnapshotValues = { -readonly [K in keyof SnapshotFields]: SnapshotFields[K] extends keyof SnapshotRow ? SnapshotRow[SnapshotFields[K]] : never };

/**
 * A stored snapshot read back as a row of named fields. One object literal, the same for every row:
 * spreading the query's other columns into it instead made each row a slow dictionary-mode object
 * in V8 (100,000 rows took 2.5 s to build instead of 0.15 s, and ten times longer to read).
 */
export function snapshotFromStored(row: StoredSnapshot): SnapshotRow {
  const v = JSON.parse(row.plan) as SnapshotValues;
  return {
    batch_id: row.batch_id, cpr: row.cpr, name: v[0], practice: v[1], gp: v[2], diabetes_type: v[3], primary_site: v[4],
    hba1c: v[5], hba1c_date: v[6], hba1c_target: v[7], bp_systolic: v[8], bp_diastolic: v[9], ualb: v[10], smoking: v[11],
    ace_at2: v[12], statin: v[13], annual_check: v[14], eye_exam: v[15], foot_exam: v[16], rehab: v[17], phone: v[18],
  };
}

/** A stored snapshot with its patient's columns, added in one order so every row keeps one shape. */
export function patientSnapshotFromStored(row: StoredPatientSnapshot): PatientSnapshotRow {
  return Object.assign(snapshotFromStored(row), { birth_date: row.birth_date, sex: row.sex, first_extract_date: row.first_extract_date });
}

/**
 * A bulk insert: one statement writes up to `rowsPerStatement` rows (`VALUES (…), (…), …`), so
 * a 100,000-patient import makes hundreds of calls into SQLite instead of 100,000. `fill` puts a
 * row's values straight into the statement's parameters: no array per row is made and thrown away.
 * `shared` names the values every row has alike (`@batch`), bound once per statement, not per row:
 * binding is most of what an insert costs from JavaScript.
 */
function bulkInsert<T>(
  db: Database.Database,
  target: { table: string; columns: readonly string[]; shared?: Readonly<Record<string, string>>; onConflict?: string },
  rowsPerStatement: number,
) {
  const statements = new Map<number, Database.Statement<unknown[]>>();
  const perRow = target.columns.filter((column) => !(column in (target.shared ?? {})));
  const tuple = `(${target.columns.map((column) => target.shared?.[column] ?? '?').join(', ')})`;
  const statementFor = (rows: number) => {
    let statement = statements.get(rows);
    if (!statement) {
      statement = db.prepare<unknown[]>(
        `INSERT INTO ${target.table} (${target.columns.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')} ${target.onConflict ?? ''}`,
      );
      statements.set(rows, statement);
    }
    return statement;
  };
  const width = perRow.length;
  return (shared: Readonly<Record<string, unknown>>, rows: readonly T[], fill: (row: T, values: unknown[], at: number) => void) => {
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      const count = Math.min(rowsPerStatement, rows.length - start);
      const values = new Array<unknown>(count * width);
      for (let i = 0; i < count; i++) fill(rows[start + i] as T, values, i * width);
      statementFor(count).run(values, shared);
    }
  };
}

function flag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

/** New patients are added; a known one keeps the earliest extract it was seen in. */
const patientsInsert = {
  table: 'patients',
  columns: ['cpr', 'birth_date', 'sex', 'first_batch_id', 'first_extract_date'],
  shared: { first_batch_id: '@batch', first_extract_date: '@extractDate' },
  onConflict: `ON CONFLICT (cpr) DO UPDATE SET first_batch_id = excluded.first_batch_id,
     first_extract_date = excluded.first_extract_date
     WHERE excluded.first_extract_date < patients.first_extract_date`,
};

/** A snapshot per plan, the batch bound once per statement. */
const snapshotsInsert = { table: 'snapshots', columns: ['batch_id', 'cpr', 'plan'], shared: { batch_id: '@batch' } };

/** The statements, by name; `prepareQueries` prepares each once per connection. */
export const sql = {
  batchByHash: 'SELECT * FROM import_batches WHERE file_hash = ?',
  batchById: 'SELECT * FROM import_batches WHERE id = ?',
  currentBatch: 'SELECT * FROM import_batches ORDER BY extract_date DESC, id DESC LIMIT 1',
  listBatches: 'SELECT * FROM import_batches ORDER BY extract_date DESC, id DESC',
  precedingBatch: 'SELECT * FROM import_batches WHERE extract_date <= ? ORDER BY extract_date DESC, id DESC LIMIT 1',
  insertBatch: `INSERT INTO import_batches (file_name, file_hash, format, extract_date, extract_date_source, rows_read,
       patients_imported, rows_rejected, warnings_count, patients_new, patients_changed, patients_absent,
       unknown_columns, imported_at, fields)
     VALUES (@file_name, @file_hash, @format, @extract_date, @extract_date_source, @rows_read,
       @patients_imported, @rows_rejected, @warnings_count, @patients_new, @patients_changed, @patients_absent,
       @unknown_columns, @imported_at, @fields)`,
  insertIssue: 'INSERT INTO import_issues (batch_id, kind, line, column_name, reason, raw) VALUES (?, ?, ?, ?, ?, ?)',
  issuesForBatch: 'SELECT kind, line, column_name, reason, raw FROM import_issues WHERE batch_id = ? ORDER BY kind, line, id',
  snapshotsForBatch: 'SELECT batch_id, cpr, plan FROM snapshots WHERE batch_id = ?',
  cprsOfBatch: 'SELECT cpr FROM snapshots WHERE batch_id = ?',
  patientSnapshotsForBatch: `SELECT s.batch_id, s.cpr, s.plan, p.birth_date, p.sex, p.first_extract_date
     FROM snapshots s JOIN patients p ON p.cpr = s.cpr
     WHERE s.batch_id = ? ORDER BY s.cpr`,
  countPatients: 'SELECT count(*) AS n FROM patients',
  // The active patients of `shared/active-patients.ts`, counted in SQL.
  countActive: `SELECT count(*) AS n FROM snapshots WHERE batch_id = ? AND ${snapshotFieldSql('primary_site')} = '${practiceSite}'`,
  getSetting: 'SELECT value FROM settings WHERE key = ?',
  putSetting: 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  insertAudit: 'INSERT INTO audit_log (at, actor, action, details) VALUES (?, ?, ?, ?)',
  listAudit: 'SELECT * FROM audit_log ORDER BY id',
  latestImportedBatch: 'SELECT * FROM import_batches ORDER BY id DESC LIMIT 1',
  deleteSnapshotsOf: 'DELETE FROM snapshots WHERE batch_id = ?',
  deletePatientsWithoutSnapshots: `DELETE FROM patients WHERE first_batch_id = ?
     AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.cpr = patients.cpr)`,
  moveFirstSeenOff: `UPDATE patients SET (first_batch_id, first_extract_date) = (
       SELECT b.id, b.extract_date FROM snapshots s JOIN import_batches b ON b.id = s.batch_id
       WHERE s.cpr = patients.cpr AND b.id <> @batch ORDER BY b.extract_date, b.id LIMIT 1)
     WHERE first_batch_id = @batch`,
  deleteBatch: 'DELETE FROM import_batches WHERE id = ?',
} as const;

export function prepareQueries(db: Database.Database) {
  const batchByHash = db.prepare<[string], BatchRow>(sql.batchByHash);
  const batchById = db.prepare<[number], BatchRow>(sql.batchById);
  const currentBatch = db.prepare<[], BatchRow>(sql.currentBatch);
  const listBatches = db.prepare<[], BatchRow>(sql.listBatches);
  const precedingBatch = db.prepare<[string], BatchRow>(sql.precedingBatch);
  const insertBatch = db.prepare<NewBatch>(sql.insertBatch);
  const insertIssue = db.prepare<[number, IssueRow['kind'], number, string | null, string, string | null]>(sql.insertIssue);
  const issuesForBatch = db.prepare<[number], IssueRow>(sql.issuesForBatch);
  const insertPatients = bulkInsert<CarePlan>(db, patientsInsert, 100);
  const insertSnapshots = bulkInsert<CarePlan>(db, snapshotsInsert, 100);
  const snapshotsForBatch = db.prepare<[number], StoredSnapshot>(sql.snapshotsForBatch);
  const cprsOfBatch = db.prepare<[number], string>(sql.cprsOfBatch).pluck();
  const patientSnapshotsForBatch = db.prepare<[number], StoredPatientSnapshot>(sql.patientSnapshotsForBatch);
  const countPatients = db.prepare<[], { n: number }>(sql.countPatients);
  const countActive = db.prepare<[number], { n: number }>(sql.countActive);
  const getSetting = db.prepare<[string], { value: string }>(sql.getSetting);
  const putSetting = db.prepare<[string, string]>(sql.putSetting);
  const insertAudit = db.prepare<[string, string, string, string]>(sql.insertAudit);
  const listAudit = db.prepare<[], AuditRow>(sql.listAudit);
  const latestImportedBatch = db.prepare<[], BatchRow>(sql.latestImportedBatch);
  const deleteSnapshotsOf = db.prepare<[number]>(sql.deleteSnapshotsOf);
  const deletePatientsWithoutSnapshots = db.prepare<[number]>(sql.deletePatientsWithoutSnapshots);
  const moveFirstSeenOff = db.prepare<{ batch: number }>(sql.moveFirstSeenOff);
  const deleteBatch = db.prepare<[number]>(sql.deleteBatch);

  return {
    batchByHash: (hash: string) => batchByHash.get(hash),
    batchById: (id: number) => batchById.get(id),
    currentBatch: () => currentBatch.get(),
    listBatches: () => listBatches.all(),
    /** The newest batch whose extract is no later than `extractDate`. */
    precedingBatch: (extractDate: string) => precedingBatch.get(extractDate),
    insertBatch: (batch: NewBatch) => Number(insertBatch.run(batch).lastInsertRowid),
    insertIssue: (batchId: number, issue: IssueRow) =>
      insertIssue.run(batchId, issue.kind, issue.line, issue.column_name, issue.reason, issue.raw),
    issuesForBatch: (batchId: number) => issuesForBatch.all(batchId),
    /** New patients are added; a known one keeps the earliest extract it was seen in. */
    insertPatients: (batchId: number, extractDate: string, plans: readonly CarePlan[]) =>
      insertPatients({ batch: batchId, extractDate }, plans, (plan, values, at) => {
        values[at] = plan.cpr;
        values[at + 1] = plan.birthDate;
        values[at + 2] = plan.sex;
      }),
    /** One snapshot per plan, its document made from the plan itself: no row object per patient in between. */
    insertSnapshots: (batchId: number, plans: readonly CarePlan[]) =>
      insertSnapshots({ batch: batchId }, plans, (plan, values, at) => {
        values[at] = plan.cpr;
        values[at + 1] = snapshotDocument(plan);
      }),
    cprsOfBatch: (batchId: number): string[] => cprsOfBatch.all(batchId),
    snapshotsForBatch: (batchId: number): SnapshotRow[] => snapshotsForBatch.all(batchId).map((row) => snapshotFromStored(row)),
    patientSnapshotsForBatch: (batchId: number): PatientSnapshotRow[] => patientSnapshotsForBatch.all(batchId).map((row) => patientSnapshotFromStored(row)),
    countPatients: () => countPatients.get()?.n ?? 0,
    countActive: (batchId: number) => countActive.get(batchId)?.n ?? 0,
    getSetting: (key: string) => getSetting.get(key)?.value,
    putSetting: (key: string, value: string) => putSetting.run(key, value),
    insertAudit: (at: string, actor: string, action: string, details: string) =>
      insertAudit.run(at, actor, action, details),
    listAudit: () => listAudit.all(),
    latestImportedBatch: () => latestImportedBatch.get(),
    /** Removes a batch and every trace of it: its rows (by cascade), issues, snapshots, and patients seen only there. */
    deleteBatchAndOrphans: (batchId: number) => {
      deleteSnapshotsOf.run(batchId);
      deletePatientsWithoutSnapshots.run(batchId);
      moveFirstSeenOff.run({ batch: batchId });
      deleteBatch.run(batchId);
    },
  };
}

export type Queries = ReturnType<typeof prepareQueries>;

