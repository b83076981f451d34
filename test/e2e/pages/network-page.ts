import type { Download, Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/** Netværk: the coordinator's imported summaries, benchmark table and charts. */
export class NetworkPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly fileInput: Locator;
  readonly filesTable: Locator;
  readonly benchmarkTable: Locator;
  readonly benchmarkChart: Locator;
  readonly trendChart: Locator;
  readonly refused: Locator;
  readonly showLabels: Locator;
  readonly indicatorSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Netværk' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Netværk' });
    this.fileInput = page.getByTestId('network-files');
    this.filesTable = page.getByTestId('network-files-table');
    this.benchmarkTable = page.getByTestId('benchmark-table');
    this.benchmarkChart = page.getByTestId('benchmark-chart');
    this.trendChart = page.getByTestId('network-trend-chart');
    this.refused = page.getByTestId('summary-import-refused');
    this.showLabels = page.getByLabel('Vis praksissernes navne');
    this.indicatorSelect = page.getByLabel('Indikator i figuren');
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.fileInput.setInputFiles(paths);
  }

  /** The practice columns of the benchmark table, between "Mål" and "Netværket". */
  async practiceColumns(): Promise<string[]> {
    const headers = await this.benchmarkTable.locator('thead th').allInnerTexts();
    return headers.slice(2, -2);
  }

  async saveReport(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gem netværksrapport (XLSX)' }).click();
    return download;
  }

  async savePdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gem netværksrapport (PDF)' }).click();
    return download;
  }

  async saveFeedback(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /^Gem netværksopgørelse \d{4} til praksis \(JSON\)$/ }).click();
    return download;
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
