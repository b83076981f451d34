import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage } from '../../../core/print/find-browser';
import { headlessBrowserPrinter } from '../../../core/print/headless-browser-printer';
import { defaultLetterTemplate, lettersHtml } from '../../../shared/outputs/letter-template';
import { listPrintHtml } from '../../../shared/outputs/list-print-html';
import type { Table } from '../../../shared/outputs/table';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const screenshots = 'test-results/screenshots';

const browser = findBrowser();
if (browser === null) throw new Error(noBrowserMessage);
const printer = headlessBrowserPrinter({ browserPath: browser });

function pdfPages(pdf: Uint8Array): number {
  const dir = tempDir();
  writeFileSync(join(dir, 'out.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'out.pdf')], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Renders every page to PNG beside the e2e screenshots, for a person to look at. */
function renderPages(pdf: Uint8Array, name: string): string[] {
  mkdirSync(screenshots, { recursive: true });
  const ours = () => readdirSync(screenshots).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
  for (const file of ours()) rmSync(join(screenshots, file));
  const dir = tempDir();
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', join(dir, `${name}.pdf`), join(screenshots, name)]);
  return ours();
}

const list: Table = {
  title: 'Årskontrol overskredet',
  columns: [
    { key: 'name', header: 'Navn', kind: 'text' },
    { key: 'cpr', header: 'CPR-nr.', kind: 'text' },
    { key: 'lastAnnualCheck', header: 'Seneste årskontrol', kind: 'date' },
  ],
  rows: Array.from({ length: 90 }, (_, i) => ({
    name: i === 0 ? '=HYPERLINK("x")' : `Patient ${i} Ærø-Østergård`,
    cpr: `${610101 + i}-9999`,
    lastAnnualCheck: i % 3 === 0 ? null : '2025-02-28',
  })),
};

describe('printing to PDF with a headless Chromium', () => {
  it('prints a long list on A4 pages with the header row on each', async () => {
    const pdf = await printer.htmlToPdf(listPrintHtml(list, { practiceName: 'Lægerne i Sydhavnen', date: '2026-11-23' }));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(renderPages(pdf, 'print-list')).toHaveLength(pages);
  });

  it('prints one page per letter', async () => {
    const letters = ['Åse Ørsted', 'Bo Berg', '<b>Carl</b> & Co', 'Dorte Dam'].map((navn) => ({
      navn,
      læge: 'Læge Hansen',
      praksis: 'Lægerne i Sydhavnen',
      telefon: '33 12 34 56',
      dato: '23. november 2026',
      undersøgelse: 'årskontrol og fodundersøgelse',
    }));
    const pdf = await printer.htmlToPdf(lettersHtml(defaultLetterTemplate, letters));
    expect(pdfPages(pdf)).toBe(letters.length);
    expect(renderPages(pdf, 'print-letters')).toHaveLength(letters.length);
  });

  it('says in Danish when the browser cannot be started', async () => {
    const broken = headlessBrowserPrinter({ browserPath: join(tempDir(), 'no-such-browser') });
    await expect(broken.htmlToPdf('<p>x</p>')).rejects.toThrow('PDF-filen kunne ikke laves');
  });
});
