import type { Locator, Page } from '@playwright/test';
import type { MissingField } from '../../../shared/data-quality';
import { saveScreenshot } from './screenshots';

/** Datakvalitet: the values missing from the care plans, and the columns the extract has none of. */
export class DataQualityPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  /** The one sentence naming the values the extract has no column for. */
  readonly absentColumns: Locator;
  readonly missingTable: Locator;
  readonly patientFilter: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Datakvalitet' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Datakvalitet' });
    this.absentColumns = page.getByTestId('absent-columns');
    this.missingTable = page.getByRole('region', { name: 'Manglende værdier', exact: true }).getByRole('table');
    this.patientFilter = page.getByLabel('Vis patienter, der mangler');
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
    await this.missingTable.waitFor();
  }

  /** The row of "Manglende værdier" counting one value. */
  missingRow(field: MissingField): Locator {
    return this.missingTable.locator(`tbody tr[data-field="${field}"]`);
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
