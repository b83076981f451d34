/**
 * The first schema. An import is a batch; each batch keeps the rows exactly as read and one
 * parsed snapshot per patient, so any later rule can be recomputed from history.
 */
export const sql = `
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  extract_date TEXT NOT NULL,
  extract_date_source TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  patients_imported INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  warnings_count INTEGER NOT NULL,
  patients_new INTEGER NOT NULL,
  patients_changed INTEGER NOT NULL,
  patients_absent INTEGER NOT NULL,
  unknown_columns TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

CREATE INDEX import_batches_by_date ON import_batches (extract_date DESC, id DESC);

CREATE TABLE raw_rows (
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  cells TEXT NOT NULL,
  PRIMARY KEY (batch_id, line)
) STRICT, WITHOUT ROWID;

CREATE TABLE import_issues (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('rejected', 'warning', 'note')),
  line INTEGER NOT NULL,
  column_name TEXT,
  reason TEXT NOT NULL,
  raw TEXT
) STRICT;

CREATE INDEX import_issues_by_batch ON import_issues (batch_id, kind, line);

CREATE TABLE patients (
  cpr TEXT PRIMARY KEY,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('M', 'K')),
  first_batch_id INTEGER NOT NULL REFERENCES import_batches (id),
  first_extract_date TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshots (
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  cpr TEXT NOT NULL REFERENCES patients (cpr),
  name TEXT,
  practice TEXT,
  gp TEXT,
  diabetes_type INTEGER NOT NULL CHECK (diabetes_type IN (1, 2)),
  primary_site TEXT NOT NULL CHECK (primary_site IN ('general_practice', 'hospital')),
  hba1c REAL,
  hba1c_date TEXT,
  hba1c_target REAL,
  bp_systolic REAL,
  bp_diastolic REAL,
  ualb TEXT,
  smoking INTEGER,
  ace_at2 INTEGER,
  statin INTEGER,
  annual_check TEXT,
  eye_exam TEXT,
  foot_exam TEXT,
  rehab INTEGER,
  phone TEXT,
  PRIMARY KEY (batch_id, cpr)
) STRICT, WITHOUT ROWID;

CREATE INDEX snapshots_by_patient ON snapshots (cpr, batch_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL
) STRICT;
`;
