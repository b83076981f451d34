import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { saveScreenshot } from './pages/screenshots';
import { WorklistPage } from './pages/worklist-page';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('every screen passes axe (WCAG 2.1 AA) and works from the keyboard', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const patients = new WorklistPage(page);

  expect(await violations(page)).toEqual([]);

  await home.importFile(join(samplesDir, 'case-200', 'udtraek_2.txt'));
  await report.waitFor('udtraek_2.txt');
  expect(await violations(page)).toEqual([]);

  await home.open();
  expect(await violations(page)).toEqual([]);

  // From the home screen, by keyboard alone: reach the eye card and open its list.
  const eyeCard = home.card('eye_missing');
  for (let i = 0; i < 20 && !(await eyeCard.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(eyeCard).toBeFocused();
  await page.keyboard.press('Enter');
  await patients.heading.waitFor();
  await expect(patients.listButton('eye_missing')).toHaveAttribute('aria-pressed', 'true');
  expect(await violations(page)).toEqual([]);

  await patients.search.fill('030234-1031');
  await expect(patients.rowCount).toHaveText('1 patient på listen');
  await expect(patients.table.locator('tbody tr[data-cpr]')).toHaveCount(1);

  // The patient panel opens from the keyboard and takes the focus to its heading.
  await patients.row('0302341031').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(patients.panel.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(patients.panel).toHaveCount(0);
  await expect(patients.row('0302341031').getByRole('button')).toBeFocused();

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Datakvalitet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Datakvalitet' }).waitFor();
  await page.getByTestId('quality-count').waitFor();
  expect(await violations(page)).toEqual([]);
  await saveScreenshot(page, 'data-quality');
});
