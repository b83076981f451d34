import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { saveScreenshot } from './pages/screenshots';

test('a file that is not an extract gives a Danish alert and changes nothing', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  await home.demoButton.click();
  await expect(home.firstRunPanel).toHaveCount(0);
  const before = await home.counts();

  // What a "report" saved from a web page looks like: HTML with an Excel name.
  const html = testInfo.outputPath('rapport.xls');
  writeFileSync(html, '<!doctype html><html><body><table><tr><td>CPR</td></tr></table></body></html>');
  await home.importFile(html);
  await expect(home.errorAlert).toContainText('Filen kunne ikke indlæses');
  await expect(home.errorAlert).toContainText('Tallene i oversigten er ikke ændret');
  expect((await home.errorAlert.innerText()).length).toBeGreaterThan(60);
  await saveScreenshot(page, 'non-extract-alert');
  await expect(home.heading).toBeVisible();
  expect(await home.counts()).toEqual(before);

  await home.errorAlert.getByRole('button', { name: 'Luk besked' }).click();
  await expect(home.errorAlert).toHaveCount(0);

  const empty = testInfo.outputPath('tom.csv');
  writeFileSync(empty, '');
  await home.importFile(empty);
  await expect(home.errorAlert).toContainText('Filen tom.csv er tom.');
  expect(await home.counts()).toEqual(before);
});
