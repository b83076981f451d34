import type { Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

export type FilterName = 'all' | 'annual_overdue' | 'eye_missing' | 'foot_missing';

export interface PatientRow {
  cpr: string;
  cprShown: string;
  flags: string[];
}

/** Patienter: the flagged patients, filtered by flag and searched by name or CPR. */
export class PatientsPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly search: Locator;
  readonly rowCount: Locator;
  readonly scrollRegion: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Patienter' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Patienter' });
    this.search = page.getByLabel('Søg på navn eller CPR-nr.');
    this.rowCount = page.getByTestId('row-count');
    this.scrollRegion = page.getByRole('region', { name: 'Patientliste' });
    this.table = page.getByRole('table', { name: 'Patienter med flag' });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  filterButton(filter: FilterName): Locator {
    return this.page.getByRole('group', { name: 'Vis patienter med' }).locator(`[data-filter="${filter}"]`);
  }

  async filterBy(filter: FilterName): Promise<void> {
    await this.filterButton(filter).click();
  }

  /**
   * Every row of the list. The table is virtual (only rows in view exist), so this scrolls it
   * from top to bottom and gathers the rows it sees on the way.
   */
  async allRows(): Promise<PatientRow[]> {
    await this.table.waitFor();
    const seen = new Map<string, PatientRow>();
    await this.scrollRegion.evaluate((el) => {
      el.scrollTop = 0;
    });
    for (;;) {
      await this.scrollRegion.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const rows = await this.scrollRegion.evaluate((el) =>
        Array.from(el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-cpr]')).map((tr) => ({
          cpr: tr.dataset.cpr ?? '',
          cprShown: tr.cells[0]?.textContent ?? '',
          flags: Array.from(tr.querySelectorAll<HTMLElement>('[data-flag]')).map((badge) => badge.dataset.flag ?? ''),
        })),
      );
      for (const row of rows) seen.set(row.cpr, row);
      const atEnd = await this.scrollRegion.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += Math.max(1, el.clientHeight - 60);
        return end;
      });
      if (atEnd) break;
    }
    return [...seen.values()];
  }

  async screenshot(name: string): Promise<void> {
    await this.scrollRegion.evaluate((el) => {
      el.scrollTop = 0;
    });
    await saveScreenshot(this.page, name);
  }
}
