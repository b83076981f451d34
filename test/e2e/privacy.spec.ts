import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { SettingsPage } from './pages/settings-page';

test('the privacy page says what is stored, where, and that nothing leaves the machine', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.privacySection).toContainText('Hvad forlader computeren: intet.');
  await expect(settings.privacySection).toContainText(host.dbPath);
  await settings.privacySection.scrollIntoViewIfNeeded();
  await settings.screenshot('settings-privacy');
});

test('"Slet alle data" needs the word SLET, then removes database, backups and logs and shows first run', async ({ page, host }) => {
  const home = new HomePage(page);
  const settings = new SettingsPage(page);
  await home.demoButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Demodata er indlæst' })).toBeVisible();
  await settings.open();
  await settings.createBackupButton.click();
  await expect(settings.backupRows).toHaveCount(1);
  const dir = dirname(host.dbPath);
  expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  expect(existsSync(join(dir, 'logs'))).toBe(true);

  await expect(settings.deleteAllButton).toBeDisabled();
  await settings.deleteWord.fill('slet');
  await expect(settings.deleteAllButton).toBeDisabled();
  await settings.deleteWord.fill('SLET');
  await settings.deleteAllButton.scrollIntoViewIfNeeded();
  await settings.screenshot('settings-delete-all');
  await settings.deleteAllButton.click();

  await expect(home.firstRunPanel).toBeVisible();
  await expect(page.getByText('Intet udtræk indlæst')).toBeVisible();
  expect(existsSync(join(dir, 'backups'))).toBe(false);
});

test('English can be chosen in Indstillinger', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Dansk' }).check();
  await expect(settings.heading).toBeVisible();
});

test('a request naming a patient is refused, and the log keeps the refusal without the patient', async ({ page, host }) => {
  // A channel name is the one free text a caller can send that the contract does not check: a
  // channel outside the contract is logged as `unknown`, never as sent. The log scan at the end of
  // the run fails if this CPR, name or phone number is written anywhere.
  const response = await page.request.post(`${host.origin}/api/${encodeURIComponent('Kirsten Christensen 0801362798 83637397')}`, {
    headers: { 'x-tovholder-token': host.token, 'content-type': 'application/json' },
    data: {},
  });
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  const logs = join(dirname(host.dbPath), 'logs');
  const text = readdirSync(logs).map((file) => readFileSync(join(logs, file), 'utf8')).join('');
  expect(text).toContain('"channel":"unknown","code":"unknown_channel"');
  for (const part of ['Kirsten', 'Christensen', '0801362798', '83637397']) expect(text).not.toContain(part);
});
