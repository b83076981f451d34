import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as mailings } from '../../../core/db/migrations/0011-mailings';
import { migrations } from '../../../core/db/migrations/index';
import { sql as recallSql } from '../../../core/db/recall-queries';
import { contactEventsOfPatient } from '../../../core/services/contact-service';
import { importExtract } from '../../../core/services/import-service';
import { recordMailing, undoMailing } from '../../../core/services/mailing-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import { queryPlan } from '../../support/query-plan';
import { recallExtractText } from '../../support/recall-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const version = migrations.indexOf(mailings) + 1;
const ase = '6101701234';
const bo = '6303703456';

/** Contact events as Tovholder wrote them at version 10: string ids, several checks, no mailing. */
const oldEvents = [
  { id: 'pc1-1', cpr: ase, checks: 'annual', on_date: '2026-10-01', action: 'invited', channel: 'letter', undone_at: null },
  { id: 'pc1-2', cpr: ase, checks: 'annual', on_date: '2026-10-15', action: 'no_answer', channel: null, undone_at: null },
  { id: 'pc2-1', cpr: bo, checks: 'annual,eye,foot', on_date: '2026-11-01', action: 'invited', channel: 'sms', undone_at: null },
  { id: 'pc2-2', cpr: bo, checks: 'eye', on_date: '2026-11-02', action: 'agreed', channel: null, undone_at: '2026-11-03T08:00:00.000Z' },
];

function databaseBefore(path: string): void {
  const db = new Database(path);
  migrate(db, migrations.slice(0, version - 1));
  const insert = db.prepare(
    `INSERT INTO contact_events (id, cpr, checks, on_date, action, channel, batch_id, recorded_at, actor, undone_at, undone_by)
     VALUES (@id, @cpr, @checks, @on_date, @action, @channel, NULL, @recorded_at, 'SP', @undone_at, @undone_by)`,
  );
  oldEvents.forEach((event, index) =>
    insert.run({ ...event, recorded_at: `2026-11-0${index + 1}T09:00:00.000Z`, undone_by: event.undone_at === null ? null : 'SP' }),
  );
  db.close();
}

describe('mailings migration', () => {
  it('is migration 11', () => {
    expect(version).toBe(11);
  });

  it('keeps every old event as it was, in no mailing', () => {
    const path = join(tempDir(), 'upgrade.sqlite');
    databaseBefore(path);
    const db = new Database(path);
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    const rows = db.prepare<[], Record<string, unknown>>('SELECT * FROM contact_events ORDER BY seq').all();
    expect(rows).toHaveLength(oldEvents.length);
    rows.forEach((row, index) => expect(row).toMatchObject({ ...oldEvents[index], seq: index + 1, actor: 'SP', mailing_id: null }));
    db.close();
  });

  it('refuses an empty or overlong mailing id', () => {
    const db = new Database(join(tempDir(), 'check.sqlite'));
    migrate(db);
    const insert = db.prepare(
      "INSERT INTO contact_events (id, cpr, checks, on_date, action, recorded_at, actor, mailing_id) VALUES (?, '6105504013', 'annual', '2026-11-23', 'invited', 'x', 'AB', ?)",
    );
    expect(() => insert.run('e1', 'm1')).not.toThrow();
    expect(() => insert.run('e2', null)).not.toThrow();
    expect(() => insert.run('e3', '')).toThrow(/CHECK/);
    expect(() => insert.run('e4', 'x'.repeat(65))).toThrow(/CHECK/);
    db.close();
  });

  it('the app reads the old events as before and records and undoes a mailing beside them', () => {
    const path = join(tempDir(), 'app.sqlite');
    databaseBefore(path);
    const ctx = openAppContext(path, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'test' });
    importExtract(ctx, { bytes: new TextEncoder().encode(recallExtractText), fileName: 'udtraek.csv' });
    const rowOf = (cpr: string) => queryWorklist(ctx, { list: 'all', filters: { search: cpr }, sort: 'urgency', descending: false, offset: 0, limit: 1 }).rows[0]!;
    expect(rowOf(ase).checks.annual.contact).toMatchObject({ status: 'no_answer', invitations: 1 });
    expect(contactEventsOfPatient(ctx, bo).map((event) => [event.id, event.mailingId])).toEqual([
      ['pc2-1', null],
      ['pc2-2', null],
    ]);

    const mailing = recordMailing(ctx, { channel: 'letter', invitations: [{ cpr: ase, checks: ['annual'] }, { cpr: bo, checks: ['eye', 'foot'] }] }, 'KM');
    expect(rowOf(ase).checks.annual.contact).toMatchObject({ status: 'invited', invitations: 2 });
    expect(rowOf(bo).checks.eye.contact).toMatchObject({ status: 'invited', invitations: 2 });
    expect(undoMailing(ctx, mailing.mailingId, 'KM').count).toBe(2);
    expect(rowOf(ase).checks.annual.contact).toMatchObject({ status: 'no_answer', invitations: 1 });
    // The old events are no part of the mailing: undoing it left them as they were.
    expect(contactEventsOfPatient(ctx, bo).filter((event) => event.mailingId === null).map((event) => event.undoneAt)).toEqual([null, '2026-11-03T08:00:00.000Z']);
    ctx.db.close();
  });

  it("finds and undoes a mailing's events through the index", () => {
    expect(queryPlan(tempDir(), recallSql.mailingEvents, 'm')).toMatch(/SEARCH contact_events USING INDEX contact_events_by_mailing \(mailing_id=\?\)/);
    expect(queryPlan(tempDir(), recallSql.undoMailing, 'a', 'b', 'm')).toMatch(/SEARCH contact_events USING INDEX contact_events_by_mailing \(mailing_id=\?\)/);
  });
});
