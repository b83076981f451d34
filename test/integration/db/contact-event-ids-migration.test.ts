import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as contactEventIds } from '../../../core/db/migrations/0010-contact-event-ids';
import { migrations } from '../../../core/db/migrations/index';
import { sql as recallSql } from '../../../core/db/recall-queries';
import { undoContact } from '../../../core/services/contact-service';
import { importExtract } from '../../../core/services/import-service';
import { patientPanel } from '../../../core/services/patient-panel-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import { recallExtractText } from '../../support/recall-extract';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const version = migrations.indexOf(contactEventIds) + 1;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ase = '6101701234';
const bo = '6303703456';

/** Contact events as Tovholder wrote them before this migration: one check each, integer ids. */
const oldEvents = [
  { cpr: ase, check_kind: 'annual', on_date: '2026-10-01', action: 'invited', channel: 'letter', date: null, reason: null, note: null, undone_at: null },
  // Two on one day: the later recorded, "no answer", is where Åse stands.
  { cpr: ase, check_kind: 'annual', on_date: '2026-10-15', action: 'agreed', channel: null, date: null, reason: null, note: null, undone_at: null },
  { cpr: ase, check_kind: 'annual', on_date: '2026-10-15', action: 'no_answer', channel: null, date: null, reason: null, note: null, undone_at: null },
  { cpr: bo, check_kind: 'eye', on_date: '2026-10-01', action: 'invited', channel: 'sms', date: null, reason: null, note: null, undone_at: '2026-10-02T08:00:00.000Z' },
  // Recorded for one check before removals covered the patient: it keeps meaning that one check.
  { cpr: bo, check_kind: 'annual', on_date: '2026-11-01', action: 'removed', channel: null, date: null, reason: 'moved', note: null, undone_at: null },
  { cpr: '0101010101', check_kind: 'foot', on_date: '2025-01-01', action: 'booked', channel: null, date: '2025-02-01', reason: null, note: null, undone_at: null },
];

function databaseBefore(path: string): void {
  const db = new Database(path);
  migrate(db, migrations.slice(0, version - 1));
  const insert = db.prepare(
    `INSERT INTO contact_events (cpr, check_kind, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, undone_at, undone_by)
     VALUES (@cpr, @check_kind, @on_date, @action, @channel, @date, @reason, @note, NULL, @recorded_at, 'SP', @undone_at, @undone_by)`,
  );
  oldEvents.forEach((event, index) =>
    insert.run({ ...event, recorded_at: `2026-11-0${index + 1}T09:00:00.000Z`, undone_by: event.undone_at === null ? null : 'SP' }),
  );
  db.close();
}

describe('contact event ids migration', () => {
  it('is migration 10', () => {
    expect(version).toBe(10);
  });

  it('keeps every old event, each with a UUID that stays the same, its check, its fields and its order', () => {
    const path = join(tempDir(), 'upgrade.sqlite');
    databaseBefore(path);
    const db = new Database(path);
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    const rows = db.prepare<[], Record<string, unknown>>('SELECT * FROM contact_events ORDER BY seq').all();
    expect(rows).toHaveLength(oldEvents.length);
    rows.forEach((row, index) => {
      const { check_kind, ...rest } = oldEvents[index]!;
      expect(row).toMatchObject({ ...rest, seq: index + 1, checks: check_kind, actor: 'SP' });
      expect(row.id).toMatch(uuid);
    });
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    db.close();

    // Stable: opening the file again (the app, the CLI) never renames an event.
    const again = new Database(path);
    migrate(again);
    expect(again.prepare('SELECT id FROM contact_events ORDER BY seq').all()).toEqual(rows.map((row) => ({ id: row.id })));
    again.close();
  });

  it('gives two upgraded databases different ids for their events, so two PCs can sync', () => {
    const ids = ['a.sqlite', 'b.sqlite'].map((name) => {
      const path = join(tempDir(), name);
      databaseBefore(path);
      const db = new Database(path);
      migrate(db);
      const all = db.prepare<[], { id: string }>('SELECT id FROM contact_events').all().map((row) => row.id);
      db.close();
      return all;
    });
    expect(ids[0]!.filter((id) => ids[1]!.includes(id))).toEqual([]);
  });

  it('refuses a check set spelled another way and a second event with the same id', () => {
    const db = new Database(join(tempDir(), 'checks.sqlite'));
    migrate(db);
    const insert = db.prepare(
      "INSERT INTO contact_events (id, cpr, checks, on_date, action, recorded_at, actor) VALUES (?, '6105504013', ?, '2026-11-23', 'invited', 'x', 'AB')",
    );
    expect(() => insert.run('e1', 'annual,eye,foot')).not.toThrow();
    expect(() => insert.run('e2', 'eye,annual')).toThrow(/CHECK/);
    expect(() => insert.run('e3', '')).toThrow(/CHECK/);
    expect(() => insert.run('e1', 'eye')).toThrow(/UNIQUE/);
    db.close();
  });

  it('the app reads the old events as before: where each patient stands, the panel, and undo by the new id', () => {
    const path = join(tempDir(), 'app.sqlite');
    databaseBefore(path);
    const ctx = openAppContext(path, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'test' });
    importExtract(ctx, { bytes: new TextEncoder().encode(recallExtractText), fileName: 'udtraek.csv' });
    const rowOf = (cpr: string) => queryWorklist(ctx, { list: 'all', filters: { search: cpr }, sort: 'urgency', descending: false, offset: 0, limit: 1 }).rows[0]!;
    expect(rowOf(ase).checks.annual.contact).toMatchObject({ status: 'no_answer', invitations: 1, lastContact: '2026-10-15' });
    expect(rowOf(bo).checks.annual.contact).toMatchObject({ status: 'removed', removalReason: 'moved', hidden: true });
    expect(rowOf(bo).checks.eye.contact.status).toBe('none');
    const onList = (list: 'annual_overdue' | 'eye_missing') =>
      queryWorklist(ctx, { list, filters: {}, sort: 'urgency', descending: false, offset: 0, limit: 100 }).rows.map((row) => row.cpr);
    expect(onList('annual_overdue')).not.toContain(bo);
    expect(onList('eye_missing')).toContain(bo);

    const events = patientPanel(ctx, ase).events;
    expect(events.map((event) => [event.checks, event.action])).toEqual([
      [['annual'], 'no_answer'],
      [['annual'], 'agreed'],
      [['annual'], 'invited'],
    ]);
    const undone = undoContact(ctx, events[0]!.id, 'KM');
    expect(undone).toMatchObject({ id: events[0]!.id, undoneBy: 'KM' });
    expect(rowOf(ase).checks.annual.contact.status).toBe('agreed');
    ctx.db.close();
  });

  it("finds a patient's events and one event by its id through indexes", () => {
    expect(queryPlan(tempDir(), recallSql.contactEventsOf, ase)).toMatch(/SEARCH contact_events USING INDEX contact_events_by_patient \(cpr=\?\)/);
    expect(queryPlan(tempDir(), recallSql.contactEventById, 'x')).toMatch(/SEARCH contact_events USING INDEX sqlite_autoindex_contact_events_1 \(id=\?\)/);
  });
});
