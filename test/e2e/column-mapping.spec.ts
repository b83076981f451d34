import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/browser-host';
import { repoRoot } from './fixtures/paths';
import { ColumnMappingPage } from './pages/column-mapping-page';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveReadmeScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

const unknownHeadersFile = join(repoRoot, 'test/fixtures/ugly/engelske-overskrifter_2026-05-31.csv');
const englishExport = join(repoRoot, 'test/fixtures/english/english-headers_2026-05-31.csv');

test('unknown headers: the screen guesses them, the user confirms once, and the next file with the same headers imports by itself', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const mapping = new ColumnMappingPage(page);
  const report = new ImportReportPage(page);

  await home.importFile(unknownHeadersFile);
  await expect(mapping.heading).toBeVisible();
  // The header it knows is picked as known; the others are guessed from their words, and say so.
  expect(await mapping.chosenField('HbA1c (mmol/mol)')).toBe('HbA1c');
  await expect(mapping.row('HbA1c (mmol/mol)')).not.toContainText('gættet ud fra overskriften');
  expect(await mapping.chosenField('Patient ID')).toBe('CPR-nr.');
  await expect(mapping.row('Patient ID')).toContainText('gættet ud fra overskriften');
  expect(await mapping.chosenField('Eye screening')).toBe('Øjenlægekontrol');
  expect(await mapping.chosenField('Notes')).toBe('— bruges ikke —');
  // The first values of each column; a CPR number only by its birth date.
  await expect(mapping.row('Patient ID')).toContainText('610190-•••• · 020345-•••• · 311299-••••');
  await expect(mapping.row('Patient ID')).not.toContainText('1235');
  await expect(mapping.row('Full name')).toContainText('Test Testesen · Anna Andersen · Bo Berg');
  await expect(mapping.row('Notes')).toContainText('ring tilbage');

  // Changing a guess takes the marker away; leaving out the CPR column is refused in plain Danish.
  await mapping.choose('Patient ID', '— bruges ikke —');
  await expect(mapping.row('Patient ID')).not.toContainText('gættet ud fra overskriften');
  await mapping.confirm();
  await expect(mapping.problems).toContainText('Vælg kolonnen med CPR-numre.');
  await mapping.choose('Notes', 'Øjenlægekontrol');
  await mapping.choose('Patient ID', 'CPR-nr.');
  await mapping.confirm();
  await expect(mapping.problems).toContainText('Et felt kan kun læses fra én kolonne.');
  await mapping.choose('Notes', '— bruges ikke —');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await mapping.confirm();

  await report.waitFor('engelske-overskrifter_2026-05-31.csv');
  expect(await report.figure('patientsImported')).toBe(3);
  await expect(page.getByText('Kolonner der ikke bruges: Notes')).toBeVisible();

  const next = testInfo.outputPath('next_2026-06-30.csv');
  // The same patients and one more, so the file is not held back as unlike the practice's extract.
  writeFileSync(
    next,
    [
      'Full name;Patient ID;Foot check;Eye screening;Annual review;Notes;HbA1c (mmol/mol)',
      'Test Testesen;610190-1235;05-06-2025;03-04-2025;01-02-2026;;48',
      'Anna Andersen;020345-1122;12-12-2025;;15-01-2024;ring tilbage;61',
      'Bo Berg;311299-4321;;20-08-2023;;;55',
      'Carl Cort;050570-1111;;01-03-2026;02-05-2026;;50',
      '',
    ].join('\r\n'),
  );
  await home.open();
  await home.importFile(next);
  await report.waitFor('next_2026-06-30.csv');
  expect(await report.figure('patientsImported')).toBe(4);
  expect(await report.figure('patientsNew')).toBe(1);
  await expect(page.getByTestId('report-notes')).toContainText('Kolonnerne er læst med den kolonneopsætning, der blev gemt');
  await expect(mapping.heading).toHaveCount(0);
});

test('an export with English headers is mapped in a handful of actions on a 1366×768 screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const home = new HomePage(page);
  const mapping = new ColumnMappingPage(page);
  const report = new ImportReportPage(page);
  const patients = new WorklistPage(page);

  await home.importFile(englishExport);
  await expect(mapping.heading).toBeVisible();
  // Two columns suggest the foot exam equally, so neither is guessed: the user picks one.
  expect(await mapping.chosenField('Foot exam date')).toBe('— bruges ikke —');
  expect(await mapping.chosenField('Foot exam result')).toBe('— bruges ikke —');
  await mapping.choose('Foot exam date', 'Fodterapeut');
  await expect(mapping.importButton).toBeInViewport();
  await mapping.screenshot('column-mapping', { fullPage: false });
  await saveReadmeScreenshot(page, 'column-mapping');
  await mapping.row('Notes').scrollIntoViewIfNeeded();
  await expect(mapping.importButton).toBeInViewport();
  await mapping.screenshot('column-mapping-scrolled', { fullPage: false });
  await mapping.confirm();
  expect(mapping.actions).toBeLessThanOrEqual(8);

  await report.waitFor('english-headers_2026-05-31.csv');
  expect(await report.figure('patientsImported')).toBe(5);
  expect(await report.figure('rowsRejected')).toBe(0);
  expect(await report.figure('warnings')).toBe(0);
  await expect(page.getByText('Kolonner der ikke bruges: Foot exam result, Notes')).toBeVisible();
  await report.showPatientsButton.click();
  await patients.heading.waitFor();
  const rows = await patients.allRows();
  expect(rows.map((row) => row.cpr).sort()).toEqual(['6101601235', '6203451122', '6804551357', '7112994321', '8510722468']);
  const flagged = Object.fromEntries(rows.filter((row) => row.flags.length > 0).map((row) => [row.cpr, [...row.flags].sort()]));
  // As of today (23-11-2026): Carla's eye exam of 01-06-2024 has passed its 24 months since the extract was taken.
  expect(flagged).toEqual({
    '6203451122': ['annual_overdue', 'eye_missing'],
    '7112994321': ['annual_overdue', 'foot_missing'],
    '8510722468': ['eye_missing', 'foot_missing'],
  });
});

test('leaving the mapping screen imports nothing', async ({ page }) => {
  const home = new HomePage(page);
  const mapping = new ColumnMappingPage(page);
  await home.importFile(unknownHeadersFile);
  await expect(mapping.heading).toBeVisible();
  await mapping.cancel();
  await expect(home.heading).toBeVisible();
  await expect(home.firstRunPanel).toBeVisible();
});
