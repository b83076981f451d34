import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as decisionOutcomes } from '../../../core/db/migrations/0012-decision-outcomes';
import { migrations } from '../../../core/db/migrations/index';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const version = migrations.indexOf(decisionOutcomes) + 1;

const insert = `INSERT INTO contact_events (seq, id, cpr, checks, on_date, action, channel, date, reason, note, batch_id, recorded_at, actor, mailing_id)
  VALUES (@seq, @id, '6105504013', 'annual,eye', '2026-11-01', @action, NULL, NULL, NULL, NULL, NULL, '2026-11-01T09:00:00.000Z', 'SP', @mailing)`;

describe('decision outcomes migration', () => {
  it('is migration 12, after the mailings', () => {
    expect(version).toBe(12);
  });

  it('keeps every event with its id, order and mailing, and then accepts the new outcomes, and nothing else', () => {
    const path = join(tempDir(), 'upgrade.sqlite');
    const before = new Database(path);
    migrate(before, migrations.slice(0, version - 1));
    before.prepare(insert).run({ seq: 7, id: 'a', action: 'no_answer', mailing: null });
    before.prepare(insert).run({ seq: 3, id: 'b', action: 'invited', mailing: 'm1' });
    expect(() => before.prepare(insert).run({ seq: 9, id: 'c', action: 'home_visit', mailing: null })).toThrow(/CHECK/);
    before.close();

    const db = new Database(path);
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT seq, id, checks, action, mailing_id FROM contact_events ORDER BY seq').all()).toEqual([
      { seq: 3, id: 'b', checks: 'annual,eye', action: 'invited', mailing_id: 'm1' },
      { seq: 7, id: 'a', checks: 'annual,eye', action: 'no_answer', mailing_id: null },
    ]);
    for (const [seq, action] of [[10, 'same_day_screening'], [11, 'home_visit'], [12, 'coordination_meeting']] as const) {
      db.prepare(insert).run({ seq, id: `n${seq}`, action, mailing: null });
    }
    expect(() => db.prepare(insert).run({ seq: 13, id: 'x', action: 'teleport', mailing: null })).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run({ seq: 14, id: 'y', action: 'invited', mailing: '' })).toThrow(/CHECK/);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact_events' AND name NOT LIKE 'sqlite_%' ORDER BY name").all(),
    ).toEqual([{ name: 'contact_events_by_mailing' }, { name: 'contact_events_by_patient' }]);
    db.close();
  });
});
