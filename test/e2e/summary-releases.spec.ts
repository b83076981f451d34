import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { SummaryPage } from './pages/summary-page';

const exact = 'Skjul små antal, vis resten præcist';
const rounded = 'Skjul små antal, afrund resten til nærmeste 5';

test('the as-of date is chosen among the extracts, every saved file is listed, and a different release of a date already sent is refused', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  for (const file of ['udtraek_1_2025-11-30.txt', 'udtraek_2.txt']) {
    await home.open();
    await home.importFile(join(samplesDir, 'case-200', file));
    await report.waitFor(file);
  }
  const summary = new SummaryPage(page);
  await summary.open();

  // No free date: the two extracts' dates, the current one chosen.
  expect(await summary.asOf.evaluate((element) => element.tagName)).toBe('SELECT');
  expect(await summary.asOfChoices()).toEqual(['31-05-2026', '30-11-2025']);
  await expect(summary.asOf).toHaveValue('2026-05-31');
  await expect(summary.releases).toContainText('Der er ikke gemt nogen opgørelse endnu.');

  await summary.asOf.selectOption('2025-11-30');
  await summary.showPreview('Lægehuset Testpraksis');
  expect(JSON.parse((await summary.rawJson.textContent()) ?? '{}')).toMatchObject({ asOf: '2025-11-30' });
  await summary.confirm.check();
  const json = await summary.save('json');
  expect(json.suggestedFilename()).toBe('tovholder-opgoerelse_laegehuset-testpraksis_2025-11-30.json');
  // The file's SHA-256 is in the audit log, not on screen (a nurse has no use for it).
  await expect(summary.releaseRows).toHaveCount(1);
  const [asOf, policy, threshold, format, when, who, ...rest] = await summary.releaseRow(0);
  expect([asOf, policy, threshold, format, who, ...rest]).toEqual(['30-11-2025', exact, '5', 'JSON', 'browser']);
  expect(when).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);

  // Rounded counts for a date already sent exactly: two tables of one extract, refused, nothing saved.
  await summary.setPolicy(rounded);
  await expect(summary.preview).toBeHidden();
  await summary.previewButton.click();
  await summary.preview.waitFor();
  await summary.confirm.check();
  await summary.saveJsonButton.click();
  await expect(summary.error).toContainText('Opgørelsen pr. 30-11-2025 er allerede sendt med grænsen 5 og metoden »Skjul små antal, vis resten præcist«');
  await expect(summary.savedNotice).toBeHidden();
  await expect(summary.releaseRows).toHaveCount(1);

  // The other extract's date is a new release, and may use the other policy.
  await summary.asOf.selectOption('2026-05-31');
  await summary.previewButton.click();
  await summary.preview.waitFor();
  await summary.confirm.check();
  await summary.save('json');
  await expect(summary.releaseRows).toHaveCount(2);
  expect((await summary.releaseRow(0)).slice(0, 4)).toEqual(['31-05-2026', rounded, '5', 'JSON']);
  expect((await summary.releaseRow(1)).slice(0, 2)).toEqual(['30-11-2025', exact]);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
