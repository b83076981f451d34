/**
 * A mailing (letters printed or an SMS list saved, its invitations recorded in one step) is undone
 * as one: each of its events names the mailing. The id is a UUID made in core, like the events',
 * so a mailing keeps its identity when the team issue syncs events between the practice's PCs.
 * Events recorded one at a time have none.
 */
export const sql = `
ALTER TABLE contact_events ADD COLUMN mailing_id TEXT CHECK (mailing_id IS NULL OR length(mailing_id) BETWEEN 1 AND 64);
CREATE INDEX contact_events_by_mailing ON contact_events (mailing_id) WHERE mailing_id IS NOT NULL;
`;
