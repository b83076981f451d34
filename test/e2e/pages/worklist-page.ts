import type { Locator, Page } from '@playwright/test';
import type { ExtractChangeName } from '../../../shared/extract-changes';
import type { CheckKind } from '../../../shared/follow-up-states';
import type { WorklistName } from '../../../shared/worklists';
import { AsOfLine } from './as-of-line';
import { saveScreenshot } from './screenshots';

export type ListName = WorklistName;
export type ChangeListName = ExtractChangeName;

export interface WorklistRow {
  cpr: string;
  cprShown: string;
  flags: string[];
  /** The clinical-attention flags the row shows (on Klinisk opmærksomhed). */
  clinical: string[];
}

/** Arbejdslister: the recall lists with their filters, and the patient panel. */
export class WorklistPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly search: Locator;
  readonly rowCount: Locator;
  readonly scrollRegion: Locator;
  readonly table: Locator;
  readonly initials: Locator;
  readonly panel: Locator;
  readonly asOf: AsOfLine;
  /** What an empty list says instead of rows. */
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Arbejdslister' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Arbejdslister' });
    this.search = page.getByLabel('Søg på navn eller CPR-nr.');
    this.rowCount = page.getByTestId('row-count');
    this.scrollRegion = page.getByRole('region', { name: 'Patientliste' });
    this.table = this.scrollRegion.getByRole('table');
    this.initials = page.getByLabel('Dine initialer');
    this.panel = page.locator('aside.patient-panel');
    this.asOf = new AsOfLine(page, 'worklist-as-of');
    this.emptyState = page.locator('.empty-state');
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  listButton(list: ListName): Locator {
    return this.page.getByRole('group', { name: 'Arbejdslister' }).locator(`[data-list="${list}"]`);
  }

  async showList(list: ListName): Promise<void> {
    await this.listButton(list).click();
    await this.table.and(this.page.locator(`[data-list="${list}"]`)).or(this.page.locator('.empty-state')).waitFor();
  }

  /** A list of what changed between the two latest extracts, beside the other lists. */
  changeListButton(list: ChangeListName): Locator {
    return this.page.getByRole('group', { name: 'Ændret siden sidste udtræk' }).locator(`[data-change-list="${list}"]`);
  }

  /** The shown list of what changed between extracts. */
  get changeList(): Locator {
    return this.page.locator('section.extract-change-list');
  }

  /** The *Ikke nået* line of a row: how many tries, and the next step. */
  notReachedNote(cpr: string): Locator {
    return this.row(cpr).locator('[data-not-reached]');
  }

  async count(list: ListName): Promise<number> {
    const count = this.page.getByTestId(`count-${list}`).filter({ hasText: /\d/ });
    return Number((await count.innerText()).replace(/\D/g, ''));
  }

  /** The list's count as shown: "–" when the extract has no column for its check. */
  async countText(list: ListName): Promise<string> {
    // "…" while the counts load.
    return this.page.getByTestId(`count-${list}`).filter({ hasNotText: '…' }).innerText();
  }

  filter(label: string): Locator {
    return this.page.getByRole('region', { name: 'Filtre' }).getByLabel(label, { exact: true });
  }

  row(cpr: string): Locator {
    return this.table.locator(`tbody tr[data-cpr="${cpr}"]`);
  }

  async setInitials(initials: string): Promise<void> {
    await this.initials.fill(initials);
    await this.initials.press('Enter');
    await this.page.getByText('Initialer gemt.').waitFor();
  }

  /** Opens the patient panel from the row's name button. */
  async openPatient(cpr: string): Promise<void> {
    await this.row(cpr).getByRole('button').click();
    await this.panel.getByRole('heading', { level: 2 }).waitFor();
  }

  /** One check's line in the open panel; its `data-state` is the check's state. */
  panelCheck(check: CheckKind): Locator {
    return this.panel.locator(`[data-check="${check}"]`);
  }

  /** One value of the care plan in the open panel, by the field it is read from. */
  panelValue(field: 'gp' | 'phone' | 'hba1c' | 'hba1c_date' | 'hba1c_target' | 'bp_systolic' | 'ualb' | 'smoking' | 'statin'): Locator {
    return this.panel.locator(`.plan-values dd[data-field="${field}"]`);
  }

  /** The clinical-attention section of the open panel. */
  get panelClinical(): Locator {
    return this.panel.getByRole('region', { name: 'Klinisk opmærksomhed' });
  }

  /** The form's check boxes: which checks the contact covers. */
  get contactChecks(): Locator {
    return this.panel.locator('form.contact-form').getByRole('group', { name: 'Gælder' });
  }

  /**
   * Records a contact in the open panel: the checks it covers (exactly these are ticked; `null`
   * keeps the form's own choice), the action's label, then any extra fields by label.
   */
  async recordContact(checks: string | readonly string[] | null, action: string, fields: Record<string, string> = {}): Promise<void> {
    const form = this.panel.locator('form.contact-form');
    await form.getByLabel('Hvad skete der?').selectOption({ label: action });
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    if (checks !== null) {
      const wanted = typeof checks === 'string' ? [checks] : checks;
      for (const name of ['Årskontrol', 'Øjenundersøgelse', 'Fodundersøgelse']) {
        const box = this.contactChecks.getByLabel(name, { exact: true });
        if (await box.isEnabled()) await box.setChecked(wanted.includes(name));
      }
    }
    await form.getByRole('button', { name: 'Registrér' }).click();
    await form.getByText('Kontakten er registreret.').waitFor();
  }

  /**
   * Every row of the list. The table is virtual (only rows in view exist), so this scrolls it
   * from top to bottom and gathers the rows it sees on the way.
   */
  async allRows(): Promise<WorklistRow[]> {
    await this.table.waitFor();
    const seen = new Map<string, WorklistRow>();
    await this.scrollRegion.evaluate((el) => {
      el.scrollTop = 0;
    });
    for (;;) {
      await this.page.waitForFunction(() => document.querySelectorAll('tbody tr.loading-row').length === 0);
      const rows = await this.scrollRegion.evaluate((el) =>
        Array.from(el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-cpr]')).map((tr) => ({
          cpr: tr.dataset.cpr ?? '',
          cprShown: tr.cells[0]?.textContent ?? '',
          flags: Array.from(tr.querySelectorAll<HTMLElement>('[data-flag]')).map((badge) => badge.dataset.flag ?? ''),
          clinical: Array.from(tr.querySelectorAll<HTMLElement>('[data-clinical]')).map((item) => item.dataset.clinical ?? ''),
        })),
      );
      for (const row of rows) seen.set(row.cpr, row);
      const atEnd = await this.scrollRegion.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollTop += Math.max(1, el.clientHeight - 60);
        return end;
      });
      if (atEnd) break;
      await this.scrollRegion.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    return [...seen.values()];
  }

  async screenshot(name: string): Promise<void> {
    // An empty list has no table to scroll.
    if ((await this.scrollRegion.count()) > 0) {
      await this.scrollRegion.evaluate((el) => {
        el.scrollTop = 0;
      });
    }
    await saveScreenshot(this.page, name);
  }
}
