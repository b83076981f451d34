import type { Download, Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

type Figure = 'rowsRead' | 'patientsImported' | 'patientsNew' | 'patientsChanged' | 'patientsAbsent' | 'rowsRejected' | 'warnings';

/** Indlæsningsrapport: what one import read, changed and refused. */
export class ImportReportPage {
  readonly heading: Locator;
  readonly extractDate: Locator;
  readonly fileName: Locator;
  readonly duplicateNote: Locator;
  readonly notCurrentNote: Locator;
  readonly rejectedRows: Locator;
  readonly warningRows: Locator;
  readonly showPatientsButton: Locator;
  readonly undoButton: Locator;
  /** What the extract has no column for, said once under the figures. */
  readonly absentColumns: Locator;
  readonly noteRows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Indlæsningsrapport' });
    this.extractDate = page.getByTestId('report-extract-date');
    this.fileName = page.getByTestId('report-file-name');
    this.duplicateNote = page.getByTestId('report-duplicate');
    this.notCurrentNote = page.getByTestId('report-not-current');
    this.rejectedRows = page.getByTestId('report-rejected-rows').locator('tbody tr');
    this.warningRows = page.getByTestId('report-warnings').locator('tbody tr');
    this.showPatientsButton = page.getByRole('button', { name: 'Se patienter med flag' });
    this.undoButton = page.getByRole('button', { name: 'Fortryd denne indlæsning' });
    this.absentColumns = page.getByTestId('absent-columns');
    this.noteRows = page.getByTestId('report-notes').locator('tbody tr');
  }

  async waitFor(fileName: string): Promise<void> {
    await this.heading.waitFor();
    await this.fileName.filter({ hasText: fileName }).waitFor();
  }

  async figure(figure: Figure): Promise<number> {
    const text = await this.page.getByTestId(`report-${figure}`).innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /** Clicks "Gem rapporten som XLSX" and returns the file the browser was handed. */
  async saveAsXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gem rapporten som XLSX' }).click();
    return download;
  }

  /** Clicks "Fortryd denne indlæsning" and accepts the confirmation. */
  async undo(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.undoButton.click();
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
