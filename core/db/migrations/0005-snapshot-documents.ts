/**
 * A snapshot becomes one document: `plan`, a JSON array of the care plan's fields in a fixed order
 * (`snapshotDocumentFields` in queries.ts), beside the keys SQL looks rows up by. A snapshot is
 * written once and always read whole into the rules, never filtered field by field in SQL; as
 * nineteen columns, an import of 100,000 patients bound 1.9 million values one by one, which was
 * most of its writing time. Two snapshots are the same exactly when their documents are.
 *
 * Whole numbers in REAL columns (HbA1c 53.0) are written as integers (53), as JavaScript's
 * JSON.stringify writes them, so a migrated document equals the one a new import of the same
 * values writes.
 */
const whole = (column: string) => `CASE WHEN ${column} = CAST(${column} AS INTEGER) THEN CAST(${column} AS INTEGER) ELSE ${column} END`;

export const sql = `
CREATE TABLE snapshot_documents (
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  cpr TEXT NOT NULL REFERENCES patients (cpr),
  plan TEXT NOT NULL,
  PRIMARY KEY (batch_id, cpr)
) STRICT, WITHOUT ROWID;

INSERT INTO snapshot_documents (batch_id, cpr, plan)
SELECT batch_id, cpr, json_array(name, practice, gp, diabetes_type, primary_site, ${whole('hba1c')}, hba1c_date,
    ${whole('hba1c_target')}, ${whole('bp_systolic')}, ${whole('bp_diastolic')}, ualb, smoking, ace_at2, statin,
    annual_check, eye_exam, foot_exam, rehab, phone)
  FROM snapshots;

DROP INDEX snapshots_by_patient;
DROP TABLE snapshots;
ALTER TABLE snapshot_documents RENAME TO snapshots;
CREATE INDEX snapshots_by_patient ON snapshots (cpr, batch_id);
`;
