import type { Locator, Page } from '@playwright/test';

/** The line above Oversigt and the worklists: the date they are computed on, the extract's date, and the switch between the two. */
export class AsOfLine {
  readonly text: Locator;
  readonly switchButton: Locator;
  readonly staleWarning: Locator;

  constructor(page: Page, testId: 'home-as-of' | 'worklist-as-of') {
    this.text = page.getByTestId(testId);
    this.switchButton = this.text.getByTestId('as-of-switch');
    this.staleWarning = page.getByTestId('stale-extract');
  }

  /** "Vis pr. udtrækkets dato" or "Vis pr. i dag", whichever the line offers. */
  async switchBasis(): Promise<void> {
    await this.switchButton.click();
  }
}
