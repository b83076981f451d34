import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runCli } from '../../../cli/tovholder';
import { openAppContext } from '../../../core/app-context';
import { updateSummarySettings } from '../../../core/services/summary-settings-service';
import { verifySummarySignature } from '../../../core/services/summary-signing';
import { readSummaryText } from '../../../shared/summary/summary-file';
import type { SummaryFile } from '../../../shared/summary/summary-schema';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

function fingerprint(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return databaseFingerprint(db);
  } finally {
    db.close();
  }
}

/** A practice database made from a demo extract, and its summary file. */
async function practice(dir: string, label: string, seed: number): Promise<string> {
  const db = join(dir, `${label}.sqlite`);
  const extract = join(dir, `${label}.csv`);
  expect((await cli('demo', '--out', extract, '--seed', String(seed), '--patients', '150', '--extract-date', '2026-05-31')).code).toBe(0);
  expect((await cli('import', extract, '--db', db)).code).toBe(0);
  const out = join(dir, `${label}.json`);
  const result = await cli('summary', '--db', db, '--out', out, '--label', label);
  expect(result.code, result.err).toBe(0);
  return out;
}

describe('tovholder summary and network', () => {
  it('writes the summary of a sample as JSON and XLSX and prints the indicators', async () => {
    const dir = tempDir();
    const db = join(dir, 'p.sqlite');
    const sample = sampleCases()[0]!;
    for (const file of sample.files) expect((await cli('import', join(sample.dir, file.path), '--db', db)).code).toBe(0);
    const json = await cli('summary', '--db', db, '--out', join(dir, 's.json'), '--label', 'Lægehuset');
    expect(json.code, json.err).toBe(0);
    expect(json.out).toContain('Skrev opgørelsen for Lægehuset pr. 2026-05-31');
    expect(json.out).toContain('Type 2-patienter fulgt i almen praksis (N): 22; type 1 (ikke i N): x.');
    expect(json.out).toMatch(/Årskontrol inden for 15 måneder\s+14 {2}63,6 %/);
    // 16 of 22 had an eye exam: the rest, 6, is small, so the count is hidden with it.
    expect(json.out).toMatch(/Øjenundersøgelse inden for 2 år\s+x {2}\n/);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(summary).toMatchObject({ format: 'tovholder-summary', version: 3, kind: 'practice', practiceLabel: 'Lægehuset', disclosure: { policy: 'suppress', threshold: 5 } });
    expect((await cli('summary', '--db', db, '--out', join(dir, 's.xlsx'), '--as-of', '2025-11-30')).code).toBe(0);
    const book = XLSX.read(readFileSync(join(dir, 's.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Opgørelse', 'Indikatorer', 'Fordelinger']);
  });

  it('gathers three practices into a network report (XLSX, PDF) and refuses a tampered or repeated file with exit code 2', async () => {
    const dir = tempDir();
    const coordinator = join(dir, 'koordinator.sqlite');
    const files = [await practice(dir, 'Nord', 1), await practice(dir, 'Syd', 2), await practice(dir, 'Vest', 3)];
    const report = await cli('network', '--db', coordinator, '--out', join(dir, 'net.xlsx'), ...files);
    expect(report.code, report.err).toBe(0);
    expect(report.out).toContain('over 3 opgørelser');
    const table = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(join(dir, 'net.xlsx')), { type: 'buffer' }).Sheets['Sammenligning 2026']!, { header: 1 });
    expect(table[0]!.slice(2, 6)).toEqual(['A', 'B', 'C', 'Netværket']);
    const pdf = await cli('network', '--db', coordinator, '--out', join(dir, 'net.pdf'), ...files);
    expect(pdf.code, pdf.err).toBe(0);
    expect(readFileSync(join(dir, 'net.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const labelled = await cli('network', '--db', coordinator, '--out', join(dir, 'net.json'), '--labels', '--name', 'TværSam', ...files);
    expect(labelled.code, labelled.err).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'net.json'), 'utf8'))).toMatchObject({ kind: 'network', networkLabel: 'TværSam', practices: 3 });

    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, readFileSync(files[0]!, 'utf8').replace('"practiceLabel": "Nord"', '"practiceLabel": "Øst"'));
    const refused = await cli('network', '--db', coordinator, '--out', join(dir, 'bad.xlsx'), files[1]!, tampered);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('tampered.json: Filen er blevet ændret, efter den blev lavet (underskriften passer ikke)');
    const repeated = await cli('network', '--db', coordinator, '--out', join(dir, 'bad.xlsx'), files[1]!, files[1]!);
    expect(repeated.code).toBe(2);
    expect(repeated.err).toContain('allerede indlæst');
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });

  it("holds the practices' files to the coordinator database's policy and threshold, and writes the network's file under them", async () => {
    const dir = tempDir();
    const coordinator = join(dir, 'koordinator.sqlite');
    const files = [await practice(dir, 'Nord', 1), await practice(dir, 'Syd', 2), await practice(dir, 'Vest', 3)];
    const settings = openAppContext(coordinator, { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
    updateSummarySettings(settings, { policy: 'round' });
    settings.db.close();
    const before = fingerprint(coordinator);
    const refused = await cli('network', '--db', coordinator, '--out', join(dir, 'net.json'), ...files);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Nord.json: Opgørelsen fra Nord er lavet med «Skjul små antal, vis resten præcist», men netværket bruger «Skjul små antal, afrund resten til nærmeste 5».');
    expect(existsSync(join(dir, 'net.json'))).toBe(false);
    expect(fingerprint(coordinator)).toBe(before);

    const raised = openAppContext(coordinator, { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
    updateSummarySettings(raised, { policy: 'suppress', threshold: 6 });
    raised.db.close();
    const low = await cli('network', '--db', coordinator, '--out', join(dir, 'net.json'), ...files);
    expect(low.code).toBe(2);
    expect(low.err).toContain('Nord.json: Opgørelsen fra Nord skjuler antal under 5, men netværket kræver mindst 6.');
    expect(existsSync(join(dir, 'net.json'))).toBe(false);

    // A network threshold below the practices' takes their files, and its file says the network's rule.
    const lowered = openAppContext(coordinator, { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
    updateSummarySettings(lowered, { threshold: 4 });
    lowered.db.close();
    const written = await cli('network', '--db', coordinator, '--out', join(dir, 'net.json'), ...files);
    expect(written.code, written.err).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'net.json'), 'utf8'))).toMatchObject({ kind: 'network', disclosure: { policy: 'suppress', threshold: 4 } });
  });

  it("signs each file with its database's key, and the coordinator's database refuses a practice's file signed with another key", async () => {
    const dir = tempDir();
    const coordinator = join(dir, 'koordinator.sqlite');
    const files = [await practice(dir, 'Nord', 1), await practice(dir, 'Syd', 2), await practice(dir, 'Vest', 3)];
    const again = join(dir, 'Nord-igen.json');
    // The same extract again: a release of a date already released, with the same figures.
    const rerun = await cli('summary', '--db', join(dir, 'Nord.sqlite'), '--out', again, '--label', 'Nord');
    expect(rerun.code, rerun.err).toBe(0);
    const keyOf = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as SummaryFile).signature.publicKey;
    // The same practice database signs with the same key; each practice has its own.
    expect(keyOf(again)).toBe(keyOf(files[0]!));
    expect(new Set(files.map(keyOf)).size).toBe(3);
    for (const file of [...files, again]) {
      expect(readSummaryText(readFileSync(file, 'utf8'), verifySummarySignature), file).toMatchObject({ ok: true });
    }

    const first = await cli('network', '--db', coordinator, '--out', join(dir, 'net-1.json'), ...files);
    expect(first.code, first.err).toBe(0);
    const second = await cli('network', '--db', coordinator, '--out', join(dir, 'net-2.json'), ...files);
    expect(second.code, second.err).toBe(0);
    // The network's file is signed by the coordinator's database, the same key run after run.
    expect(keyOf(join(dir, 'net-2.json'))).toBe(keyOf(join(dir, 'net-1.json')));
    expect(readSummaryText(readFileSync(join(dir, 'net-1.json'), 'utf8'), verifySummarySignature)).toMatchObject({ ok: true, summary: { kind: 'network' } });

    // "Nord" made again in a new database: valid, but not the key the coordinator keeps for Nord.
    const impostorDir = join(dir, 'ny-pc');
    mkdirSync(impostorDir);
    const impostor = await practice(impostorDir, 'Nord', 1);
    const before = fingerprint(coordinator);
    const refused = await cli('network', '--db', coordinator, '--out', join(dir, 'bad.json'), impostor, files[1]!, files[2]!);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Nord.json: Opgørelsen fra «Nord» er underskrevet med en anden nøgle end de tidligere.');
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
    expect(fingerprint(coordinator)).toBe(before);
    // Asked, the practice has a new pc: its new key is accepted by name and kept from then on.
    const accepted = await cli('network', '--db', coordinator, '--accept-new-key', 'Nord', '--out', join(dir, 'net-3.json'), impostor, files[1]!, files[2]!);
    expect(accepted.code, accepted.err).toBe(0);
    expect(fingerprint(coordinator)).toContain(keyOf(impostor));
    expect((await cli('network', '--db', coordinator, '--out', join(dir, 'bad.json'), files[0]!, files[1]!, files[2]!)).code).toBe(2);
    // Another coordinator's database has not seen Nord before: first use. A run that is refused keeps no key.
    const other = join(dir, 'anden-koordinator.sqlite');
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, readFileSync(files[2]!, 'utf8').replace(/"count": (\d+)/, (_match, n: string) => `"count": ${Number(n) + 1}`));
    expect((await cli('network', '--db', other, '--out', join(dir, 'bad.json'), impostor, files[1]!, tampered)).code).toBe(2);
    expect(fingerprint(other)).not.toContain('summary_keys",[{');
    const fresh = await cli('network', '--db', other, '--out', join(dir, 'other.json'), impostor, files[1]!, files[2]!);
    expect(fresh.code, fresh.err).toBe(0);
    expect(fingerprint(other)).toContain(keyOf(impostor));
  });

  it('explains its options and refuses bad ones with exit code 2', async () => {
    expect(await cli('summary', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('--label NAVN') });
    expect(await cli('network', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('A, B, C') });
    expect(await cli('summary', '--out', 'x.csv')).toMatchObject({ code: 2, err: expect.stringContaining('.json eller .xlsx') });
    expect(await cli('network', '--out', 'x.docx', 'a.json')).toMatchObject({ code: 2, err: expect.stringContaining('.xlsx, .pdf eller .json') });
    expect(await cli('summary', '--out', 'x.json', '--as-of', 'igår')).toMatchObject({ code: 2, err: expect.stringContaining('--as-of') });
    expect(await cli('network', '--out', 'x.xlsx')).toMatchObject({ code: 2, err: expect.stringContaining('mindst én opgørelse') });
    const dir = tempDir();
    expect(await cli('summary', '--db', join(dir, 'empty.sqlite'), '--out', join(dir, 'x.json'))).toMatchObject({ code: 1, err: expect.stringContaining('ikke indlæst noget udtræk') });
  });
});
