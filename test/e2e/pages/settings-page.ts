import type { Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/** Indstillinger: backups and restore, retention, language, privacy, "Slet alle data". */
export class SettingsPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly backupRows: Locator;
  readonly createBackupButton: Locator;
  readonly confirmRestoreButton: Locator;
  readonly cancelRestoreButton: Locator;
  readonly deleteWord: Locator;
  readonly deleteAllButton: Locator;
  readonly privacySection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Indstillinger' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Indstillinger' });
    this.backupRows = page.getByTestId('backup-table').locator('tbody tr');
    this.createBackupButton = page.getByRole('button', { name: 'Tag sikkerhedskopi nu' });
    this.confirmRestoreButton = page.getByRole('button', { name: 'Ja, gendan' });
    this.cancelRestoreButton = page.getByRole('button', { name: 'Annullér' });
    this.deleteWord = page.getByLabel('Skriv SLET for at bekræfte');
    this.deleteAllButton = page.getByRole('button', { name: 'Slet alle data' });
    this.privacySection = page.getByRole('region', { name: 'Privatliv' });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  /** Clicks "Gendan" on the backup in the given row (0 = newest). */
  async askToRestore(row: number): Promise<void> {
    await this.backupRows.nth(row).getByRole('button', { name: /^Gendan sikkerhedskopien fra/ }).click();
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
