import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';

test('the newest import can be undone from its report, bringing back the previous state', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  await home.open();
  await home.importFile(join(samplesDir, 'case-201', 'udtraek_1_2025-11-30.csv'));
  await report.waitFor('udtraek_1_2025-11-30.csv');
  await home.open();
  const before = await home.counts();

  await home.importFile(join(samplesDir, 'case-201', 'udtraek_2.txt'));
  await report.waitFor('udtraek_2.txt');
  await report.undo();

  await expect(home.heading).toBeVisible();
  await expect(home.headerExtractDate).toContainText('30-11-2025');
  expect(await home.counts()).toEqual(before);

  await home.importFile(join(samplesDir, 'case-201', 'udtraek_2.txt'));
  await report.waitFor('udtraek_2.txt');
  await expect(report.duplicateNote).toHaveCount(0);
  await home.open();
  await home.importFile(join(samplesDir, 'case-201', 'udtraek_1_2025-11-30.csv'));
  await report.waitFor('udtraek_1_2025-11-30.csv');
  await expect(report.undoButton).toHaveCount(0);
});
