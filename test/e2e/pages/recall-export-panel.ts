import type { Download, Locator, Page } from '@playwright/test';

/** "Gem listen, indkaldelser eller SMS …" under a worklist: the file, and the offer to record its invitations. */
export class RecallExportPanel {
  readonly region: Locator;
  readonly format: Locator;
  readonly saved: Locator;
  readonly mailingOffer: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Gem eller udskriv listen' });
    this.format = this.region.getByTestId('export-format');
    this.saved = this.region.getByTestId('export-saved');
    this.mailingOffer = this.region.getByTestId('mailing-offer');
  }

  async open(): Promise<void> {
    await this.page.getByText('Gem listen, indkaldelser eller SMS …').click();
    await this.region.waitFor();
  }

  async setPracticeDetails(name: string, phone: string): Promise<void> {
    await this.region.getByText('Ret skabeloner, praksis’ navn og telefonnummer').click();
    await this.region.getByLabel('Praksis’ navn').fill(name);
    await this.region.getByLabel('Praksis’ telefonnummer').fill(phone);
    await this.region.getByRole('button', { name: 'Gem indstillinger' }).click();
    await this.region.getByText('Indstillingerne er gemt.').waitFor();
  }

  /** Saves the list in the chosen format and returns the download. */
  async save(format: 'xlsx' | 'csv' | 'pdf' | 'letters' | 'sms'): Promise<Download> {
    await this.format.selectOption(format);
    const download = this.page.waitForEvent('download');
    await this.region.getByTestId('export-save').click();
    const file = await download;
    await this.saved.waitFor();
    return file;
  }

  get recordButton(): Locator {
    return this.mailingOffer.getByTestId('mailing-record');
  }

  get recorded(): Locator {
    return this.mailingOffer.getByTestId('mailing-recorded');
  }

  get undoButton(): Locator {
    return this.mailingOffer.getByTestId('mailing-undo');
  }

  get undone(): Locator {
    return this.mailingOffer.getByTestId('mailing-undone');
  }
}
