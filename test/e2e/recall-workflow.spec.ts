import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveReadmeScreenshot, saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

// Replacement CPR numbers (day + 60): never a real person's.
const anna = { cpr: '6105504013', name: 'Anna Andersen' };
const bent = { cpr: '6206504025', name: 'Bent Berg' };
const carl = { cpr: '6307504037', name: 'Carl Carlsen' };

/** A small extract as XMO writes it; `annual` is each patient's last annual check (DD-MM-YYYY). */
function writeExtract(dir: string, extractDate: string, annual: Record<string, string>): string {
  const [year, month, day] = extractDate.split('-');
  const lines = [
    `Udtrukket: ${day}-${month}-${year}`,
    'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon',
    `${anna.cpr};${anna.name};LK;${annual[anna.cpr]};01-10-2026;01-10-2026;20304050`,
    `${bent.cpr};${bent.name};LK;${annual[bent.cpr]};01-10-2026;01-10-2026;21304050`,
    `${carl.cpr};${carl.name};MH;${annual[carl.cpr]};;01-10-2026;`,
  ];
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `udtraek_${extractDate}.csv`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

test('record an invitation and outcomes: the patient leaves and returns as the outcome says, and a newer extract closes the episode', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  const first = writeExtract(testInfo.outputDir, '2026-11-20', { [anna.cpr]: '01-03-2025', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2026' });
  await home.importFile(first);
  await report.waitFor('udtraek_2026-11-20.csv');

  await worklist.open();
  await expect(worklist.listButton('annual_overdue')).toHaveAttribute('aria-pressed', 'true');
  await expect(worklist.rowCount).toHaveText('2 patienter på listen');
  // Most overdue first: Bent's last check is the older one.
  await expect(worklist.table.locator('tbody tr[data-cpr]').first()).toHaveAttribute('data-cpr', bent.cpr);

  // Filter by GP and search by name and CPR.
  await worklist.showList('all');
  await worklist.filter('Læge').selectOption('MH');
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await expect(worklist.row(carl.cpr)).toBeVisible();
  await worklist.filter('Læge').selectOption({ label: 'Alle' });
  await worklist.search.fill('anna');
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await worklist.search.fill('620650-4025');
  await expect(worklist.row(bent.cpr)).toBeVisible();
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await worklist.search.fill('');
  await worklist.showList('annual_overdue');

  await worklist.setInitials('SP');
  await worklist.openPatient(anna.cpr);
  await expect(worklist.panel.locator('[data-check="annual"]')).toContainText('Overskredet');
  await worklist.recordContact('Årskontrol', 'Indkaldelse sendt', { 'Hvordan?': 'SMS' });
  await expect(worklist.row(anna.cpr)).toContainText('Indkaldt (1 indkaldelse)');
  await saveScreenshot(page, 'recall-panel-invited');
  await saveReadmeScreenshot(page, 'worklist');

  await worklist.recordContact('Årskontrol', 'Aftalt at komme (væk fra listen i 30 dage)');
  await expect(worklist.row(anna.cpr)).toHaveCount(0);
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await expect(worklist.panel.locator('.event-list li')).toHaveCount(2);

  // Undo brings Anna back to the list.
  await worklist.panel.locator('.event-list li').first().getByRole('button', { name: 'Fortryd' }).click();
  await expect(worklist.row(anna.cpr)).toBeVisible();
  await expect(worklist.panel.locator('.event-list li.undone')).toHaveCount(1);

  // Done, awaiting the next extract: off the list until that extract arrives.
  await worklist.recordContact('Årskontrol', 'Udført – afventer næste udtræk');
  await worklist.openPatient(bent.cpr);
  await worklist.recordContact('Årskontrol', 'Udført – afventer næste udtræk');
  await expect(worklist.rowCount).toHaveText('0 patienter på listen');
  await saveScreenshot(page, 'recall-list-after-outcomes');

  // The next extract shows Anna's annual check; Bent's is still missing, so he is back.
  const second = writeExtract(testInfo.outputDir, '2026-11-27', { [anna.cpr]: '24-11-2026', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2026' });
  await home.open();
  await home.importFile(second);
  await report.waitFor('udtraek_2026-11-27.csv');
  await worklist.open();
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await expect(worklist.row(bent.cpr)).toContainText('Udført ifølge praksis, men ikke i nyt udtræk');
  await worklist.showList('all');
  await worklist.openPatient(anna.cpr);
  await expect(worklist.panel.locator('[data-check="annual"]')).toHaveAttribute('data-state', 'ok');
  await expect(worklist.panel.locator('[data-check="annual"] [data-contact]')).toHaveCount(0);
  await expect(worklist.panel.locator('.history-table tbody tr')).toHaveCount(2);
  await saveScreenshot(page, 'recall-episode-closed');
});

test('a vulnerable patient is marked with a contact person and found by the filter', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(writeExtract(testInfo.outputDir, '2026-11-20', { [anna.cpr]: '01-03-2025', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2026' }));
  await report.waitFor('udtraek_2026-11-20.csv');
  await worklist.open();
  await worklist.setInitials('SP');
  await worklist.openPatient(bent.cpr);
  await worklist.panel.getByLabel('Har brug for en fast kontaktperson, hjemmebesøg eller screening samme dag').check();
  await worklist.panel.getByLabel('Kontaktpersonens initialer').fill('KM');
  await worklist.panel.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(worklist.row(bent.cpr)).toContainText('Sårbar – kontaktperson KM');
  await worklist.filter('Kun sårbare patienter').check();
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
});

test('the annual-check window is a setting, and the list follows it', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(writeExtract(testInfo.outputDir, '2026-11-20', { [anna.cpr]: '01-03-2025', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2026' }));
  await report.waitFor('udtraek_2026-11-20.csv');
  await worklist.open();
  await expect(worklist.rowCount).toHaveText('2 patienter på listen');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Indstillinger' }).click();
  const settings = page.getByRole('region', { name: 'Opfølgning og indkaldelse' });
  // A value out of range is refused in Danish, whatever the language of the browser.
  const annualMonths = settings.getByLabel('Årskontrol senest (måneder)');
  await annualMonths.fill('0');
  await settings.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect.poll(() => annualMonths.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('Skriv et tal fra 1 til 120.');
  await expect(settings.getByRole('status')).toHaveCount(0);
  await annualMonths.fill('24');
  await settings.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(settings.getByRole('status')).toHaveText('Indstillingerne er gemt.');
  await saveScreenshot(page, 'recall-settings');

  await home.open();
  await expect.poll(() => home.count('annual_overdue')).toBe(1);
  await worklist.open();
  await expect(worklist.rowCount).toHaveText('1 patient på listen');
  await expect(worklist.row(bent.cpr)).toBeVisible();
});

test('one invitation covers every flagged check, and "Flyttet" takes the patient off every list as one undoable event', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  // Carl's annual check is overdue and his eye exam never done: on two lists.
  await home.importFile(writeExtract(testInfo.outputDir, '2026-11-20', { [anna.cpr]: '01-03-2025', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2024' }));
  await report.waitFor('udtraek_2026-11-20.csv');
  await worklist.open();
  await worklist.setInitials('SP');
  await worklist.openPatient(carl.cpr);
  // The form ticks every flagged check by itself.
  await expect(worklist.contactChecks.getByLabel('Årskontrol', { exact: true })).toBeChecked();
  await expect(worklist.contactChecks.getByLabel('Øjenundersøgelse', { exact: true })).toBeChecked();
  await expect(worklist.contactChecks.getByLabel('Fodundersøgelse', { exact: true })).not.toBeChecked();
  await worklist.recordContact(null, 'Indkaldelse sendt', { 'Hvordan?': 'SMS' });
  await expect(worklist.panel.locator('.event-list li')).toHaveCount(1);
  await expect(worklist.panel.locator('.event-list li')).toContainText('Årskontrol, Øjenundersøgelse: Indkaldt (SMS)');
  await expect(worklist.panel.locator('[data-check="annual"] [data-contact]')).toContainText('1 indkaldelse');
  await expect(worklist.panel.locator('[data-check="eye"] [data-contact]')).toContainText('1 indkaldelse');

  await worklist.showList('eye_missing');
  await expect(worklist.row(carl.cpr)).toBeVisible();
  await worklist.recordContact('Øjenundersøgelse', 'Fjern fra listen', { 'Årsag': 'Flyttet' });
  await expect(worklist.panel.locator('.event-list li').first()).toContainText('Årskontrol, Øjenundersøgelse, Fodundersøgelse: Fjernet');
  await expect(worklist.row(carl.cpr)).toHaveCount(0);
  await worklist.showList('annual_overdue');
  await expect(worklist.row(carl.cpr)).toHaveCount(0);
  await expect(worklist.rowCount).toHaveText('2 patienter på listen');

  await worklist.panel.locator('.event-list li').first().getByRole('button', { name: 'Fortryd' }).click();
  await expect(worklist.row(carl.cpr)).toBeVisible();
  await worklist.showList('eye_missing');
  await expect(worklist.row(carl.cpr)).toBeVisible();
});

test('the Oversigt cards count what their lists hold, and follow a recorded contact without a reload', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  await home.importFile(writeExtract(testInfo.outputDir, '2026-11-20', { [anna.cpr]: '01-03-2025', [bent.cpr]: '01-10-2024', [carl.cpr]: '01-10-2026' }));
  await report.waitFor('udtraek_2026-11-20.csv');
  await home.open();
  expect(await home.count('annual_overdue')).toBe(2);
  // Anna and Bent are overdue for the annual check, Carl has no eye examination.
  expect(await home.count('any')).toBe(3);

  await worklist.open();
  await worklist.setInitials('SP');
  await worklist.openPatient(anna.cpr);
  await worklist.recordContact('Årskontrol', 'Aftalt at komme (væk fra listen i 30 dage)');
  await expect(worklist.rowCount).toHaveText('1 patient på listen');

  await home.open();
  await expect.poll(() => home.count('annual_overdue')).toBe(1);
  expect(await home.count('any')).toBe(2);
  await home.openCard('any');
  await expect(worklist.listButton('flagged')).toHaveAttribute('aria-pressed', 'true');
  await expect(worklist.rowCount).toHaveText('2 patienter på listen');
  expect(await worklist.count('flagged')).toBe(2);

  // Carl's eye examination was never registered: the panel says so once, beside the badge.
  await worklist.openPatient(carl.cpr);
  const eye = worklist.panel.locator('[data-check="eye"]');
  await expect(eye).toContainText('Aldrig registreret');
  expect((await eye.innerText()).match(/Aldrig registreret/g)).toHaveLength(1);
});
