import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { RecallExportPanel } from './pages/recall-export-panel';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

/** Replacement CPR numbers (day + 60): never a real person's. Carl has no phone number. */
function writeExtract(dir: string): string {
  const lines = [
    'Udtrukket: 20-11-2026',
    'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon',
    '6105504013;Anna Andersen;LK;01-03-2025;01-10-2026;01-10-2026;20304050',
    '6206504025;Bent Berg;LK;01-10-2024;01-01-2024;01-01-2024;21304050',
    '6307504037;Carl Carlsen;MH;;01-10-2026;01-10-2026;',
    '6408504049;Dorte Dam;MH;01-10-2026;01-10-2026;01-10-2026;22304050',
  ];
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'udtraek_2026-11-20.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

const anna = '6105504013';
const bent = '6206504025';
const carl = '6307504037';

test('an SMS list saved, its invitations recorded in one step, copied for XMO, and the whole mailing undone', async ({ page }, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await new HomePage(page).importFile(writeExtract(testInfo.outputDir));
  await new ImportReportPage(page).waitFor('udtraek_2026-11-20.csv');
  const worklist = new WorklistPage(page);
  await worklist.open();
  await worklist.setInitials('SP');
  await expect(worklist.rowCount).toHaveText('3 patienter på listen');

  const exporter = new RecallExportPanel(page);
  await exporter.open();
  await exporter.format.selectOption('sms');
  await exporter.setPracticeDetails('Lægerne i Sydhavnen', '33 12 34 56');
  const sms = await exporter.save('sms');
  const lines = readFileSync(await sms.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['21304050', '20304050']);

  // Carl is not in the file, so not invited: named, with why.
  await expect(exporter.mailingOffer).toContainText('for hver af de 2 patienter i filen');
  await expect(exporter.mailingOffer).toContainText('Carl Carlsen (630750): får ingen SMS (intet brugbart telefonnummer)');
  await exporter.recordButton.click();
  await expect(exporter.recorded).toContainText('Registreret: 2 indkaldelser pr. SMS af SP.');
  await saveScreenshot(page, 'mailing-recorded');

  // The list behind shows them invited at once; Carl stays as he was.
  await expect(worklist.row(anna).locator('[data-contact="invited"]')).toBeVisible();
  await expect(worklist.row(bent).locator('[data-contact="invited"]')).toBeVisible();
  await expect(worklist.row(carl).locator('[data-contact="none"]')).toBeVisible();

  // One invitation for Bent's three checks, with the line for his record in XMO one click away.
  await worklist.openPatient(bent);
  for (const check of ['annual', 'eye', 'foot'] as const) await expect(worklist.panelCheck(check).locator('[data-contact="invited"]')).toBeVisible();
  const event = worklist.panel.locator('.event-list li.event');
  await expect(event).toHaveCount(1);
  await expect(event).toContainText('Årskontrol, Øjenundersøgelse, Fodundersøgelse: Indkaldt (SMS)');
  await event.getByTestId('copy-journal-line').click();
  await expect(event.getByRole('status')).toHaveText('Kopieret');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Indkaldt til årskontrol, øjen- og fodundersøgelse pr. SMS 23-11-2026 /SP');
  await worklist.panel.getByRole('button', { name: 'Luk' }).click();

  await exporter.undoButton.click();
  await expect(exporter.undone).toHaveText('Udsendelsen er fortrudt: 2 indkaldelser er taget tilbage.');
  await expect(worklist.row(anna).locator('[data-contact="none"]')).toBeVisible();
  await expect(worklist.row(bent).locator('[data-contact="none"]')).toBeVisible();
  await worklist.openPatient(bent);
  await expect(worklist.panel.locator('.event-list li.event.undone')).toHaveCount(1);
});
