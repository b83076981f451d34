import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { saveScreenshot } from './pages/screenshots';

test('the language switch turns the app English and back, and is remembered', async ({ page }) => {
  const home = new HomePage(page);
  await home.demoButton.click();
  await expect(home.firstRunPanel).toHaveCount(0);

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(home.card('annual_overdue')).toContainText('Annual check overdue');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status')).toHaveText('Demo data loaded: 300 patients.');
  await saveScreenshot(page, 'english-home');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('button', { name: 'På dansk' }).click();
  await expect(home.heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});
