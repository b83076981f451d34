import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { parseCsv } from '../../../shared/import/csv';
import { recallContext } from '../../support/recall-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

function database(): string {
  const path = join(tempDir(), 'cli.sqlite');
  recallContext(path).db.close();
  return path;
}

describe('tovholder recall', () => {
  it('writes the list as XLSX with the same patients as flags --list', async () => {
    const db = database();
    const out = join(tempDir(), 'liste.xlsx');
    const result = await cli('recall', '--list', 'annual_overdue', '--out', out, '--db', db);
    expect(result).toMatchObject({ code: 0, out: `Skrev 2 patienter til ${out}\n` });
    const sheet = XLSX.read(readFileSync(out)).Sheets['Årskontrol overskredet']!;
    const [header, ...rows] = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
    expect(header).toEqual(['Navn', 'CPR-nr.', 'Alder', 'Læge', 'Mangler', 'Seneste årskontrol', 'Seneste øjenundersøgelse', 'Seneste fodundersøgelse', 'Kontakt']);
    const listed = JSON.parse((await cli('flags', '--list', 'annual_overdue', '--db', db, '--json')).out) as { cpr: string }[];
    expect(rows.map((row) => row[1]!.replace('-', ''))).toEqual(listed.map((p) => p.cpr));
    expect(rows.map((row) => row[0])).toEqual(['Bo Berg', 'Åse Ørsted']);
  });

  it('writes CSV with the chosen columns, as of a chosen date (the eye window ends the day after 2027-06-01)', async () => {
    const db = database();
    const csv = async (asOf: string) => {
      const out = join(tempDir(), 'liste.csv');
      expect((await cli('recall', '--list', 'eye_missing', '--out', out, '--db', db, '--columns', 'cpr,name', '--as-of', asOf)).code).toBe(0);
      return parseCsv(new TextDecoder().decode(readFileSync(out)), ';').records;
    };
    expect(await csv('2027-06-01')).toEqual([['CPR-nr.', 'Navn'], ['630370-3456', 'Bo Berg'], ['620270-2345', `'=HYPERLINK("x")`]]);
    expect((await csv('2027-06-02')).map((r) => r[1])).toEqual(['Navn', 'Bo Berg', `'=HYPERLINK("x")`, 'Åse Ørsted']);
  });

  it('prints the list to PDF', async () => {
    const db = database();
    const out = join(tempDir(), 'liste.pdf');
    expect((await cli('recall', '--list', 'all', '--out', out, '--db', db)).code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  });

  it('refuses a bad list, file type or column in plain Danish, writing nothing', async () => {
    const db = database();
    const out = join(tempDir(), 'liste.xlsx');
    const list = await cli('recall', '--list', 'overdue', '--out', out, '--db', db);
    expect(list).toMatchObject({ code: 2, err: expect.stringContaining("--list skal være en af annual_overdue, eye_missing, foot_missing, due_soon, not_reached, no_booking, clinical, remind_tomorrow, flagged, all, ikke 'overdue'") });
    const type = await cli('recall', '--list', 'all', '--out', join(tempDir(), 'liste.docx'), '--db', db);
    expect(type.err).toContain("--out skal ende på .xlsx, .csv eller .pdf, ikke 'liste.docx'");
    const column = await cli('recall', '--list', 'all', '--out', out, '--db', db, '--columns', 'name,adresse');
    expect(column).toMatchObject({ code: 2, err: expect.stringContaining("Ukendt kolonne 'adresse'") });
    expect((await cli('recall', '--out', out, '--db', db)).err).toContain('Angiv --list');
    expect(existsSync(out)).toBe(false);
  });

  it('says so when nothing has been imported', async () => {
    const result = await cli('recall', '--list', 'all', '--out', join(tempDir(), 'x.csv'), '--db', join(tempDir(), 'tom.sqlite'));
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('ikke indlæst noget udtræk') });
  });
});

describe('tovholder flags --list', () => {
  it('holds exactly the patients with that flag, most overdue first; all is every active patient', async () => {
    const db = database();
    const cprs = async (...args: string[]) => (JSON.parse((await cli('flags', '--db', db, '--json', ...args)).out) as { cpr: string }[]).map((p) => p.cpr);
    for (const flag of ['annual_overdue', 'eye_missing', 'foot_missing']) expect((await cprs('--list', flag)).sort()).toEqual(await cprs('--flag', flag));
    expect(await cprs('--list', 'eye_missing')).toEqual(['6303703456', '6202702345']);
    expect((await cprs('--list', 'all')).sort()).toEqual(['6101701234', '6202702345', '6303703456', '6404704567']);
    expect(await cprs('--list', 'due_soon')).toEqual(['6202702345']);
  });

  it('names the list in its text output', async () => {
    const text = (await cli('flags', '--db', database(), '--list', 'foot_missing')).out;
    expect(text).toContain("1 patienter på listen 'Mangler fodundersøgelse' pr. 2026-11-21:");
    expect(text).toContain('630370-3456  Bo Berg');
  });

  it('refuses --list with --flag, and an unknown list', async () => {
    const db = database();
    expect((await cli('flags', '--db', db, '--list', 'all', '--flag', 'eye_missing')).err).toContain('enten --list eller --flag');
    expect((await cli('flags', '--db', db, '--list', 'x')).code).toBe(2);
  });
});
