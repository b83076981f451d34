import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';

test('the import report saves as an XLSX holding the rejected rows', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  await home.open();
  await home.importFile(join(samplesDir, 'case-200', 'udtraek_2.txt'));
  await report.waitFor('udtraek_2.txt');

  const download = await report.saveAsXlsx();
  expect(download.suggestedFilename()).toMatch(/^indlaesningsrapport_2026-05-31_\d+\.xlsx$/);
  const book = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
  const rejected = XLSX.utils.sheet_to_json<{ Linje: number; Årsag: string }>(book.Sheets['Afviste rækker']!);
  expect(rejected).toHaveLength(await report.rejectedRows.count());
  expect(rejected[0]!.Årsag.length).toBeGreaterThan(5);
});
