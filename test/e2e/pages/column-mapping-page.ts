import type { Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/** Vælg kolonner: the file's headers beside the fields, when Tovholder does not know them. */
export class ColumnMappingPage {
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Vælg kolonner' });
    this.importButton = page.getByRole('button', { name: 'Indlæs med disse kolonner' });
    this.cancelButton = page.getByRole('button', { name: 'Annullér' });
    this.problems = page.getByRole('alert');
  }

  /** Picks the file's header for a field, the field named by the start of its Danish label (e.g. "CPR-nr."). */
  async choose(label: string, header: string): Promise<void> {
    await this.page.getByRole('combobox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).selectOption(header);
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
