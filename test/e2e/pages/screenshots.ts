import type { Page } from '@playwright/test';

/**
 * Screenshots for a human to look at, kept together under test-results/screenshots: the full page,
 * or only the window when the page is a report of thousands of rows.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: options.fullPage ?? true });
}
