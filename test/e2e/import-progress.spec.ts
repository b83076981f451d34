import type { APIRequestContext } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { demoExtractFile, demoExtractRows, demoHeader } from '../../shared/demo/demo-extract';
import { expect, test, type RunningHost } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';

/** What the database holds, asked of the host directly rather than read off the screen. */
async function databaseStatus(request: APIRequestContext, host: RunningHost) {
  const response = await request.post(`${host.origin}/api/status:get`, { data: {}, headers: { 'X-Tovholder-Token': host.token } });
  const envelope = (await response.json()) as { ok: boolean; value: { patients: number; active: number; batches: unknown[] } };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

test.describe.configure({ timeout: 120_000 });

test('a 50,000-patient extract imports with a progress bar counting rows, then shows its report', async ({ page }, testInfo) => {
  const extract = demoExtractFile({ seed: 11, patients: 50_000, extractDate: '2026-11-20' });
  const path = testInfo.outputPath(extract.fileName);
  writeFileSync(path, extract.bytes);
  const home = new HomePage(page);
  const report = new ImportReportPage(page);

  await home.importFile(path);
  // Mid-way: some rows counted, not all.
  await expect(home.progressLabel).toHaveText(/^(Læser|Gemmer): [1-9][\d.]* af 50\.000 rækker$/, { timeout: 30_000 });
  await expect(home.progressBar).toHaveAttribute('max', '50000');
  await home.screenshot('import-progress');
  await report.waitFor(extract.fileName);
  expect(await report.figure('rowsRead')).toBe(50_000);
  await expect(home.importProgress).toHaveCount(0);
  // The window only: the report lists thousands of warnings below.
  await saveScreenshot(page, 'import-report-large', { fullPage: false });
});

test('Annullér during a large import takes it all back: the database is as before', async ({ page, request, host }, testInfo) => {
  const home = new HomePage(page);
  await home.demoButton.click();
  await expect(home.firstRunPanel).toHaveCount(0);
  const countsBefore = await home.counts();
  const statusBefore = await databaseStatus(request, host);

  // An XLSX file takes seconds to open, long enough to cancel on a busy machine too.
  const sheet = XLSX.utils.aoa_to_sheet([['Udtrukket: 20-11-2026'], demoHeader, ...demoExtractRows({ seed: 12, patients: 40_000, extractDate: '2026-11-20' })]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Forløbsplaner');
  const path = testInfo.outputPath('stort_udtraek_2026-11-20.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);

  await home.importFile(path);
  await expect(home.cancelImportButton).toBeEnabled({ timeout: 30_000 });
  await home.cancelImportButton.click();
  await expect(home.notice).toHaveText('Indlæsningen af stort_udtraek_2026-11-20.xlsx blev annulleret. Intet er ændret.', { timeout: 60_000 });
  await expect(home.importProgress).toHaveCount(0);
  await home.screenshot('import-cancelled');
  expect(await home.counts()).toEqual(countsBefore);
  expect(await databaseStatus(request, host)).toEqual(statusBefore);
});
