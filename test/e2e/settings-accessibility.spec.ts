import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { SettingsPage } from './pages/settings-page';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('Indstillinger passes axe, and a backup is taken and restored by keyboard alone', async ({ page }) => {
  const home = new HomePage(page);
  const settings = new SettingsPage(page);
  await home.demoButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Demodata er indlæst' })).toBeVisible();
  await settings.navButton.focus();
  await page.keyboard.press('Enter');
  await settings.heading.waitFor();
  expect(await violations(page)).toEqual([]);

  await settings.createBackupButton.focus();
  await page.keyboard.press('Enter');
  await expect(settings.backupRows).toHaveCount(1);
  const restore = settings.backupRows.first().getByRole('button');
  await restore.focus();
  await page.keyboard.press('Enter');
  // The confirmation takes focus, so Enter again confirms; nothing is done without it.
  await expect(settings.confirmRestoreButton).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'er gendannet' })).toBeVisible();

  await page.getByRole('radio', { name: 'English' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
