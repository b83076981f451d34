import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';

test('a file dropped on the drop zone is imported', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  await home.dropFile(join(samplesDir, 'case-201', 'udtraek_1_2025-11-30.csv'));
  await report.waitFor('udtraek_1_2025-11-30.csv');
  await expect(report.extractDate).toHaveText('30-11-2025');
  expect(await report.figure('rowsRejected')).toBe(1);
  await expect(home.headerExtractDate).toContainText('30-11-2025');
});
