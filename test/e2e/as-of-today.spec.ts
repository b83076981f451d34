import { expect, test } from './fixtures/browser-host';
import { syntheticPatients, writeExtract } from './fixtures/synthetic-extract';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

// Seven months after the extract was taken (20-11-2026).
test.use({ today: '2027-06-21' });

// Two patients had their annual check in January 2026: inside the 15 months on the extract's date, lapsed by today.
const rows = syntheticPatients().map((row, i) => (i === 0 || i === 2 ? { ...row, Årskontrol: '01-01-2026' } : row));
const lapsedSince = [rows[0]!, rows[2]!].map((row) => row['CPR-nr.'].replace('-', ''));

test('Oversigt and the worklists are computed as of today beside the extract date, warn that it is old, and switch to the extract date', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(writeExtract(testInfo.outputDir, { extractDate: '2026-11-20', rows, fileName: 'udtraek_2026-11-20.csv' }));
  await report.waitFor('udtraek_2026-11-20.csv');

  await home.open();
  await expect(home.asOf.text).toHaveText('Opgjort pr. i dag, 21-06-2027, ud fra udtrækket fra 20-11-2026. Vis pr. udtrækkets dato');
  await expect(home.asOf.staleWarning).toHaveText('Udtrækket er 7 måneder gammelt – indlæs et nyt.');
  expect(await home.count('annual_overdue')).toBe(8);
  await saveScreenshot(page, 'as-of-today-home');

  await worklist.open();
  await expect(worklist.asOf.text).toContainText('Opgjort pr. i dag, 21-06-2027, ud fra udtrækket fra 20-11-2026.');
  await expect(worklist.asOf.staleWarning).toHaveText('Udtrækket er 7 måneder gammelt – indlæs et nyt.');
  await worklist.showList('annual_overdue');
  expect(await worklist.count('annual_overdue')).toBe(8);
  for (const cpr of lapsedSince) await expect(worklist.row(cpr)).toBeVisible();
  await saveScreenshot(page, 'as-of-today-worklist');

  // As of the extract's own date, the two checks were still inside their window.
  await worklist.asOf.switchBasis();
  await expect(worklist.asOf.text).toHaveText('Opgjort pr. udtrækkets dato, 20-11-2026. Aftaler og påmindelser regnes fra i dag, 21-06-2027. Vis pr. i dag');
  await expect(worklist.rowCount).toHaveText('6 patienter på listen');
  await expect.poll(() => worklist.count('annual_overdue')).toBe(6);
  for (const cpr of lapsedSince) await expect(worklist.row(cpr)).toHaveCount(0);
  // The extract is just as old whichever date the lists are computed on.
  await expect(worklist.asOf.staleWarning).toBeVisible();
  await saveScreenshot(page, 'as-of-extract-worklist');

  // One choice for the window: Oversigt follows, and switches back.
  await home.open();
  await expect(home.asOf.text).toContainText('Opgjort pr. udtrækkets dato, 20-11-2026.');
  await expect.poll(() => home.count('annual_overdue')).toBe(6);
  await home.asOf.switchBasis();
  await expect(home.asOf.text).toContainText('Opgjort pr. i dag, 21-06-2027');
  await expect.poll(() => home.count('annual_overdue')).toBe(8);
});
