import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

// Replacement CPR numbers (day + 60): never a real person's.
const anna = { cpr: '6105504013', name: 'Anna Andersen' };
const bent = { cpr: '6206504025', name: 'Bent Berg' };

function writeExtract(dir: string): string {
  const lines = [
    'Udtrukket: 20-11-2026',
    'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon',
    `${anna.cpr};${anna.name};LK;01-03-2025;01-10-2026;01-10-2026;20304050`,
    `${bent.cpr};${bent.name};LK;01-10-2026;01-10-2026;01-10-2026;21304050`,
  ];
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'udtraek_2026-11-20.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

test('two calls without an answer put the patient on Ikke nået with the next step; a home visit takes her off', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(writeExtract(testInfo.outputDir));
  await report.waitFor('udtraek_2026-11-20.csv');
  await worklist.open();
  await expect(worklist.page.getByTestId('count-not_reached')).toHaveText('0');
  await expect(worklist.page.getByTestId('count-no_booking')).toHaveText('1');
  // One extract only: the lists of what changed cannot be made, and say so rather than 0.
  await expect(worklist.page.getByTestId('change-count-new_in_register')).toHaveText('–');
  await worklist.changeListButton('new_in_register').click();
  await expect(worklist.changeList).toContainText('Listen kræver to udtræk. Der er kun ét.');

  await worklist.showList('annual_overdue');
  await worklist.setInitials('SP');
  await worklist.openPatient(anna.cpr);
  await worklist.recordContact(null, 'Intet svar');
  await expect(worklist.page.getByTestId('count-not_reached')).toHaveText('0');
  await worklist.recordContact(null, 'Intet svar');
  await expect(worklist.page.getByTestId('count-not_reached')).toHaveText('1');

  await worklist.showList('not_reached');
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await expect(worklist.notReachedNote(anna.cpr)).toHaveText(
    'Ikke nået (2 forsøg) Næste skridt: den faste sygeplejerske eller kontaktperson tager kontakt',
  );
  await expect(worklist.notReachedNote(anna.cpr)).toHaveAttribute('data-not-reached', 'named_contact');
  await saveScreenshot(page, 'not-reached');

  await worklist.recordContact(null, 'Hjemmebesøg');
  await expect(worklist.row(anna.cpr)).toHaveCount(0);
  await expect(worklist.rowCount).toHaveText('0 patienter på listen');
  await expect(worklist.page.getByTestId('count-not_reached')).toHaveText('0');
  await expect(worklist.panel.locator('.event-list li').first()).toContainText('Hjemmebesøg');
});
