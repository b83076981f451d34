import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { FollowUpFlag } from '../../../shared/follow-up-rules';
import { AsOfLine } from './as-of-line';
import { saveScreenshot } from './screenshots';

export type CountCard = FollowUpFlag | 'any' | 'active';

/** Oversigt: the count cards, the first-run offer and the import area. */
export class HomePage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly fileInput: Locator;
  readonly chooseFileButton: Locator;
  readonly dropZone: Locator;
  readonly demoButton: Locator;
  readonly firstRunPanel: Locator;
  readonly errorAlert: Locator;
  readonly headerExtractDate: Locator;
  readonly importProgress: Locator;
  readonly progressBar: Locator;
  readonly progressLabel: Locator;
  readonly cancelImportButton: Locator;
  readonly notice: Locator;
  readonly asOf: AsOfLine;
  /** The panel that holds back a file that looks unlike the practice's extract. */
  readonly confirmation: Locator;
  readonly confirmImportButton: Locator;
  readonly cancelConfirmationButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Oversigt' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Oversigt' });
    this.fileInput = page.getByTestId('file-input');
    this.chooseFileButton = page.getByRole('button', { name: 'Vælg fil …' });
    this.dropZone = page.getByTestId('drop-zone');
    this.demoButton = page.getByRole('button', { name: 'Indlæs demodata' });
    this.firstRunPanel = page.getByRole('region', { name: 'Velkommen til Tovholder' });
    this.errorAlert = page.getByRole('alert');
    this.headerExtractDate = page.getByTestId('header-extract-date');
    this.importProgress = page.getByTestId('import-progress');
    this.progressBar = this.importProgress.getByRole('progressbar', { name: 'Indlæsningens fremskridt' });
    this.progressLabel = page.getByTestId('import-progress-label');
    this.cancelImportButton = this.importProgress.getByRole('button', { name: 'Annullér' });
    this.notice = page.locator('.notice-success');
    this.asOf = new AsOfLine(page, 'home-as-of');
    this.confirmation = page.getByRole('alertdialog');
    this.confirmImportButton = this.confirmation.getByRole('button', { name: 'Indlæs alligevel' });
    this.cancelConfirmationButton = this.confirmation.getByRole('button', { name: 'Annullér – indlæs ikke' });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  /** Picks a file through the file picker, as a user clicking "Vælg fil …" would. */
  async importFile(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }

  /** Drops a file on the drop zone: a DataTransfer built in the page from the file's bytes. */
  async dropFile(path: string): Promise<void> {
    const bytes = [...readFileSync(path)];
    const name = basename(path);
    await this.dropZone.evaluate(
      (zone, file) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { bytes, name },
    );
  }

  card(card: CountCard): Locator {
    return this.page.getByTestId(`card-${card}`);
  }

  async count(card: CountCard): Promise<number> {
    const text = await this.page.getByTestId(`card-${card}-count`).innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /** The card's number as shown: "–" when the extract has no column for its check. */
  async countText(card: CountCard): Promise<string> {
    return this.page.getByTestId(`card-${card}-count`).innerText();
  }

  async counts(): Promise<Record<CountCard, number>> {
    return {
      annual_overdue: await this.count('annual_overdue'),
      eye_missing: await this.count('eye_missing'),
      foot_missing: await this.count('foot_missing'),
      any: await this.count('any'),
      active: await this.count('active'),
    };
  }

  async openCard(card: FollowUpFlag | 'any'): Promise<void> {
    await this.card(card).click();
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
