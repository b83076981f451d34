import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { makeNetworkSummary, makePracticeSummaries, tamperedCopy } from './fixtures/summary-files';
import { DashboardPage } from './pages/dashboard-page';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { NetworkPage } from './pages/network-page';
import { saveReadmeScreenshot } from './pages/screenshots';
import { SummaryPage } from './pages/summary-page';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function importCase200(page: Page): Promise<void> {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  for (const file of ['udtraek_1_2025-11-30.txt', 'udtraek_2.txt']) {
    await home.open();
    await home.importFile(join(samplesDir, 'case-200', file));
    await report.waitFor(file);
  }
}

test('the summary is previewed with its hidden cells marked x, then saved as JSON and XLSX without patient data', async ({ page }) => {
  await importCase200(page);
  await saveReadmeScreenshot(page, 'import-report');
  const summary = new SummaryPage(page);
  await summary.open();
  await summary.showPreview('Lægehuset Testpraksis');
  // N is the type 2 patients followed in general practice; the 5 type 1 patients are counted apart (and hidden: 5 is small).
  await expect(summary.population).toHaveText('22');
  await expect(summary.type1).toHaveText('x');
  // Hidden whole: type 1, seven indicators with a count or rest of 7 or less, the age and HbA1c breakdowns (4 + 4).
  await expect(summary.hiddenCells).toHaveCount(16);
  await expect(summary.hiddenCells.filter({ hasNotText: /^x$/ })).toHaveCount(0);
  await expect(summary.page.getByTestId('summary-legend')).toContainText('Et antal fra 0 til 7 skjules');
  // Intl writes a no-break space before the percent sign; the target is written with a plain one.
  const row = async (id: string) => (await summary.indicatorRow(id)).map((cell) => cell.replace(/\u00a0/g, ' '));
  expect(await row('foot_exam')).toEqual(['Fodundersøgelse inden for 2 år', '13', '59,1 %', '≥ 95 %', 'Nej']);
  // 16 of 22 had an eye exam: the rest, 6, is small, so the count is hidden and has no share.
  expect(await row('eye_exam')).toEqual(['Øjenundersøgelse inden for 2 år', 'x', '', '≥ 90 %', '']);
  // Case-200 has no U-ALB column: the indicator is not available, never 0 %.
  expect(await summary.indicatorRow('ualb_registered')).toEqual(['U-albumin registreret', 'Kan ikke opgøres: ikke i udtrækket', '', '', '']);
  await expect(summary.saveJsonButton).toBeDisabled();
  await summary.confirm.check();
  await summary.screenshot('summary-preview');
  await saveReadmeScreenshot(page, 'summary-preview', { scrollTo: summary.preview });

  const json = await summary.save('json');
  expect(json.suggestedFilename()).toBe('tovholder-opgoerelse_laegehuset-testpraksis_2026-05-31.json');
  const text = readFileSync(await json.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'tovholder-summary', version: 3, kind: 'practice', practiceLabel: 'Lægehuset Testpraksis', asOf: '2026-05-31', disclosure: { policy: 'suppress', threshold: 5 } });
  await expect(summary.savedNotice).toContainText(file.fileName ?? json.suggestedFilename());
  for (const value of ['030234-1031', '0302341031', 'Åse Jørgensen', '57330872', '2024-05-30', 'nej tak']) expect(text).not.toContain(value);
  // The preview showed exactly this content, apart from the moment it was made.
  const previewed = JSON.parse(await summary.rawJson.textContent() ?? '{}');
  // The signature covers generatedAt, so only its key can be the same.
  expect({ ...previewed, generatedAt: '', signature: { ...previewed.signature, value: '' } }).toEqual({ ...file, generatedAt: '', signature: { ...file.signature, value: '' } });

  const xlsx = await summary.save('xlsx');
  const book = XLSX.read(readFileSync(await xlsx.path()), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['Opgørelse', 'Indikatorer', 'Fordelinger']);
  expect(XLSX.utils.sheet_to_csv(book.Sheets['Fordelinger']!)).toContain('40-59 år,x');

  // A higher threshold hides more: under 7 everything up to 11 is hidden, so the foot exam's rest of 9 hides it.
  await summary.setThreshold(7);
  await expect(summary.preview).toBeHidden();
  await summary.previewButton.click();
  // Read once the new preview is there, not the moment the button is pressed.
  await expect(summary.preview).toBeVisible();
  await expect(summary.population).toHaveText('22');
  expect(await row('foot_exam')).toEqual(['Fodundersøgelse inden for 2 år', 'x', '', '≥ 95 %', '']);
  await summary.screenshot('summary-settings');
});

