import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import { openDatabaseSession } from '../../../core/host/database-session';
import { openLogger } from '../../../core/log';
import type { Printer } from '../../../core/print/printer';
import { headlessBrowserPrinter } from '../../../core/print/headless-browser-printer';
import { updateOutputSettings } from '../../../core/services/output-settings-service';
import { recallExportFile } from '../../../core/services/recall-export';
import { parseCsv } from '../../../shared/import/csv';
import { builtWorkerPath } from '../../support/import-jobs';
import { recallContext } from '../../support/recall-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const printer = headlessBrowserPrinter();

function pdfText(bytes: Uint8Array): { pages: number; text: string } {
  const file = join(tempDir(), 'out.pdf');
  writeFileSync(file, bytes);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

function csvRecords(bytes: Uint8Array): string[][] {
  return parseCsv(new TextDecoder().decode(bytes), ';').records;
}

describe('recall export', () => {
  // A request without `asOf` is the app's: the list as of the host's today (23-11), as on screen.
  it('writes the list with the chosen columns as XLSX: the same patients as the list, a formula-looking name as text', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    const file = await recallExportFile(ctx, printer, { list: 'annual_overdue', format: 'xlsx', columns: ['cpr', 'name', 'lastAnnualCheck'] });
    expect(file.fileName).toBe('aarskontrol-overskredet_2026-11-23.xlsx');
    const sheet = XLSX.read(file.bytes, { type: 'array' }).Sheets['Årskontrol overskredet']!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
    // Most overdue first: never registered before overdue.
    expect(rows).toEqual([
      ['CPR-nr.', 'Navn', 'Seneste årskontrol'],
      ['630370-3456', 'Bo Berg', ''],
      ['610170-1234', 'Åse Ørsted', '01-01-2025'],
    ]);
    ctx.db.close();
  });

  it('narrows by search and doctor like the list on screen, and writes CSV for Danish Excel', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    const all = await recallExportFile(ctx, printer, { list: 'all', sort: 'name', format: 'csv', columns: ['name', 'missing', 'eyeState', 'age'] });
    expect(csvRecords(all.bytes)).toEqual([
      ['Navn', 'Mangler', 'Øjenundersøgelse', 'Alder'],
      [`'=HYPERLINK("x")`, 'øjenundersøgelse', 'Overskredet over et år', '56'],
      ['Bo Berg', 'årskontrol, øjenundersøgelse og fodundersøgelse', 'Aldrig registreret', '56'],
      ['Carl Dam', '', 'OK', '56'],
      ['Åse Ørsted', 'årskontrol', 'OK', '56'],
    ]);
    const searched = await recallExportFile(ctx, printer, { list: 'all', filters: { search: '620270-2' }, format: 'csv', columns: ['cpr'] });
    expect(csvRecords(searched.bytes).slice(1)).toEqual([['620270-2345']]);
    const byGp = await recallExportFile(ctx, printer, { list: 'annual_overdue', filters: { gp: 'Læge Jensen' }, format: 'csv', columns: ['name'] });
    expect(csvRecords(byGp.bytes).slice(1)).toEqual([['Bo Berg']]);
    ctx.db.close();
  });

  it('prints the list as an A4 PDF with the practice, the title and the rows', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' });
    const file = await recallExportFile(ctx, printer, { list: 'all', filters: { gp: 'Læge Hansen' }, format: 'pdf', columns: ['name', 'cpr', 'gp', 'missing'] });
    const { pages, text } = pdfText(file.bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Alle');
    expect(text).toContain('Opgjort pr. 23. november 2026 · læge: Læge Hansen');
    expect(text).toContain('Lægerne i Sydhavnen');
    expect(text).toContain('=HYPERLINK("x")');
    expect(text).toContain('2 patienter');
    ctx.db.close();
  });

  it('prints one invitation letter a page, merged from the template', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' });
    const file = await recallExportFile(ctx, printer, { list: 'annual_overdue', format: 'letters', columns: ['name'] });
    expect(file.fileName).toBe('indkaldelser_aarskontrol-overskredet_2026-11-23.pdf');
    const { pages, text } = pdfText(file.bytes);
    expect(pages).toBe(2);
    expect(text).toContain('Kære Åse Ørsted');
    expect(text).toContain('Kære Bo Berg');
    expect(text).toContain('årskontrol, øjenundersøgelse og fodundersøgelse');
    expect(text).toContain('23. november 2026');
    ctx.db.close();
  });

  it('makes an SMS list of 8-digit numbers and says who is left out and why', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56', smsTemplate: 'Kære {{navn}}, ring på {{telefon}} om din {{undersøgelse}}.' });
    const file = await recallExportFile(ctx, printer, { list: 'all', sort: 'cpr', format: 'sms', columns: ['name'] });
    expect(csvRecords(file.bytes)).toEqual([
      ['Telefon', 'Besked'],
      ['20304050', 'Kære Åse Ørsted, ring på 33 12 34 56 om din årskontrol.'],
      ['12345678', 'Kære Bo Berg, ring på 33 12 34 56 om din årskontrol, øjenundersøgelse og fodundersøgelse.'],
    ]);
    expect(file.rows).toBe(2);
    expect(file.notes).toEqual([
      '2 patienter er ikke med, fordi der ikke er et brugbart telefonnummer:',
      '=HYPERLINK("x") (620270): intet telefonnummer',
      "Carl Dam (640470): telefonnummeret '123' er ikke et dansk nummer på 8 cifre",
    ]);
    ctx.db.close();
  });

  it('says how many messages are longer than one SMS', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    // 130 characters before the name and the checks: Bo Berg's three checks take his past 160, Åse's one does not.
    const template = `Kære {{navn}}. ${'Husk at medbringe din medicinliste og dit seneste blodsukkerdagbog, når du kommer. '.slice(0, 84)}Det er tid til din {{undersøgelse}}.`;
    updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56', smsTemplate: template });
    const file = await recallExportFile(ctx, printer, { list: 'all', sort: 'cpr', format: 'sms', columns: ['name'] });
    const messages = csvRecords(file.bytes).slice(1).map(([, message]) => message!);
    expect(messages.map((message) => message.length > 160)).toEqual([false, true]);
    expect(file.notes.at(-1)).toBe(
      '1 af 2 beskeder er længere end én SMS (160 tegn) og sendes som to eller flere. Gør skabelonen kortere under Indstillinger for at holde hver besked på én SMS.',
    );
    ctx.db.close();
  });

  it('asks for the practice details before letters go out with a blank, and refuses a bad template unsaved', async () => {
    const ctx = recallContext(join(tempDir(), 'db.sqlite'));
    await expect(recallExportFile(ctx, printer, { list: 'all', format: 'letters', columns: ['name'] })).rejects.toThrow(
      'Angiv praksis’ navn og praksis’ telefonnummer under Indstillinger, før der laves indkaldelser.',
    );
    expect(() => updateOutputSettings(ctx, { letterTemplate: 'Kære {{fornavn}}' })).toThrow(/Skabelonen til indkaldelser: .*ukendt flettefelt: \{\{fornavn\}\}/);
    expect(ctx.queries.getSetting('outputSettings')).toBeUndefined();
    ctx.db.close();
  });

  it('travels over the contract as base64 that the renderer saves, printed by the host’s printer', async () => {
    const dir = tempDir();
    recallContext(join(dir, 'db.sqlite')).db.close();
    const printed: string[] = [];
    const recording: Printer = {
      htmlToPdf: (html) => {
        printed.push(html);
        return printer.htmlToPdf(html);
      },
    };
    const now = () => new Date('2026-11-23T09:00:00Z');
    const session = await openDatabaseSession({ dbPath: join(dir, 'db.sqlite'), actor: 'test', log: openLogger(join(dir, 'logs'), { now }), now, printer: recording, importWorkerPath: builtWorkerPath });
    const result = await dispatch(session.handlers, 'recall:export', { list: 'eye_missing', format: 'csv', columns: ['name'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { fileName: string; contentBase64: string; mimeType: string };
    expect(value.mimeType).toBe('text/csv;charset=utf-8');
    expect(csvRecords(new Uint8Array(Buffer.from(value.contentBase64, 'base64'))).slice(1)).toEqual([['Bo Berg'], [`'=HYPERLINK("x")`]]);
    expect(printed).toEqual([]);
    const pdf = await dispatch(session.handlers, 'recall:export', { list: 'eye_missing', format: 'pdf', columns: ['name'] });
    expect(pdf).toMatchObject({ ok: true, value: { mimeType: 'application/pdf', rows: 2 } });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Mangler øjenundersøgelse');
    session.close();

    const emptyDir = tempDir();
    const empty = await openDatabaseSession({ dbPath: join(emptyDir, 'empty.sqlite'), actor: 'test', log: openLogger(join(emptyDir, 'logs'), { now }), now, importWorkerPath: builtWorkerPath });
    expect(await dispatch(empty.handlers, 'recall:export', { list: 'all', format: 'xlsx', columns: ['name'] })).toMatchObject({
      ok: false,
      error: { code: 'export.no_data' },
    });
    empty.close();
  });
});
