import type Database from 'better-sqlite3';
import type { ContactEvent } from '../../shared/contact-workflow';
import { patientSnapshotFromStored, snapshotFromStored, type BatchRow, type PatientSnapshotRow, type SnapshotRow, type StoredPatientSnapshot, type StoredSnapshot } from './queries';

/** The recall domain's statements: contact events, patient marks and the patient panel's history. */

export interface ContactEventRow {
  id: string;
  cpr: string;
  /** The checks the contact covered, comma-separated in the order of `checkKinds`. */
  checks: string;
  on_date: string;
  action: ContactEvent['action'];
  channel: ContactEvent['channel'];
  date: string | null;
  reason: ContactEvent['reason'];
  note: string | null;
  batch_id: number | null;
  /** The mailing whose invitations were recorded in one step, undone as one; null for a single contact. */
  mailing_id: string | null;
  recorded_at: string;
  actor: string;
  undone_at: string | null;
  undone_by: string | null;
}

export type NewContactEvent = Omit<ContactEventRow, 'undone_at' | 'undone_by'>;

// `seq` stays inside the database: it is this PC's order, not part of the event.
const eventColumns = 'id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, mailing_id, recorded_at, actor, undone_at, undone_by';

export interface PatientMarkRow {
  cpr: string;
  vulnerable: 0 | 1;
  contact_person: string | null;
  updated_at: string;
  updated_by: string;
}

export interface PatientRow {
  cpr: string;
  birth_date: string;
  sex: 'M' | 'K';
  first_batch_id: number;
  first_extract_date: string;
}

export type SnapshotHistoryRow = SnapshotRow & { extract_date: string; file_name: string };

