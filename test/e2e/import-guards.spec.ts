import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { databaseStatus } from './fixtures/host-status';
import { extractHeaders, syntheticPatients, writeExtract } from './fixtures/synthetic-extract';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';

const patients = syntheticPatients();

/** The practice's own extract of twelve patients, imported, and Oversigt as it then stands. */
async function importPractice(page: Page, dir: string) {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  await home.importFile(writeExtract(dir, { extractDate: '2026-11-20', rows: patients, fileName: 'udtraek_2026-11-20.csv' }));
  await report.waitFor('udtraek_2026-11-20.csv');
  await home.open();
  return { home, report, counts: await home.counts() };
}

test('a file whose header is shifted one column is refused with the reason in Danish, and nothing changes', async ({ page, request, host }, testInfo) => {
  const { home, counts } = await importPractice(page, testInfo.outputDir);
  const status = await databaseStatus(request, host);

  // A column XMO put first without a header: every header sits one value to the left of its own.
  const shifted = writeExtract(testInfo.outputDir, {
    extractDate: '2026-11-22',
    rows: patients,
    headerLine: ['Nr.', ...extractHeaders.slice(0, -1)],
    fileName: 'forskudt_2026-11-22.csv',
  });
  await home.importFile(shifted);
  await expect(home.errorAlert).toContainText('Filen kunne ikke indlæses');
  await expect(home.errorAlert).toContainText('Ingen af filens 12 rækker har et gyldigt CPR-nummer i kolonnen »CPR-nr.«');
  await expect(home.errorAlert).toContainText('CPR-numrene står i kolonnen »Nr.«: overskrifterne er sandsynligvis forskudt en kolonne i forhold til værdierne.');
  await expect(home.errorAlert).toContainText('Databasen er ikke ændret.');
  await saveScreenshot(page, 'import-refused-shifted');

  await expect(home.headerExtractDate).toContainText('20-11-2026');
  expect(await home.counts()).toEqual(counts);
  expect(await databaseStatus(request, host)).toEqual(status);
});

test('a file with a third of the patients waits for a confirmation: Annullér leaves all as it was, Indlæs alligevel imports it and says so', async ({ page, request, host }, testInfo) => {
  const { home, report, counts } = await importPractice(page, testInfo.outputDir);
  expect(counts.active).toBe(12);
  const status = await databaseStatus(request, host);

  const third = writeExtract(testInfo.outputDir, { extractDate: '2026-11-22', rows: patients.slice(0, 4), fileName: 'en_tredjedel_2026-11-22.csv' });
  await home.importFile(third);
  await expect(home.confirmation).toBeVisible();
  await expect(home.confirmation.getByRole('heading')).toHaveText('en_tredjedel_2026-11-22.csv ligner ikke praksisens udtræk');
  await expect(home.confirmation).toContainText('8 af de 12 patienter i det nuværende udtræk (67 %) er ikke i filen og ville forsvinde fra listerne.');
  await saveScreenshot(page, 'import-confirmation');

  await home.cancelConfirmationButton.click();
  await expect(home.confirmation).toHaveCount(0);
  await expect(home.headerExtractDate).toContainText('20-11-2026');
  expect(await home.counts()).toEqual(counts);
  expect(await databaseStatus(request, host)).toEqual(status);

  await home.importFile(third);
  await home.confirmImportButton.click();
  await report.waitFor('en_tredjedel_2026-11-22.csv');
  expect(await report.figure('patientsImported')).toBe(4);
  expect(await report.figure('patientsAbsent')).toBe(8);
  await expect(report.noteRows.filter({ hasText: 'Indlæst efter bekræftelse: 8 af de 12 patienter i det nuværende udtræk (67 %)' })).toHaveCount(1);
  await expect(home.headerExtractDate).toContainText('22-11-2026');
  await home.open();
  expect(await home.count('active')).toBe(4);
});
