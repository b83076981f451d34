import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { repoRoot } from '../fixtures/paths';

/**
 * Screenshots for a human to look at, kept together under test-results/screenshots: the full page,
 * or only the window when the page is a report of thousands of rows.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: options.fullPage ?? true });
}

/** The screenshots the README shows (docs/screenshots/<name>.png); each is retaken by one spec on every run. */
export const readmeShots = [
  'home',
  'worklist',
  'import-progress',
  'column-mapping',
  'summary-preview',
  'network-benchmark',
  'dashboard',
  'backups',
  'import-report',
] as const;
export type ReadmeShot = (typeof readmeShots)[number];

/** A common small laptop screen: what the README promises the app looks like on one. */
export const readmeViewport = { width: 1366, height: 768 } as const;

export const readmeShotsDir = join(repoRoot, 'docs/screenshots');

/**
 * One of the README's pictures: the window only, at 1366×768, whatever size the test runs at
 * (restored afterwards). `scrollTo` puts the part the picture is about at the top of the window.
 */
export async function saveReadmeScreenshot(page: Page, name: ReadmeShot, options: { scrollTo?: Locator } = {}): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(readmeViewport);
  try {
    // The pointer off the page: a hovered card or tab is not what the screen looks like.
    await page.mouse.move(0, 0);
    // The part the picture is about at the top of the window, a little room above it.
    if (options.scrollTo) await options.scrollTo.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 16));
    // Two frames: the layout and the virtual table have followed the new size.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(readmeShotsDir, `${name}.png`), fullPage: false, animations: 'disabled', caret: 'hide' });
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