export const sql = {
  // `seq` is the order of recording on this PC: events come in that order, so the rules keep two
  // contacts on one day in the order they were recorded.
  activeContactEvents: `SELECT ${eventColumns} FROM contact_events WHERE undone_at IS NULL ORDER BY cpr, seq`,
  contactEventsOf: `SELECT ${eventColumns} FROM contact_events WHERE cpr = ? ORDER BY on_date DESC, seq DESC`,
  contactEventById: `SELECT ${eventColumns} FROM contact_events WHERE id = ?`,
  insertContactEvent: `INSERT INTO contact_events (id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, mailing_id, recorded_at, actor)
     VALUES (@id, @cpr, @checks, @on_date, @action, @channel, @date, @reason, @note, @batch_id, @mailing_id, @recorded_at, @actor)`,
  undoContactEvent: 'UPDATE contact_events SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL',
  mailingEvents: `SELECT ${eventColumns} FROM contact_events WHERE mailing_id = ? ORDER BY seq`,
  undoMailing: 'UPDATE contact_events SET undone_at = ?, undone_by = ? WHERE mailing_id = ? AND undone_at IS NULL',
  allMarks: 'SELECT * FROM patient_marks',
  markOf: 'SELECT * FROM patient_marks WHERE cpr = ?',
  putMark: `INSERT INTO patient_marks (cpr, vulnerable, contact_person, updated_at, updated_by)
     VALUES (@cpr, @vulnerable, @contact_person, @updated_at, @updated_by)
     ON CONFLICT (cpr) DO UPDATE SET vulnerable = excluded.vulnerable, contact_person = excluded.contact_person,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  patientByCpr: 'SELECT * FROM patients WHERE cpr = ?',
  snapshotHistoryOf: `SELECT s.batch_id, s.cpr, s.plan, b.extract_date, b.file_name FROM snapshots s
     JOIN import_batches b ON b.id = s.batch_id
     WHERE s.cpr = ? ORDER BY b.extract_date DESC, b.id DESC`,
  patientSnapshotInBatch: `SELECT s.batch_id, s.cpr, s.plan, p.birth_date, p.sex, p.first_extract_date
     FROM snapshots s JOIN patients p ON p.cpr = s.cpr
     WHERE s.batch_id = ? AND s.cpr = ?`,
  activeContactEventsOf: `SELECT ${eventColumns} FROM contact_events WHERE cpr = ? AND undone_at IS NULL ORDER BY seq`,
  earliestExtractDate: 'SELECT min(extract_date) AS date FROM import_batches',
  // The extract before a given one, in the order `currentBatch` picks the newest: what changed since.
  batchBefore: `SELECT * FROM import_batches WHERE extract_date < @date OR (extract_date = @date AND id < @id)
     ORDER BY extract_date DESC, id DESC LIMIT 1`,
  // Patients confirmed as moved away or dead, on a removal not taken back.
  goneCprs: `SELECT DISTINCT cpr FROM contact_events WHERE action = 'removed' AND reason IN ('moved', 'deceased') AND undone_at IS NULL`,
  /**
   * Changes whenever anything changes in the file: `data_version` moves on commits by other
   * connections (a worker's import, the CLI), `total_changes()` on this connection's own writes.
   */
  recallFingerprint: 'SELECT (SELECT data_version FROM pragma_data_version) AS dataVersion, total_changes() AS ownChanges',
} as const;

export function prepareRecallQueries(db: Database.Database) {
  const activeContactEvents = db.prepare<[], ContactEventRow>(sql.activeContactEvents);
  const contactEventsOf = db.prepare<[string], ContactEventRow>(sql.contactEventsOf);
  const contactEventById = db.prepare<[string], ContactEventRow>(sql.contactEventById);
  const insertContactEvent = db.prepare<NewContactEvent>(sql.insertContactEvent);
  const undoContactEvent = db.prepare<[string, string, string]>(sql.undoContactEvent);
  const mailingEvents = db.prepare<[string], ContactEventRow>(sql.mailingEvents);
  const undoMailing = db.prepare<[string, string, string]>(sql.undoMailing);
  const allMarks = db.prepare<[], PatientMarkRow>(sql.allMarks);
  const markOf = db.prepare<[string], PatientMarkRow>(sql.markOf);
  const putMark = db.prepare<PatientMarkRow>(sql.putMark);
  const patientByCpr = db.prepare<[string], PatientRow>(sql.patientByCpr);
  const snapshotHistoryOf = db.prepare<[string], StoredSnapshot & Pick<SnapshotHistoryRow, 'extract_date' | 'file_name'>>(sql.snapshotHistoryOf);
  const earliestExtractDate = db.prepare<[], { date: string | null }>(sql.earliestExtractDate);
  const batchBefore = db.prepare<{ date: string; id: number }, BatchRow>(sql.batchBefore);
  const goneCprs = db.prepare<[], string>(sql.goneCprs).pluck();
  const recallFingerprint = db.prepare<[], { dataVersion: number; ownChanges: number }>(sql.recallFingerprint);
  const patientSnapshotInBatch = db.prepare<[number, string], StoredPatientSnapshot>(sql.patientSnapshotInBatch);
  const activeContactEventsOf = db.prepare<[string], ContactEventRow>(sql.activeContactEventsOf);

  return {
    activeContactEvents: () => activeContactEvents.all(),
    contactEventsOf: (cpr: string) => contactEventsOf.all(cpr),
    contactEventById: (id: string) => contactEventById.get(id),
    insertContactEvent: (event: NewContactEvent) => insertContactEvent.run(event),
    /** True when the event existed and was not already undone. */
    undoContactEvent: (id: string, at: string, by: string) => undoContactEvent.run(at, by, id).changes === 1,
    /** Every event of a mailing, undone ones included, in the order recorded. */
    mailingEvents: (mailingId: string) => mailingEvents.all(mailingId),
    /** How many of the mailing's events were still in force and are now undone. */
    undoMailing: (mailingId: string, at: string, by: string) => undoMailing.run(at, by, mailingId).changes,
    allMarks: () => allMarks.all(),
    markOf: (cpr: string) => markOf.get(cpr),
    putMark: (mark: PatientMarkRow) => putMark.run(mark),
    patientByCpr: (cpr: string) => patientByCpr.get(cpr),
    snapshotHistoryOf: (cpr: string): SnapshotHistoryRow[] =>
      snapshotHistoryOf.all(cpr).map((row) => Object.assign(snapshotFromStored(row), { extract_date: row.extract_date, file_name: row.file_name })),
    earliestExtractDate: () => earliestExtractDate.get()?.date ?? null,
    batchBefore: (batch: Pick<BatchRow, 'extract_date' | 'id'>) => batchBefore.get({ date: batch.extract_date, id: batch.id }),
    goneCprs: (): string[] => goneCprs.all(),
    recallFingerprint: () => recallFingerprint.get() ?? { dataVersion: 0, ownChanges: 0 },
    patientSnapshotInBatch: (batchId: number, cpr: string): PatientSnapshotRow | undefined => {
      const row = patientSnapshotInBatch.get(batchId, cpr);
      return row === undefined ? undefined : patientSnapshotFromStored(row);
    },
    activeContactEventsOf: (cpr: string) => activeContactEventsOf.all(cpr),
  };
}

export type RecallQueries = ReturnType<typeof prepareRecallQueries>;
