import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
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
    expect(json.out).toMatch(/Øjenundersøgelse inden for 2 år\s+16 {2}72,7 %/);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(summary).toMatchObject({ format: 'tovholder-summary', version: 2, kind: 'practice', practiceLabel: 'Lægehuset' });
    expect((await cli('summary', '--db', db, '--out', join(dir, 's.xlsx'), '--as-of', '2025-11-30')).code).toBe(0);
    const book = XLSX.read(readFileSync(join(dir, 's.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Opgørelse', 'Indikatorer', 'Fordelinger']);
  });

  it('gathers three practices into a network report (XLSX, PDF) and refuses a tampered or repeated file with exit code 2', async () => {
    const dir = tempDir();
    const files = [await practice(dir, 'Nord', 1), await practice(dir, 'Syd', 2), await practice(dir, 'Vest', 3)];
    const report = await cli('network', '--out', join(dir, 'net.xlsx'), ...files);
    expect(report.code, report.err).toBe(0);
    expect(report.out).toContain('over 3 opgørelser');
    const table = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(join(dir, 'net.xlsx')), { type: 'buffer' }).Sheets['Sammenligning 2026']!, { header: 1 });
    expect(table[0]!.slice(2, 6)).toEqual(['A', 'B', 'C', 'Netværket']);
    const pdf = await cli('network', '--out', join(dir, 'net.pdf'), ...files);
    expect(pdf.code, pdf.err).toBe(0);
    expect(readFileSync(join(dir, 'net.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const labelled = await cli('network', '--out', join(dir, 'net.json'), '--labels', '--name', 'TværSam', ...files);
    expect(labelled.code, labelled.err).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'net.json'), 'utf8'))).toMatchObject({ kind: 'network', networkLabel: 'TværSam', practices: 3 });

    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, readFileSync(files[0]!, 'utf8').replace('"practiceLabel": "Nord"', '"practiceLabel": "Øst"'));
    const refused = await cli('network', '--out', join(dir, 'bad.xlsx'), files[1]!, tampered);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('tampered.json: Filen er blevet ændret');
    const repeated = await cli('network', '--out', join(dir, 'bad.xlsx'), files[1]!, files[1]!);
    expect(repeated.code).toBe(2);
    expect(repeated.err).toContain('allerede indlæst');
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
