import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

test('the worklist renders only the rows in view and scrolls to the end by keyboard', async ({ page }) => {
  const home = new HomePage(page);
  const worklist = new WorklistPage(page);
  await home.demoButton.click();
  await expect(home.firstRunPanel).toHaveCount(0);
  const active = await home.count('active');

  await home.openCard('foot_missing');
  await expect(worklist.listButton('foot_missing')).toHaveAttribute('aria-pressed', 'true');
  const footMissing = await worklist.count('foot_missing');
  await expect(worklist.rowCount).toHaveText(`${footMissing} patienter på listen`);
  await worklist.showList('all');
  await expect(worklist.rowCount).toHaveText(`${active} patienter på listen`);
  await expect(worklist.table).toHaveAttribute('aria-rowcount', String(active + 1));
  const rendered = await worklist.table.locator('tbody tr[data-cpr]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(active);
  await saveScreenshot(page, 'demo-worklist');

  // The scrolling box is a Tab stop, so End reaches the last patient without a mouse.
  await worklist.scrollRegion.focus();
  await page.keyboard.press('End');
  await expect(worklist.table.locator(`tbody tr[aria-rowindex="${active + 1}"][data-cpr]`)).toBeVisible();
});
