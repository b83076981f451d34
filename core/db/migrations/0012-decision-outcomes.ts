/**
 * The steps for a patient who is not reached (#14 item 7) are contact actions: same-day
 * screening at the hospital clinic, a home visit, a coordination meeting. SQLite cannot widen a
 * CHECK in place, so the table is copied, every row and its `seq` (this PC's order) kept, and
 * its mailing (migration 11) with the index that undoes a mailing as one.
 */
const checkSets = ['annual', 'eye', 'foot', 'annual,eye', 'annual,foot', 'eye,foot', 'annual,eye,foot'];
const actions = [
  'invited', 'agreed', 'call_later', 'booked', 'no_answer', 'removed', 'done_awaiting',
  'same_day_screening', 'home_visit', 'coordination_meeting',
];

export const sql = `
CREATE TABLE contact_events_new (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 64),
  cpr TEXT NOT NULL,
  checks TEXT NOT NULL CHECK (checks IN (${checkSets.map((set) => `'${set}'`).join(', ')})),
  on_date TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN (${actions.map((action) => `'${action}'`).join(', ')})),
  channel TEXT CHECK (channel IN ('letter', 'sms', 'phone', 'email', 'eboks')),
  date TEXT,
  reason TEXT CHECK (reason IN ('declined', 'moved', 'deceased', 'hospital', 'other')),
  note TEXT,
  batch_id INTEGER,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT,
  mailing_id TEXT CHECK (mailing_id IS NULL OR length(mailing_id) BETWEEN 1 AND 64)
) STRICT;

INSERT INTO contact_events_new (seq, id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, undone_at, undone_by, mailing_id)
  SELECT seq, id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, undone_at, undone_by, mailing_id
  FROM contact_events ORDER BY seq;

DROP TABLE contact_events;
ALTER TABLE contact_events_new RENAME TO contact_events;
CREATE INDEX contact_events_by_patient ON contact_events (cpr, on_date);
CREATE INDEX contact_events_by_mailing ON contact_events (mailing_id) WHERE mailing_id IS NOT NULL;
`;
