import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveReadmeScreenshot } from './pages/screenshots';
import { SettingsPage } from './pages/settings-page';

test('a backup is made before an import, and restoring it through Indstillinger brings back the previous state', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const settings = new SettingsPage(page);

  await home.importFile(join(samplesDir, 'case-201', 'udtraek_1_2025-11-30.csv'));
  await report.waitFor('udtraek_1_2025-11-30.csv');
  await home.open();
  const before = await home.counts();
  await expect(home.headerExtractDate).toContainText('30-11-2025');

  // The first import had nothing to back up; the second is preceded by a backup of the first.
  await settings.open();
  await expect(page.getByText('Der er ingen sikkerhedskopier endnu.')).toBeVisible();
  await home.open();
  await home.importFile(join(samplesDir, 'case-201', 'udtraek_2.txt'));
  await report.waitFor('udtraek_2.txt');
  await expect(home.headerExtractDate).not.toContainText('30-11-2025');
  const after = await home.headerExtractDate.innerText();

  await settings.open();
  await expect(settings.backupRows).toHaveCount(1);
  await expect(settings.backupRows.first()).toContainText('Før indlæsning');
  await settings.screenshot('settings-backups');

  await settings.askToRestore(0);
  await expect(settings.confirmRestoreButton).toBeFocused();
  await expect(page.getByText('Den nuværende database gemmes først')).toBeVisible();
  await settings.screenshot('backup-restore-confirm');
  await saveReadmeScreenshot(page, 'backups', { scrollTo: page.getByRole('heading', { name: 'Sikkerhedskopier' }) });
  await settings.confirmRestoreButton.click();

  await expect(page.getByRole('status').filter({ hasText: 'er gendannet' })).toBeVisible();
  // The state before the restore was itself backed up first.
  await expect(settings.backupRows).toHaveCount(2);
  await expect(settings.backupRows.first()).toContainText('Før gendannelse');
  await expect(home.headerExtractDate).toContainText('30-11-2025');
  await settings.screenshot('backup-restored');

  await home.open();
  expect(await home.counts()).toEqual(before);

  // And back again: restoring the safety backup returns the second import.
  await settings.open();
  await settings.askToRestore(0);
  await settings.confirmRestoreButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'er gendannet' })).toBeVisible();
  await expect(home.headerExtractDate).toHaveText(after);
});

test('a restore can be cancelled, and nothing changes', async ({ page }) => {
  const home = new HomePage(page);
  const settings = new SettingsPage(page);
  await home.demoButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Demodata er indlæst' })).toBeVisible();
  await settings.open();
  await settings.createBackupButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Sikkerhedskopien er taget.' })).toBeVisible();
  await expect(settings.backupRows).toHaveCount(1);
  await expect(settings.backupRows.first()).toContainText('Taget manuelt');
  await settings.askToRestore(0);
  await settings.cancelRestoreButton.click();
  await expect(settings.confirmRestoreButton).toHaveCount(0);
  await expect(settings.backupRows).toHaveCount(1);
});