test('the coordinator imports three practices, sees them as A, B, C against the network, and a tampered file is refused', async ({ page }) => {
  const files = makePracticeSummaries([
    { label: 'Lægehuset Nord', seed: 11 },
    { label: 'Lægerne Syd', seed: 12 },
    { label: 'Klinik Vest', seed: 13 },
  ]);
  const network = new NetworkPage(page);
  await network.open();
  await network.importFiles(files);
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(3);
  expect(await network.practiceColumns()).toEqual(['A', 'B', 'C']);
  // The file table above says A, B, C too, and no file name gives a practice's name away.
  const fileLabels = network.filesTable.getByTestId('network-file-label');
  await expect(fileLabels).toHaveText(['A', 'B', 'C']);
  await expect(network.filesTable).not.toContainText('Lægehuset Nord');
  await expect(network.filesTable).not.toContainText('laegehuset-nord');
  await expect(network.benchmarkChart.locator('svg.recharts-surface')).toBeVisible();
  await expect(network.benchmarkChart.locator('.recharts-bar-rectangle path')).toHaveCount(4);
  await expect(network.benchmarkChart).toContainText('Netværket');
  // One period so far: the trend is a single point.
  await expect(network.trendChart.locator('.recharts-dot')).toHaveCount(1);
  await network.screenshot('network-benchmark');
  await saveReadmeScreenshot(page, 'network-benchmark', { scrollTo: page.getByRole('heading', { name: 'Sammenligning 2026' }) });

  await network.showLabels.check();
  await expect.poll(() => network.practiceColumns()).toEqual(['Lægehuset Nord', 'Lægerne Syd', 'Klinik Vest']);
  await expect(fileLabels).toHaveText(['Lægehuset Nord', 'Lægerne Syd', 'Klinik Vest']);
  await network.showLabels.uncheck();
  await expect.poll(() => network.practiceColumns()).toEqual(['A', 'B', 'C']);
  await expect(fileLabels).toHaveText(['A', 'B', 'C']);

  await network.importFiles([tamperedCopy(files[0]!), files[1]!]);
  await expect(network.refused).toContainText('aendret.json blev afvist: Filen er blevet ændret, efter den blev lavet');
  await expect(network.refused).toContainText('allerede indlæst');
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(3);
  await network.screenshot('network-refused');

  // Last year's summaries: with two practices the network's totals are withheld (one could subtract
  // itself and read the other), so the trend has no point for 2025 until a third practice is in.
  await network.importFiles(makePracticeSummaries([{ label: 'Lægehuset Nord', seed: 14 }, { label: 'Lægerne Syd', seed: 15 }], '2025-05-31'));
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(5);
  await expect(network.trendChart.locator('.recharts-dot')).toHaveCount(1);
  await network.importFiles(makePracticeSummaries([{ label: 'Klinik Vest', seed: 16 }], '2025-05-31'));
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(6);
  await expect(network.trendChart.locator('.recharts-dot')).toHaveCount(2);
  await network.indicatorSelect.selectOption('statin');
  await network.page.getByLabel('Periode').selectOption('2025');
  await expect(network.page.getByRole('heading', { name: 'Sammenligning 2025' })).toBeVisible();
  expect(await network.practiceColumns()).toEqual(['A', 'B', 'C']);
  await network.screenshot('network-trend');

  // Printed (the print dialog's "Gem som PDF"): the report without the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(network.filesTable).toBeHidden();
  await expect(network.benchmarkTable).toBeVisible();
  await network.screenshot('network-print');
  const pdf = await page.pdf({ format: 'A4', path: 'test-results/screenshots/network-report.pdf' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Udskriv siden med figurer' })).toBeVisible();

  const report = await network.saveReport();
  const book = XLSX.read(readFileSync(await report.path()), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['Om rapporten', 'Sammenligning 2025', 'Fordelinger 2025', 'Sammenligning 2026', 'Fordelinger 2026', 'Udvikling']);
  const reportPdf = await network.savePdf();
  expect(reportPdf.suggestedFilename()).toBe('tovholder-netvaerksrapport_netvaerket_2026-05-31.pdf');
  expect(readFileSync(await reportPdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await network.page.getByLabel('Periode').selectOption('2026');
  const feedback = await network.saveFeedback();
  expect(JSON.parse(readFileSync(await feedback.path(), 'utf8'))).toMatchObject({ kind: 'network', practices: 3, asOf: '2026-05-31' });
});

test('a practice file signed with another key than before is refused until the coordinator accepts the new key', async ({ page }) => {
  const network = new NetworkPage(page);
  await network.open();
  await network.importFiles(makePracticeSummaries([{ label: 'Klinik Nøgle', seed: 51 }], '2026-05-31'));
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(1);
  const [moved] = makePracticeSummaries([{ label: 'Klinik Nøgle', seed: 52 }], '2027-05-31', true);
  await network.importFiles([moved!]);
  await expect(network.refused).toContainText('Opgørelsen fra «Klinik Nøgle» er underskrevet med en anden nøgle end de tidligere.');
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(1);
  const accept = network.refused.getByRole('button', { name: 'Tag imod den nye nøgle for opgoerelse_52.json' });
  // Declining the question changes nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await accept.click();
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(1);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('hvis du har spurgt afsenderen');
    void dialog.accept();
  });
  await accept.click();
  await expect(network.refused).toBeHidden();
  await expect(network.filesTable.locator('tbody tr')).toHaveCount(2);
});

test('the dashboard draws each indicator with its target, the network beside it, and saves a chart as PNG', async ({ page }) => {
  // Charts and the PNG export must live within the app's Content-Security-Policy: no console errors.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await importCase200(page);
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.indicatorCharts.locator('svg.recharts-surface')).toHaveCount(12);
  await expect(dashboard.chart('eye_exam').locator('.recharts-line-dot, .recharts-dot')).toHaveCount(2);
  await expect(dashboard.chart('eye_exam').locator('.recharts-reference-line')).toHaveCount(1);
  await expect(dashboard.chart('hba1c').locator('.recharts-bar-rectangle')).toHaveCount(3);
  // The graded follow-up states: one stacked bar per check, a legend entry per state; case-200 has
  // every check's column, so "Ikke i udtrækket" is not drawn.
  await expect(dashboard.chart('follow-up').locator('.recharts-legend-item')).toHaveCount(5);
  await expect(dashboard.chart('follow-up')).toContainText('Aldrig registreret');
  await expect(dashboard.chart('follow-up')).not.toContainText('Ikke i udtrækket');

  const files = makePracticeSummaries([
    { label: 'Nord', seed: 21 },
    { label: 'Syd', seed: 22 },
    { label: 'Vest', seed: 23 },
  ]);
  // A practice's own summary is the coordinator's to import, not the dashboard's.
  await dashboard.feedbackInput.setInputFiles(files[0]!);
  await expect(dashboard.feedbackSection.getByRole('alert')).toContainText('ikke netværkets');
  await dashboard.feedbackInput.setInputFiles(makeNetworkSummary(files, 'TværSam'));
  await expect(dashboard.feedbackSection).toContainText('TværSam, 3 praksis, opgjort pr. 31-05-2026');
  await expect(dashboard.feedbackTable.locator('tbody tr')).toHaveCount(12);
  await expect(dashboard.chart('eye_exam').locator('.recharts-reference-line')).toHaveCount(2);
  await dashboard.screenshot('dashboard');
  await saveReadmeScreenshot(page, 'dashboard');

  const png = await dashboard.savePng('eye_exam');
  expect(png.suggestedFilename()).toBe('tovholder_eye_exam.png');
  await png.saveAs('test-results/screenshots/chart-eye-exam-png-export.png');
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(2000);
  expect(consoleErrors).toEqual([]);
});

test('the summary, dashboard and network screens pass axe (WCAG 2.1 AA)', async ({ page }) => {
  await importCase200(page);
  const summary = new SummaryPage(page);
  await summary.open();
  await summary.showPreview('Lægehuset');
  await page.getByText('Indstillinger: grænse for små tal og mål').click();
  expect(await violations(page)).toEqual([]);
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await dashboard.chart('eye_exam').locator('svg.recharts-surface').waitFor();
  expect(await violations(page)).toEqual([]);
  const network = new NetworkPage(page);
  await network.open();
  // Labels of their own: the dashboard test's Nord and Syd already released 31-05-2026 from their databases.
  await network.importFiles(makePracticeSummaries([{ label: 'Klinik Nord', seed: 31 }, { label: 'Klinik Syd', seed: 32 }]));
  await network.benchmarkChart.locator('svg.recharts-surface').waitFor();
  expect(await violations(page)).toEqual([]);
});
