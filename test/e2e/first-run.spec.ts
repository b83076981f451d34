import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { saveReadmeScreenshot, saveScreenshot } from './pages/screenshots';

test('an empty database offers demo data, and one click gives a working overview', async ({ page }) => {
  const home = new HomePage(page);
  await expect(home.firstRunPanel).toBeVisible();
  await expect(page.getByText('Intet udtræk indlæst')).toBeVisible();
  await saveScreenshot(page, 'first-run');

  await home.demoButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Demodata er indlæst' })).toBeVisible();
  await expect(home.firstRunPanel).toHaveCount(0);
  const counts = await home.counts();
  expect(counts.active).toBeGreaterThan(0);
  expect(counts.any).toBeGreaterThan(0);
  expect(counts.any).toBeLessThanOrEqual(counts.active);
  await expect(home.headerExtractDate).toContainText(/\d{2}-\d{2}-\d{4}/);
  await saveScreenshot(page, 'demo-home');
  await saveReadmeScreenshot(page, 'home');
});
