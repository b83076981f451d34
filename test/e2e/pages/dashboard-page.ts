import type { Download, Locator, Page } from '@playwright/test';
import { saveScreenshot } from './screenshots';

/** Udvikling: the practice's indicators over its extracts, and the network's figures beside them. */
export class DashboardPage {
  readonly heading: Locator;
  readonly navButton: Locator;
  readonly indicatorCharts: Locator;
  readonly feedbackInput: Locator;
  readonly feedbackTable: Locator;
  readonly feedbackSection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Udvikling' });
    this.navButton = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Udvikling' });
    this.indicatorCharts = page.getByTestId('indicator-charts');
    this.feedbackInput = page.getByTestId('feedback-file');
    this.feedbackTable = page.getByTestId('feedback-table');
    this.feedbackSection = page.getByTestId('dashboard-feedback');
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.heading.waitFor();
  }

  chart(id: string): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  /** Clicks a chart's "Gem som PNG" and returns the file the browser was handed. */
  async savePng(id: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.chart(id).getByRole('button', { name: 'Gem som PNG' }).click();
    return download;
  }

  async screenshot(name: string): Promise<void> {
    await saveScreenshot(this.page, name);
  }
}
