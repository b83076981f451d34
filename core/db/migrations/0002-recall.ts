/**
 * Recall: every contact with a patient about a check, and marks on the patient (vulnerable,
 * with a contact person). Events are keyed by CPR without a foreign key on purpose: undoing an
 * import may remove a patient seen only in that extract, and their contact history must survive
 * to meet them again when the extract is imported anew.
 */
export const sql = `
CREATE TABLE contact_events (
  id INTEGER PRIMARY KEY,
  cpr TEXT NOT NULL,
  check_kind TEXT NOT NULL CHECK (check_kind IN ('annual', 'eye', 'foot')),
  on_date TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('invited', 'agreed', 'call_later', 'booked', 'no_answer', 'removed', 'done_awaiting')),
  channel TEXT CHECK (channel IN ('letter', 'sms', 'phone', 'email', 'eboks')),
  date TEXT,
  reason TEXT CHECK (reason IN ('declined', 'moved', 'deceased', 'hospital', 'other')),
  note TEXT,
  batch_id INTEGER,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT
) STRICT;

CREATE INDEX contact_events_by_patient ON contact_events (cpr, check_kind, on_date);

CREATE TABLE patient_marks (
  cpr TEXT PRIMARY KEY,
  vulnerable INTEGER NOT NULL CHECK (vulnerable IN (0, 1)),
  contact_person TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
