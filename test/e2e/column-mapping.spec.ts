import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/browser-host';
import { repoRoot } from './fixtures/paths';
import { ColumnMappingPage } from './pages/column-mapping-page';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';

const englishFile = join(repoRoot, 'test/fixtures/ugly/engelske-overskrifter_2026-05-31.csv');

test('unknown headers: the user maps them once, and the next file with the same headers imports by itself', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const mapping = new ColumnMappingPage(page);
  const report = new ImportReportPage(page);

  await home.importFile(englishFile);
  await expect(mapping.heading).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^CPR-nr\./ }).locator('option')).toHaveText([
    '— ikke i filen —',
    'Patient ID',
    'Full name',
    'Annual review',
    'Eye screening',
    'Foot check',
    'HbA1c (mmol/mol)',
    'Notes',
  ]);
  // The one header it does know is already picked.
  await expect(page.getByRole('combobox', { name: /^HbA1c$/ })).toHaveValue('HbA1c (mmol/mol)');

  await mapping.importButton.click();
  await expect(mapping.problems).toContainText('Vælg kolonnen med CPR-numre.');
  await mapping.choose('CPR-nr.', 'Patient ID');
  await mapping.choose('Navn', 'Full name');
  await mapping.choose('Årskontrol', 'Annual review');
  await mapping.choose('Øjenlægekontrol', 'Eye screening');
  await mapping.choose('Fodterapeut', 'Foot check');
  await mapping.screenshot('column-mapping');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await mapping.importButton.click();

  await report.waitFor('engelske-overskrifter_2026-05-31.csv');
  expect(await report.figure('patientsImported')).toBe(3);
  await expect(page.getByText('Kolonner der ikke bruges: Notes')).toBeVisible();

  const next = testInfo.outputPath('next_2026-06-30.csv');
  writeFileSync(next, 'Full name;Patient ID;Foot check;Eye screening;Annual review;Notes;HbA1c (mmol/mol)\r\nCarl Cort;050570-1111;;01-03-2026;02-05-2026;;50\r\n');
  await home.open();
  await home.importFile(next);
  await report.waitFor('next_2026-06-30.csv');
  expect(await report.figure('patientsImported')).toBe(1);
  await expect(page.getByTestId('report-notes')).toContainText('Kolonnerne er læst med den kolonneopsætning, der blev gemt');
  await expect(mapping.heading).toHaveCount(0);
});

test('leaving the mapping screen imports nothing', async ({ page }) => {
  const home = new HomePage(page);
  const mapping = new ColumnMappingPage(page);
  await home.importFile(englishFile);
  await expect(mapping.heading).toBeVisible();
  await mapping.cancelButton.click();
  await expect(home.heading).toBeVisible();
  await expect(home.firstRunPanel).toBeVisible();
});
