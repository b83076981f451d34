/**
 * Contact events get ids unique across PCs, and one event may cover several checks.
 *
 * The team issue syncs these events between the practice's computers, so an integer counted on
 * one PC would clash with another's: `id` is a UUID, made once (in core for new events, here for
 * the old ones) and never changed. `seq` is this database's own order of recording (the old
 * integer id for rows from before), used only to keep two contacts on one day in order; it is
 * never synced and never shown.
 *
 * `checks` lists the checks one contact covered (one SMS inviting to three checks is one event),
 * in a fixed order so each set has one spelling. Every old row covered one check and keeps it.
 */
const checkSets = ['annual', 'eye', 'foot', 'annual,eye', 'annual,foot', 'eye,foot', 'annual,eye,foot'];

// SQLite has no UUID function: a version 4 UUID from its random bytes, one per row.
const uuidV4 = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

export const sql = `
CREATE TABLE contact_events_new (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 64),
  cpr TEXT NOT NULL,
  checks TEXT NOT NULL CHECK (checks IN (${checkSets.map((set) => `'${set}'`).join(', ')})),
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

INSERT INTO contact_events_new (seq, id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, undone_at, undone_by)
  SELECT id, ${uuidV4}, cpr, check_kind, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, undone_at, undone_by
  FROM contact_events ORDER BY id;

DROP TABLE contact_events;
ALTER TABLE contact_events_new RENAME TO contact_events;
CREATE INDEX contact_events_by_patient ON contact_events (cpr, on_date);
`;
