import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { WorklistPage } from './pages/worklist-page';

// The one end-to-end test on the host's real clock: the short path works on whatever day it runs.
test.use({ today: null });

test('on the real date: import a sample, open a worklist and record a contact dated today', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(join(samplesDir, 'case-201', 'udtraek_1_2025-11-30.csv'));
  await report.waitFor('udtraek_1_2025-11-30.csv');

  await worklist.open();
  await worklist.showList('all');
  const first = worklist.table.locator('tbody tr[data-cpr]').first();
  const cpr = (await first.getAttribute('data-cpr')) ?? '';
  expect(cpr).toMatch(/^\d{10}$/);
  await worklist.setInitials('SP');
  await worklist.openPatient(cpr);

  // The form's date is the host's today, and no later day can be chosen.
  const on = worklist.panel.locator('form.contact-form input[type="date"]').first();
  const today = await on.inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(on).toHaveAttribute('max', today);
  await expect(worklist.asOf.text).toContainText(`Opgjort pr. i dag, ${today.split('-').reverse().join('-')}`);

  await worklist.recordContact('Årskontrol', 'Indkaldelse sendt', { 'Hvordan?': 'SMS' });
  const event = worklist.panel.locator('.event-list li');
  await expect(event).toHaveCount(1);
  await expect(event.locator('.event-date')).toHaveText(today.split('-').reverse().join('-'));
  await expect(event).toContainText('Årskontrol: Indkaldt (SMS)');
});
