import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { PatientsPage } from './pages/patients-page';
import { saveScreenshot } from './pages/screenshots';

test('the patient list renders only the rows in view and scrolls to the end by keyboard', async ({ page }) => {
  const home = new HomePage(page);
  const patients = new PatientsPage(page);
  await home.demoButton.click();
  await expect(home.firstRunPanel).toHaveCount(0);
  const flagged = await home.count('any');
  const footMissing = await home.count('foot_missing');

  await home.openCard('foot_missing');
  await expect(patients.filterButton('foot_missing')).toHaveAttribute('aria-pressed', 'true');
  await expect(patients.rowCount).toHaveText(`Viser ${footMissing} af ${footMissing} patienter`);
  await patients.filterBy('all');
  await expect(patients.rowCount).toHaveText(`Viser ${flagged} af ${flagged} patienter`);
  await expect(patients.table).toHaveAttribute('aria-rowcount', String(flagged + 1));
  const rendered = await patients.table.locator('tbody tr[data-cpr]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(flagged);
  await saveScreenshot(page, 'demo-patients');

  // The scrolling box is a Tab stop, so End reaches the last patient without a mouse.
  await patients.scrollRegion.focus();
  await page.keyboard.press('End');
  await expect(patients.table.locator(`tbody tr[aria-rowindex="${flagged + 1}"]`)).toBeVisible();
});
