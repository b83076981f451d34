import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { openAppContext } from '../../../core/app-context';
import { ImportCancelledError, importExtract } from '../../../core/services/import-service';
import { headerSetKey } from '../../../shared/import/headers';
import { ContractError } from '../../../shared/contract';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const fixture = join(__dirname, '..', '..', 'fixtures', 'ugly', 'engelske-overskrifter_2026-05-31.csv');
const english = { fileName: 'engelske-overskrifter_2026-05-31.csv', bytes: new Uint8Array(readFileSync(fixture)) };
const mapping = {
  'Patient ID': 'cpr',
  'Full name': 'name',
  'Annual review': 'annual_check',
  'Eye screening': 'eye_exam',
  'Foot check': 'foot_exam',
  'HbA1c (mmol/mol)': 'hba1c',
  Notes: null,
} as const;

/**
 * The same headers in another order, with other patients: the next month's export from the same
 * system. Its one patient leaves the first file's three out, so it is imported confirmed (`--force`).
 */
const nextMonth = new TextEncoder().encode(
  'Full name;Patient ID;Foot check;Eye screening;Annual review;Notes;HbA1c (mmol/mol)\r\nCarl Cort;050570-1111;;01-03-2026;02-05-2026;;50\r\n',
);

function context(dbPath = join(tempDir(), 'profiles.sqlite')) {
  return { dbPath, ctx: openAppContext(dbPath, { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' }) };
}

describe('saved column mappings', () => {
  it("are saved by the import that used them, keyed by the file's header set", () => {
    const { ctx } = context();
    expect(() => importExtract(ctx, english)).toThrow(expect.objectContaining({ code: 'extract.no_header', headers: Object.keys(mapping) }));
    const report = importExtract(ctx, { ...english, columnMapping: mapping });
    expect(report.patientsImported).toBe(3);
    expect(report.unknownColumns).toEqual(['Notes']);
    const profile = ctx.importQueries.profileByKey(headerSetKey(Object.keys(mapping)));
    expect(profile).toMatchObject({ saved_at: '2026-06-01T08:00:00.000Z', saved_by: 'AB' });
    expect(JSON.parse(profile!.mapping)).toEqual(mapping);
    ctx.db.close();
  });

  it('are used silently for the next file with the same headers, and the report says so', () => {
    const { ctx } = context();
    importExtract(ctx, { ...english, columnMapping: mapping });
    const report = importExtract(ctx, { fileName: 'naeste_2026-06-30.csv', bytes: nextMonth, confirmed: true });
    expect(report.patientsImported).toBe(1);
    expect(report.notes[0]).toEqual({ line: 0, reason: 'Kolonnerne er læst med den kolonneopsætning, der blev gemt 01-06-2026' });
    const plan = ctx.queries.snapshotsForBatch(report.batchId)[0];
    expect(plan).toMatchObject({ cpr: '0505701111', name: 'Carl Cort', annual_check: '2026-05-02', eye_exam: '2026-03-01', hba1c: 50 });
    ctx.db.close();
  });

  it('are used by the command line too, which refuses the file until one is saved', async () => {
    const { dbPath, ctx } = context();
    let err = '';
    expect(await runCli(['import', fixture, '--db', dbPath], { out: () => {}, err: (text) => (err += text) })).toBe(2);
    expect(err).toContain('ligner ikke et udtræk');
    importExtract(ctx, { ...english, columnMapping: mapping });
    ctx.db.close();
    const next = join(tempDir(), 'naeste_2026-06-30.csv');
    writeFileSync(next, nextMonth);
    let out = '';
    const code = await runCli(['import', next, '--db', dbPath, '--force', '--json'], { out: (text) => (out += text), err: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out).patientsImported).toBe(1);
  });

  it('are not used for a different header set, and not saved by a cancelled import', () => {
    const { ctx } = context();
    const before = databaseFingerprint(ctx.db);
    expect(() =>
      importExtract(ctx, { ...english, columnMapping: mapping }, { isCancelled: () => true }),
    ).toThrow(ImportCancelledError);
    expect(databaseFingerprint(ctx.db)).toBe(before);
    importExtract(ctx, { ...english, columnMapping: mapping });
    const other = new TextEncoder().encode('Patient ID;Annual review;Remarks\r\n050570-1111;02-10-2026;x\r\n');
    expect(() => importExtract(ctx, { fileName: 'andet_2026-06-30.csv', bytes: other })).toThrow(ContractError);
    ctx.db.close();
  });

  it('stop an import at its checks, with the database exactly as before, even at the very last one', () => {
    const { ctx } = context();
    const before = databaseFingerprint(ctx.db);
    let checks = 0;
    importExtract(ctx, { ...english, columnMapping: mapping }, { onProgress: () => checks++ });
    ctx.db.close();
    for (const stopAt of [1, checks - 1, checks]) {
      const fresh = context().ctx;
      let seen = 0;
      expect(() =>
        importExtract(fresh, { ...english, columnMapping: mapping }, { isCancelled: () => ++seen >= stopAt }),
      ).toThrow(ImportCancelledError);
      expect(databaseFingerprint(fresh.db)).toBe(before);
      fresh.db.close();
    }
  });
});
