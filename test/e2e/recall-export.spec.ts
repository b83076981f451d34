import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

/** Replacement CPR numbers (day + 60): never a real person's. One name looks like a formula. */
function writeExtract(dir: string): string {
  const lines = [
    'Udtrukket: 20-11-2026',
    'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon',
    '6105504013;Anna Andersen;LK;01-03-2025;01-10-2026;01-10-2026;20304050',
    '6206504025;"=HYPERLINK(""x"")";LK;01-10-2024;01-10-2026;01-10-2026;21304050',
    '6307504037;Carl Carlsen;MH;;01-10-2026;01-10-2026;',
    '6408504049;Dorte Dam;MH;01-10-2026;01-10-2026;01-10-2026;22304050',
  ];
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'udtraek_2026-11-20.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

/** Imports the extract above and opens its worklist. */
async function openWorklistOfExtract(page: Page, dir: string): Promise<WorklistPage> {
  await new HomePage(page).importFile(writeExtract(dir));
  await new ImportReportPage(page).waitFor('udtraek_2026-11-20.csv');
  const worklist = new WorklistPage(page);
  await worklist.open();
  return worklist;
}

// The list on screen is as of the host's today (23-11), three days after the extract: its files are named by that date.
test('the list on screen saves as XLSX with the same rows and prints as an A4 PDF', async ({ page }, testInfo) => {
  const worklist = await openWorklistOfExtract(page, testInfo.outputDir);
  await expect(worklist.rowCount).toHaveText('3 patienter på listen');
  const shown = await worklist.table.locator('tbody tr[data-cpr]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-cpr')));

  await page.getByText('Gem listen, indkaldelser eller SMS …').click();
  const panel = page.getByRole('region', { name: 'Gem eller udskriv listen' });
  await panel.getByLabel('Telefon').check();
  await saveScreenshot(page, 'recall-export-panel');
  const axe = await new AxeBuilder({ page }).include('.export-details').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const xlsxDownload = page.waitForEvent('download');
  await panel.getByTestId('export-save').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('aarskontrol-overskredet_2026-11-23.xlsx');
  await expect(panel.getByTestId('export-saved')).toContainText('gemt med 3 patienter');
  const sheet = XLSX.read(readFileSync(await xlsx.path())).Sheets['Årskontrol overskredet']!;
  const [header, ...rows] = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
  expect(header).toContain('Telefon');
  expect(rows.map((row) => row[1]!.replace('-', ''))).toEqual(shown);
  expect(rows.map((row) => row[0])).toContain(`'=HYPERLINK("x")`);

  await panel.getByTestId('export-format').selectOption('pdf');
  const pdfDownload = page.waitForEvent('download');
  await panel.getByTestId('export-save').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('aarskontrol-overskredet_2026-11-23.pdf');
  const pdfPath = await pdf.path();
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Årskontrol overskredet');
  expect(text).toContain('3 patienter');
  mkdirSync('test-results/screenshots', { recursive: true });
  for (const file of readdirSync('test-results/screenshots').filter((f) => f.startsWith('recall-export-pdf-'))) rmSync(join('test-results/screenshots', file));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, 'test-results/screenshots/recall-export-pdf']);

  await panel.getByTestId('export-format').selectOption('letters');
  await panel.getByTestId('export-save').click();
  await expect(panel.getByRole('alert')).toContainText('Angiv praksis’ navn og praksis’ telefonnummer');
});

test('letters and an SMS list from the templates, after the practice details are filled in', async ({ page }, testInfo) => {
  await openWorklistOfExtract(page, testInfo.outputDir);
  await page.getByText('Gem listen, indkaldelser eller SMS …').click();
  const panel = page.getByRole('region', { name: 'Gem eller udskriv listen' });
  await panel.getByTestId('export-format').selectOption('letters');

  await panel.getByText('Ret skabeloner, praksis’ navn og telefonnummer').click();
  await panel.getByLabel('Praksis’ navn').fill('Lægerne i Sydhavnen');
  await panel.getByLabel('Praksis’ telefonnummer').fill('33 12 34 56');
  const letter = panel.getByLabel('Skabelon til indkaldelser');
  await letter.fill('Kære {{fornavn}}');
  await expect(panel.getByText('et ukendt flettefelt: {{fornavn}}')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Gem indstillinger' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Brug standardteksten' }).first().click();
  await expect(letter).toHaveValue(/Kære \{\{navn\}\}/);

  // The SMS editor counts a usual patient's message and warns when it is more than one SMS.
  const smsTemplate = panel.getByLabel('SMS-skabelon');
  await expect(panel.getByTestId('sms-template-note')).toContainText(/en typisk besked: \d+ tegn, 1 SMS/);
  await expect(panel.getByTestId('sms-template-warning')).toHaveCount(0);
  const standardSms = await smsTemplate.inputValue();
  await smsTemplate.fill(`${standardSms} Husk at tage din medicinliste og dit blodsukkerapparat med, når du kommer.`);
  await expect(panel.getByTestId('sms-template-note')).toContainText('2 SMS');
  await expect(panel.getByTestId('sms-template-warning')).toContainText('længere end én SMS (160 tegn) og sendes som 2');
  await smsTemplate.fill('Kære {{navn}} 🙂');
  await expect(panel.getByTestId('sms-template-warning')).toHaveCount(0);
  await smsTemplate.fill(`Kære {{navn}} 🙂 ${'Ring på {{telefon}}. '.repeat(3)}`);
  await expect(panel.getByTestId('sms-template-warning')).toContainText('(70 tegn)');
  await expect(panel.getByTestId('sms-template-warning')).toContainText('kun rummer 70 tegn: 🙂');
  await smsTemplate.fill(standardSms);

  await panel.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(panel.getByText('Indstillingerne er gemt.')).toBeVisible();
  await saveScreenshot(page, 'recall-export-templates-end');
  await page.locator('.export-details').evaluate((details) => details.scrollTo(0, 0));
  await saveScreenshot(page, 'recall-export-templates');

  const letters = page.waitForEvent('download');
  await panel.getByTestId('export-save').click();
  const lettersPdf = await (await letters).path();
  expect(execFileSync('pdfinfo', [lettersPdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+3$/m);
  const text = execFileSync('pdftotext', [lettersPdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Kære Anna Andersen');
  expect(text).toContain('Ring venligst til os på telefon 33 12 34 56');

  await panel.getByTestId('export-format').selectOption('sms');
  const sms = page.waitForEvent('download');
  await panel.getByTestId('export-save').click();
  const smsFile = await sms;
  expect(smsFile.suggestedFilename()).toBe('sms_aarskontrol-overskredet_2026-11-23.csv');
  const lines = readFileSync(await smsFile.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Telefon;Besked');
  expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['21304050', '20304050']);
  await expect(panel.getByTestId('export-saved')).toContainText('Carl Carlsen (630750): intet telefonnummer');
});
