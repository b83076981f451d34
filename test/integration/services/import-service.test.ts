import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { flaggedPatients } from '../../../core/services/follow-up-service';
import { importExtract, undoLatestImport } from '../../../core/services/import-service';
import { status } from '../../../core/services/status-service';
import { ContractError } from '../../../shared/contract';
import { sampleCases } from '../../support/samples';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const [sample] = sampleCases();
const [older, newer] = sample!.files.map((file) => ({
  fileName: file.path,
  bytes: new Uint8Array(readFileSync(join(sample!.dir, file.path))),
}));

function context(): AppContext {
  return openAppContext(join(tempDir(), 'import.sqlite'), { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
}

/** Everything a batch writes, to compare the database before and after. */
function fingerprint(ctx: AppContext): string {
  return databaseFingerprint(ctx.db);
}

describe('import service', () => {
  it('stores one batch with its raw rows, issues and one snapshot per patient, and audits it', () => {
    const ctx = context();
    const report = importExtract(ctx, older!);
    expect(report.batchId).toBe(1);
    expect(report.patientsNew).toBe(report.patientsImported);
    expect(ctx.importQueries.countRawRows(report.batchId)).toBe(report.rowsRead);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM snapshots').get()).toEqual({ n: report.patientsImported });
    const audit = ctx.queries.listAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'AB', action: 'import.batch', at: '2026-06-01T08:00:00.000Z' });
    expect(JSON.parse(audit[0]!.details).sha256).toMatch(/^[0-9a-f]{64}$/);
    ctx.db.close();
  });

  it('counts new, changed and absent patients against the previous extract', () => {
    const ctx = context();
    const first = importExtract(ctx, older!);
    const second = importExtract(ctx, newer!);
    expect(second.patientsNew + second.patientsChanged).toBeLessThanOrEqual(second.patientsImported);
    expect(second.patientsChanged).toBeGreaterThan(0);
    const olderCprs = new Set(ctx.queries.snapshotsForBatch(first.batchId).map((row) => row.cpr));
    const newerCprs = new Set(ctx.queries.snapshotsForBatch(second.batchId).map((row) => row.cpr));
    expect(second.patientsAbsent).toBe([...olderCprs].filter((cpr) => !newerCprs.has(cpr)).length);
    expect(second.patientsNew).toBe([...newerCprs].filter((cpr) => !olderCprs.has(cpr)).length);
    ctx.db.close();
  });

  it('keeps patients absent from the latest extract but never flags them', () => {
    const ctx = context();
    const first = importExtract(ctx, older!);
    const second = importExtract(ctx, newer!);
    const newerCprs = new Set(ctx.queries.snapshotsForBatch(second.batchId).map((row) => row.cpr));
    const absent = ctx.queries.snapshotsForBatch(first.batchId).filter((row) => !newerCprs.has(row.cpr));
    expect(absent.length).toBeGreaterThan(0);
    expect(status(ctx).patients).toBe(new Set([...newerCprs, ...absent.map((row) => row.cpr)]).size);
    const flagged = new Set(flaggedPatients(ctx).patients.map((p) => p.cpr));
    for (const row of absent) expect(flagged.has(row.cpr)).toBe(false);
    ctx.db.close();
  });

  it('stores an older extract imported after a newer one as history only', () => {
    const inOrder = context();
    importExtract(inOrder, older!);
    importExtract(inOrder, newer!);
    const expected = flaggedPatients(inOrder);

    const reversed = context();
    importExtract(reversed, newer!);
    const late = importExtract(reversed, older!);
    expect(late.isCurrent).toBe(false);
    expect(late.patientsNew).toBe(late.patientsImported);
    expect(late.patientsAbsent).toBe(0);
    expect(status(reversed).latestExtractDate).toBe(sample!.files[1]!.extract_date);
    expect(flaggedPatients(reversed)).toEqual(expected);
    inOrder.db.close();
    reversed.db.close();
  });

  it('changes nothing when the same file is imported again', () => {
    const ctx = context();
    const first = importExtract(ctx, older!);
    const before = fingerprint(ctx);
    const again = importExtract(ctx, { ...older!, fileName: 'omdøbt.txt' });
    expect(again.duplicateOf).toBe(first.batchId);
    expect(fingerprint(ctx)).toBe(before);
    ctx.db.close();
  });

  it('undoes the latest import completely', () => {
    const ctx = context();
    importExtract(ctx, older!);
    const afterFirst = JSON.stringify([status(ctx), flaggedPatients(ctx)]);
    importExtract(ctx, newer!);
    expect(undoLatestImport(ctx)).toMatchObject({ batchId: 2, fileName: newer!.fileName });
    expect(JSON.stringify([status(ctx), flaggedPatients(ctx)])).toBe(afterFirst);
    undoLatestImport(ctx);
    expect(status(ctx)).toMatchObject({ patients: 0, active: 0, latestExtractDate: null, batches: [] });
    expect(() => undoLatestImport(ctx)).toThrow(ContractError);
    expect(ctx.queries.listAudit().map((row) => row.action)).toEqual(['import.batch', 'import.batch', 'import.undo', 'import.undo']);
    ctx.db.close();
  });

  it('leaves the database exactly as before when writing fails halfway', () => {
    const ctx = context();
    importExtract(ctx, older!);
    const before = fingerprint(ctx);
    const insert = ctx.queries.insertSnapshots;
    ctx.queries.insertSnapshots = (batchId, rows) => {
      insert(batchId, rows.slice(0, 5));
      throw new Error('disk full');
    };
    expect(() => importExtract(ctx, newer!)).toThrow('disk full');
    expect(fingerprint(ctx)).toBe(before);
    ctx.db.close();
  });

  it('refuses a file that is not an extract and writes nothing', () => {
    const ctx = context();
    const before = fingerprint(ctx);
    expect(() => importExtract(ctx, { fileName: 'tom.csv', bytes: new Uint8Array() })).toThrow(ContractError);
    expect(fingerprint(ctx)).toBe(before);
    ctx.db.close();
  });

  it('stores the names of a file mixing UTF-8 and Windows-1252 as written, and the report says so', () => {
    const ctx = context();
    // Saved by XMO as UTF-8, then one name typed again in a program writing Windows-1252: "Ærø" is C6 72 F8.
    const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));
    const bytes = Uint8Array.from([
      ...utf8('Udtrukket: 25-05-2026\r\nCPR-nr.;Navn;Årskontrol;Øjenlægekontrol;Fodterapeut\r\n'),
      ...utf8('6105504013;Søren '),
      0xc6,
      0x72,
      0xf8,
      ...utf8(';01-03-2026;01-03-2026;01-03-2026\r\n6206504025;Åse Bøgh;01-04-2026;;\r\n'),
    ]);
    const report = importExtract(ctx, { fileName: 'udtraek_2026-05-25.csv', bytes });
    expect(ctx.queries.snapshotsForBatch(report.batchId).map((row) => [row.cpr, row.name])).toEqual([
      ['6105504013', 'Søren Ærø'],
      ['6206504025', 'Åse Bøgh'],
    ]);
    expect(ctx.importQueries.rawRowAt(report.batchId, 3)?.cells['Navn']).toBe('Søren Ærø');
    expect(report.notes).toContainEqual({
      line: 0,
      reason: 'Filen blander to tegnsæt: 2 tegn er læst som Windows-1252 (det første i linje 3). Tjek navne med æ, ø og å i rapporten.',
    });
    ctx.db.close();
  });
});
