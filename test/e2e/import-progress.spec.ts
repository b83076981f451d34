import { writeFileSync } from 'node:fs';
import { demoExtractFile } from '../../shared/demo/demo-extract';
import { expect, test } from './fixtures/browser-host';
import { databaseStatus } from './fixtures/host-status';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveReadmeScreenshot, saveScreenshot } from './pages/screenshots';

test.describe.configure({ timeout: 120_000 });

test.describe('reading a large extract', () => {
  // The worker waits after its first count of read rows, so the test sees a bar mid-way on any machine.
  test.use({ importPause: { phase: 'reading', atRows: 1 } });

  test('a 50,000-patient extract imports with a progress bar counting rows, then shows its report', async ({ page, host }, testInfo) => {
    const extract = demoExtractFile({ seed: 11, patients: 50_000, extractDate: '2026-11-20' });
    const path = testInfo.outputPath(extract.fileName);
    writeFileSync(path, extract.bytes);
    const home = new HomePage(page);
    const report = new ImportReportPage(page);

    await home.importFile(path);
    const paused = await host.importGate!.paused();
    expect(paused.done).toBeGreaterThan(0);
    expect(paused.done).toBeLessThan(50_000);
    // Mid-way: the rows counted so far, not all.
    await expect(home.progressLabel).toHaveText(`Læser: ${paused.done.toLocaleString('da-DK')} af 50.000 rækker`);
    await expect(home.progressBar).toHaveAttribute('max', '50000');
    await expect(home.progressBar).toHaveAttribute('value', String(paused.done));
    await home.screenshot('import-progress');
    await saveReadmeScreenshot(page, 'import-progress', { scrollTo: home.heading });
    host.importGate!.release();
    await report.waitFor(extract.fileName);
    expect(await report.figure('rowsRead')).toBe(50_000);
    await expect(home.importProgress).toHaveCount(0);
    // The window only: the report lists thousands of warnings below.
    await saveScreenshot(page, 'import-report-large', { fullPage: false });
  });
});

test.describe('cancelling mid-write', () => {
  // Half the rows are written inside the import's transaction when the worker waits for the test.
  test.use({ importPause: { phase: 'writing', atRows: 10_000 } });

  test('Annullér during a large import takes it all back: the database is as before', async ({ page, request, host }, testInfo) => {
    const home = new HomePage(page);
    await home.demoButton.click();
    await expect(home.firstRunPanel).toHaveCount(0);
    const countsBefore = await home.counts();
    const statusBefore = await databaseStatus(request, host);

    const extract = demoExtractFile({ seed: 12, patients: 20_000, extractDate: '2026-11-20' });
    const path = testInfo.outputPath('stort_udtraek_2026-11-20.csv');
    writeFileSync(path, extract.bytes);

    await home.importFile(path);
    const paused = await host.importGate!.paused();
    expect(paused).toEqual({ phase: 'writing', done: 10_000, total: 20_000 });
    await expect(home.progressLabel).toHaveText('Gemmer: 10.000 af 20.000 rækker');
    await home.cancelImportButton.click();
    await expect(home.progressLabel).toHaveText('Annullerer … Intet bliver gemt.');
    await expect(home.cancelImportButton).toBeDisabled();
    host.importGate!.release();
    await expect(home.notice).toHaveText('Indlæsningen af stort_udtraek_2026-11-20.csv blev annulleret. Intet er ændret.');
    await expect(home.importProgress).toHaveCount(0);
    await home.screenshot('import-cancelled');
    expect(await home.counts()).toEqual(countsBefore);
    expect(await databaseStatus(request, host)).toEqual(statusBefore);
  });
});
