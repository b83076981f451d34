import type { Download, Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/** Opgørelse: the practice's summary for its network, previewed before it is saved. */
export class SummaryPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly label: Locator;
  readonly asOf: Locator;
  readonly previewButton: Locator;
  readonly preview: Locator;
  readonly population: Locator;
  readonly type1: Locator;
  readonly hiddenCells: Locator;
  readonly confirm: Locator;
  readonly saveJsonButton: Locator;
  readonly saveXlsxButton: Locator;
  readonly savedNotice: Locator;
  readonly rawJson: Locator;
  readonly releases: Locator;
  readonly releaseRows: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Opgørelse til netværket' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Opgørelse' });
    this.label = page.getByLabel('Praksissens navn i filen');
    this.asOf = page.getByLabel('Opgjort pr.');
    this.previewButton = page.getByRole('button', { name: 'Vis opgørelsen' });
    this.preview = page.getByTestId('summary-preview');
    this.population = page.getByTestId('summary-population');
    this.type1 = page.getByTestId('summary-type1');
    // Each hidden cell: `x`, with no mark saying why.
    this.hiddenCells = this.preview.locator('[data-hidden="true"]');
    this.confirm = page.getByLabel('Jeg har set indholdet, og det må sendes til netværket');
    this.saveJsonButton = page.getByRole('button', { name: 'Gem til netværket (JSON)' });
    this.saveXlsxButton = page.getByRole('button', { name: 'Gem til at læse (XLSX)' });
    this.savedNotice = page.getByTestId('summary-saved');
    this.rawJson = page.getByTestId('summary-json');
    this.releases = page.getByRole('region', { name: 'Sendte opgørelser' });
    this.releaseRows = this.releases.locator('tbody tr');
    this.error = page.getByRole('alert').filter({ hasText: 'Opgørelse til netværket' });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  async showPreview(label: string): Promise<void> {
    await this.label.fill(label);
    await this.previewButton.click();
    await this.preview.waitFor();
  }

  /** The cell text of one indicator's row: [name, count, share, target, met]. */
  /** The row's cells once it is on screen (`allInnerTexts` alone does not wait, and a fresh preview may still be coming). */
  async indicatorRow(id: string): Promise<string[]> {
    const row = this.page.getByTestId('summary-indicators').locator(`tr[data-indicator="${id}"]`);
    await row.waitFor();
    return row.locator('th, td').allInnerTexts();
  }

  async save(format: 'json' | 'xlsx'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await (format === 'json' ? this.saveJsonButton : this.saveXlsxButton).click();
    return download;
  }

  /** Opens "Indstillinger", sets the small-count threshold and saves. */
  async setThreshold(threshold: number): Promise<void> {
    await this.page.getByText('Indstillinger: grænse for små tal og mål').click();
    await this.page.getByLabel('Antal under denne grænse skjules').fill(String(threshold));
    await this.page.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await this.page.getByText('Indstillingerne er gemt.').waitFor();
  }

  /** The dates offered for "Opgjort pr.", as shown. */
  async asOfChoices(): Promise<string[]> {
    return this.asOf.locator('option').allInnerTexts();
  }

  /** One sent summary's cells: [as-of, policy, threshold, file, when, who, SHA-256 start]. */
  async releaseRow(index: number): Promise<string[]> {
    return this.releaseRows.nth(index).locator('td').allInnerTexts();
  }

  /** Opens "Indstillinger", chooses how counts are shown (the radio's Danish name) and saves. */
  async setPolicy(name: string): Promise<void> {
    await this.page.getByText('Indstillinger: grænse for små tal og mål').click();
    await this.page.getByRole('radio', { name }).check();
    await this.page.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await this.page.getByText('Indstillingerne er gemt.').waitFor();
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
