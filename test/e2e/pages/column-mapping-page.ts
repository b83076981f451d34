import type { Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/**
 * Vælg kolonner: each of the file's columns with its first values and the field it is read as.
 * Every click and choice the user makes goes through here and is counted in `actions`, so a test
 * can hold the screen to "a handful of actions".
 */
export class ColumnMappingPage {
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;
  readonly problems: Locator;
  actions = 0;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Vælg kolonner' });
    this.importButton = page.getByRole('button', { name: 'Indlæs med disse kolonner' });
    this.cancelButton = page.getByRole('button', { name: 'Annullér' });
    this.problems = page.getByRole('alert');
  }

  /** The choice of field for one of the file's columns, named by its header. */
  fieldFor(header: string): Locator {
    return this.page.getByRole('combobox', { name: header, exact: true });
  }

  /** The row of one of the file's columns: header, first values and field. */
  row(header: string): Locator {
    return this.page.locator('.mapping-table tbody tr').filter({ has: this.fieldFor(header) });
  }

  /** The field chosen for a column, as its Danish label ("— bruges ikke —" for none). */
  async chosenField(header: string): Promise<string> {
    return this.fieldFor(header).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  }

  /** Reads a column as a field, the field given by its Danish label (e.g. "Fodterapeut", "— bruges ikke —"). */
  async choose(header: string, fieldLabel: string): Promise<void> {
    await this.fieldFor(header).selectOption({ label: fieldLabel });
    this.actions++;
  }

  async confirm(): Promise<void> {
    await this.importButton.click();
    this.actions++;
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
    this.actions++;
  }

  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await saveScreenshot(this.page, name, options);
  }
}
