import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { prepareBackupQueries } from '../../../core/db/backup-queries';
import { prepareImportQueries } from '../../../core/db/import-queries';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { sql as summaryReleases } from '../../../core/db/migrations/0008-summary-releases';
import { migrations } from '../../../core/db/migrations/index';
import { prepareNetworkQueries } from '../../../core/db/network-queries';
import { preparePrivacyQueries } from '../../../core/db/privacy-queries';
import { prepareQueries } from '../../../core/db/queries';
import { prepareReleaseQueries } from '../../../core/db/release-queries';
import { importExtract } from '../../../core/services/import-service';
import { exportPracticeSummary } from '../../../core/services/summary-service';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const version = migrations.indexOf(summaryReleases) + 1;
const now = () => new Date('2026-06-01T08:00:00Z');

/**
 * A database of the version before, filled by the real importer: every query it runs exists at
 * that version (the release history is the only thing it lacks).
 */
function databaseBefore(path: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version - 1));
  const ctx = {
    db,
    queries: prepareQueries(db),
    importQueries: prepareImportQueries(db),
    backupQueries: prepareBackupQueries(db),
    privacyQueries: preparePrivacyQueries(db),
    networkQueries: prepareNetworkQueries(db),
    now,
    actor: 'AB',
    log: { warn: () => undefined },
  } as unknown as Omit<AppContext, 'releaseQueries' | 'signingQueries' | 'recall'>;
  const sample = sampleCases()[0]!;
  for (const file of sample.files) {
    importExtract(ctx as AppContext, { fileName: file.path, bytes: new Uint8Array(readFileSync(join(sample.dir, file.path))) });
  }
  db.prepare("INSERT INTO settings (key, value) VALUES ('summarySettings', '{\"threshold\":6}')").run();
  db.close();
}

/** The tables of `fingerprint` that `before` had, and the ones it did not: this and later migrations add them. */
function splitTables(fingerprint: string, before: string): { kept: unknown[]; added: [string, unknown][] } {
  const known = new Set((JSON.parse(before) as [string, unknown][]).map(([table]) => table));
  const tables = JSON.parse(fingerprint) as [string, unknown][];
  return { kept: tables.filter(([table]) => known.has(table)), added: tables.filter(([table]) => !known.has(table)) };
}

describe('summary releases migration', () => {
  it('is migration 8', () => {
    expect(version).toBe(8);
  });

  it('adds an empty release history to a database with imported extracts and leaves every other row as it was', () => {
    const path = join(tempDir(), 'upgrade.sqlite');
    databaseBefore(path);
    const before = new Database(path);
    expect(schemaVersion(before)).toBe(version - 1);
    const rowsBefore = databaseFingerprint(before);
    expect(rowsBefore).toContain('udtraek_2');
    before.close();

    const ctx = openAppContext(path, { now, actor: 'AB' });
    expect(schemaVersion(ctx.db)).toBe(migrations.length);
    const { kept, added } = splitTables(databaseFingerprint(ctx.db), rowsBefore);
    expect(kept).toEqual(JSON.parse(rowsBefore));
    // The release history, and the signing keys of migration 9, start empty.
    expect(added.map(([table]) => table)).toContain('summary_releases');
    expect(added.every(([, rows]) => Array.isArray(rows) && rows.length === 0)).toBe(true);
    expect(ctx.releaseQueries.listReleases()).toEqual([]);

    // The upgraded database releases at once, under the threshold saved before the upgrade.
    const file = exportPracticeSummary(ctx, { label: 'Lægehuset', format: 'json', asOf: '2025-11-30' });
    expect(ctx.releaseQueries.listReleases()).toEqual([
      expect.objectContaining({ as_of: '2025-11-30', policy: 'suppress', threshold: 6, label: 'Lægehuset', format: 'json', file_sha256: file.sha256, actor: 'AB' }),
    ]);
    ctx.db.close();
  });

  it('refuses a row with an unknown policy, a threshold out of range, a short hash or cells that are not JSON', () => {
    const db = new Database(join(tempDir(), 'checks.sqlite'));
    migrate(db, migrations.slice(0, version));
    const queries = prepareReleaseQueries(db);
    const row = {
      as_of: '2026-05-31', policy: 'suppress' as const, threshold: 5, label: 'P', format: 'json' as const, file_sha256: 'a'.repeat(64),
      cells: '{}', released_at: '2026-06-01T08:00:00.000Z', actor: 'AB',
    };
    expect(queries.insertRelease(row)).toBe(1);
    expect(() => queries.insertRelease({ ...row, policy: 'blur' as 'round' })).toThrow(/CHECK/);
    expect(() => queries.insertRelease({ ...row, threshold: 2 })).toThrow(/CHECK/);
    expect(() => queries.insertRelease({ ...row, file_sha256: 'abc' })).toThrow(/CHECK/);
    expect(() => queries.insertRelease({ ...row, cells: '{not json' })).toThrow(/CHECK/);
    expect(queries.listReleases()).toHaveLength(1);
    db.close();
  });
});
