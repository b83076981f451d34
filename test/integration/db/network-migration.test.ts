import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { migrations } from '../../../core/db/migrations/index';
import { sql as networkSummaries } from '../../../core/db/migrations/0004-network-summaries';
import { sql as archive } from '../../../core/db/migrations/0007-summaries-v1-archive';
import { networkSql } from '../../../core/db/network-queries';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const plan = (statement: string, ...params: unknown[]): string => queryPlan(tempDir(), statement, ...params);

describe('network summaries migration', () => {
  const version = migrations.indexOf(networkSummaries) + 1;

  it('adds the network_summaries table to a database of the version before, keeping its data', () => {
    expect(version).toBeGreaterThan(1);
    const db = new Database(join(tempDir(), 'upgrade.sqlite'));
    migrate(db, migrations.slice(0, version - 1));
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '1' });
    const insert = db.prepare(
      "INSERT INTO network_summaries (kind, label, as_of, period, file_name, file_hash, body, imported_at) VALUES (?, 'Nord', '2026-05-31', '2026', 'f.json', ?, '{}', 'now')",
    );
    insert.run('practice', 'a');
    expect(() => insert.run('practice', 'b')).toThrow(/UNIQUE/);
    expect(() => insert.run('network', 'a')).toThrow(/UNIQUE/);
    expect(() => insert.run('praksis', 'c')).toThrow(/CHECK/);
    db.close();
  });

  it('looks files up by hash and by practice and period through their unique indexes', () => {
    expect(plan(networkSql.summaryByHash, 'x')).toMatch(/SEARCH network_summaries USING INDEX sqlite_autoindex_network_summaries_\d \(file_hash=\?\)/);
    expect(plan(networkSql.summaryByLabelPeriod, 'practice', 'Nord', '2026')).toMatch(
      /SEARCH network_summaries USING INDEX sqlite_autoindex_network_summaries_\d \(kind=\? AND label=\? AND period=\?\)/,
    );
  });
});

describe('summary query plan', () => {
  it("reads one batch's snapshots by primary key and joins patients by CPR, without a sort", () => {
    const detail = plan(networkSql.summaryPatientsForBatch, 1);
    expect(detail).toMatch(/SEARCH s USING PRIMARY KEY \(batch_id=\?\)/);
    expect(detail).toMatch(/SEARCH p USING PRIMARY KEY \(cpr=\?\)/);
    expect(detail).not.toMatch(/SCAN|TEMP B-TREE/);
  });

  it('selects no CPR, name, phone, GP or practice text for the summary', () => {
    const selected = networkSql.summaryPatientsForBatch.split('FROM')[0]!;
    expect(selected).not.toMatch(/\b(cpr|name|phone|gp|practice)\b|\*/);
  });
});

describe('summaries of format 1', () => {
  it('move whole to network_summaries_v1, out of every report, and a new file of the practice is let in', () => {
    const version = migrations.indexOf(archive) + 1;
    const db = new Database(join(tempDir(), 'v1.sqlite'));
    migrate(db, migrations.slice(0, version - 1));
    const insert = db.prepare(
      "INSERT INTO network_summaries (kind, label, as_of, period, file_name, file_hash, body, imported_at) VALUES ('practice', ?, '2026-05-31', '2026', 'f.json', ?, ?, 'then')",
    );
    insert.run('Nord', 'a', JSON.stringify({ format: 'tovholder-summary', version: 1, kind: 'practice', population: { count: 30, suppressed: null } }));
    insert.run('Syd', 'b', JSON.stringify({ format: 'tovholder-summary', version: 2, kind: 'practice' }));
    migrate(db, migrations.slice(0, version));
    expect(db.prepare('SELECT label FROM network_summaries').all()).toEqual([{ label: 'Syd' }]);
    const kept = db.prepare<[], { label: string; body: string; file_hash: string }>('SELECT label, body, file_hash FROM network_summaries_v1').all();
    expect(kept).toEqual([{ label: 'Nord', file_hash: 'a', body: expect.stringContaining('"population":{"count":30') }]);
    // The practice's new summary for the same period is no repeat now.
    expect(() => insert.run('Nord', 'c', '{"version":2}')).not.toThrow();
    db.close();
  });
});
