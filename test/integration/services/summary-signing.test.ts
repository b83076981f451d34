import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { importExtract } from '../../../core/services/import-service';
import { exportNetworkFile, importSummaryFile } from '../../../core/services/network-service';
import { exportPracticeSummary } from '../../../core/services/summary-service';
import { ownPublicKey } from '../../../core/services/summary-signing';
import { ContractError } from '../../../shared/contract';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import type { SummaryFile } from '../../../shared/summary/summary-schema';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function open(path: string, now = '2026-06-01T08:00:00Z'): AppContext {
  return openAppContext(path, { now: () => new Date(now), actor: 'AB' });
}

/** A practice database with a demo extract of each date in it: a summary is as of an extract's date. */
function practiceDb(seed: number, extractDates: readonly string[] = ['2026-05-31']): string {
  const path = join(tempDir(), 'praksis.sqlite');
  const ctx = open(path);
  for (const extractDate of extractDates) {
    const demo = demoExtractFile({ seed, patients: 120 + seed, extractDate });
    // The demo draws other patients for another date, which the importer asks to have confirmed.
    importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName, confirmed: true });
  }
  ctx.db.close();
  return path;
}

function exportFrom(path: string, label: string, asOf = '2026-05-31'): { fileName: string; bytes: Uint8Array } {
  const ctx = open(path);
  const file = exportPracticeSummary(ctx, { label, format: 'json', asOf });
  ctx.db.close();
  return file;
}

const signatureOf = (file: { bytes: Uint8Array }) => (JSON.parse(new TextDecoder().decode(file.bytes)) as SummaryFile).signature;

function refusal(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof ContractError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'no error', message: '' };
}

describe('signing keys in the database', () => {
  it('makes the key pair once, on first need, and signs with it again after the database is reopened', () => {
    const path = practiceDb(1, ['2026-05-31', '2026-06-30']);
    const fresh = open(path);
    expect(fresh.db.prepare('SELECT count(*) AS n FROM signing_key').get()).toEqual({ n: 0 });
    fresh.db.close();
    const first = exportFrom(path, 'Nord');
    const second = exportFrom(path, 'Nord', '2026-06-30');
    expect(signatureOf(second).publicKey).toBe(signatureOf(first).publicKey);
    expect(signatureOf(second).value).not.toBe(signatureOf(first).value);
    const ctx = open(path);
    const rows = ctx.db.prepare('SELECT public_key, private_key, created_at FROM signing_key').all() as { public_key: string; private_key: string; created_at: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ public_key: signatureOf(first).publicKey, created_at: '2026-06-01T08:00:00.000Z' });
    expect(ownPublicKey(ctx)).toBe(signatureOf(first).publicKey);
    // The private key is in the database and nowhere in the file.
    const text = new TextDecoder().decode(first.bytes);
    expect(text).not.toContain(rows[0]!.private_key);
    expect(text).not.toContain(rows[0]!.private_key.slice(-44));
    ctx.db.close();
    // Another database is another practice: another key.
    expect(signatureOf(exportFrom(practiceDb(2), 'Syd')).publicKey).not.toBe(signatureOf(first).publicKey);
  });

  it("keeps a practice's key from its first file and refuses the same practice signed in another database, the database left as it was", () => {
    const nord = practiceDb(1, ['2026-05-31', '2027-05-31', '2029-05-31']);
    const coordinator = open(join(tempDir(), 'koordinator.sqlite'), '2026-06-02T08:00:00Z');
    importSummaryFile(coordinator, { ...exportFrom(nord, 'Lægehuset'), fileName: 'maj.json' });
    expect(coordinator.signingQueries.summaryKey('practice', 'Lægehuset')).toMatchObject({
      public_key: signatureOf(exportFrom(nord, 'Lægehuset')).publicKey,
      first_file_name: 'maj.json',
      first_seen_at: '2026-06-02T08:00:00.000Z',
    });
    // The next period from the same database is let in.
    importSummaryFile(coordinator, exportFrom(nord, 'Lægehuset', '2027-05-31'));

    const impostor = exportFrom(practiceDb(1, ['2028-05-31']), 'Lægehuset', '2028-05-31');
    const before = databaseFingerprint(coordinator.db);
    expect(refusal(() => importSummaryFile(coordinator, impostor))).toEqual({
      code: 'summary.keyChanged',
      message: 'Opgørelsen fra «Lægehuset» er underskrevet med en anden nøgle end de tidligere. Spørg praksis, om den har skiftet pc eller database, før du tager imod den.',
    });
    expect(databaseFingerprint(coordinator.db)).toBe(before);

    // Once the coordinator has asked the practice and accepts the new key, it takes the old one's place, audited.
    const oldKey = signatureOf(exportFrom(nord, 'Lægehuset')).publicKey;
    importSummaryFile(coordinator, { ...impostor, acceptNewKey: true });
    expect(coordinator.signingQueries.summaryKey('practice', 'Lægehuset')?.public_key).toBe(signatureOf(impostor).publicKey);
    const audit = coordinator.queries.listAudit().filter((row) => row.action === 'network.import').map((row) => JSON.parse(row.details));
    expect(audit.map((details) => [details.newKey, details.replacedKey])).toEqual([[true, null], [false, null], [true, oldKey]]);
    // The old database's files are now the ones refused.
    expect(refusal(() => importSummaryFile(coordinator, exportFrom(nord, 'Lægehuset', '2029-05-31')))).toMatchObject({ code: 'summary.keyChanged' });
    coordinator.db.close();
  });

  it("signs the network's file with the coordinator's key, and a practice keeps that key as the coordinator keeps a practice's", async () => {
    async function networkFile(coordinatorPath: string): Promise<{ fileName: string; bytes: Uint8Array }> {
      const ctx = open(coordinatorPath);
      for (const [label, seed] of [['Nord', 1], ['Syd', 2], ['Vest', 3]] as const) {
        if (!ctx.signingQueries.summaryKey('practice', label)) importSummaryFile(ctx, exportFrom(practiceDb(seed), label));
      }
      const file = await exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'summary' });
      expect(signatureOf(file).publicKey).toBe(ownPublicKey(ctx));
      ctx.db.close();
      return file;
    }
    const coordinatorPath = join(tempDir(), 'koordinator.sqlite');
    const fromCoordinator = await networkFile(coordinatorPath);
    const practice = open(practiceDb(4));
    importSummaryFile(practice, fromCoordinator);
    expect(practice.signingQueries.summaryKey('network', 'TværSam')?.public_key).toBe(signatureOf(fromCoordinator).publicKey);

    const elsewhere = await networkFile(join(tempDir(), 'anden.sqlite'));
    const before = databaseFingerprint(practice.db);
    expect(refusal(() => importSummaryFile(practice, { ...elsewhere, fileName: 'anden.json' }))).toEqual({
      code: 'summary.keyChanged',
      message: 'Netværksopgørelsen fra «TværSam» er underskrevet med en anden nøgle end de tidligere. Spørg koordinatoren, om netværket har skiftet pc eller database, før du tager imod den.',
    });
    expect(databaseFingerprint(practice.db)).toBe(before);
    practice.db.close();
  });
});
