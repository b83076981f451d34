import AxeBuilder from '@axe-core/playwright';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { openAppContext } from '../../core/app-context';
import { createBackup } from '../../core/services/backup-service';
import { importExtract } from '../../core/services/import-service';
import { demoExtractFile } from '../../shared/demo/demo-extract';
import { expect, test } from './fixtures/browser-host';
import { HomePage } from './pages/home-page';
import { saveScreenshot } from './pages/screenshots';

/** A practice database with a backup, then damaged on disk: every page after the first two overwritten. */
async function damagedWithBackup(dbPath: string): Promise<void> {
  const ctx = openAppContext(dbPath, { actor: 'test', now: () => new Date('2026-11-23T09:00:00Z') });
  importExtract(ctx, demoExtractFile({ seed: 3, patients: 200, extractDate: '2026-10-01' }));
  await createBackup(ctx, 'manual', 10);
  ctx.db.close();
  const size = statSync(dbPath).size;
  writeFileSync(dbPath, Buffer.concat([readFileSync(dbPath).subarray(0, 8192), Buffer.alloc(size - 8192, 0x5a)]));
}

test.use({ seedDatabase: { seed: damagedWithBackup } });

test('a damaged database is refused at start with a Danish message, and the latest good backup brings the data back', async ({ page }) => {
  const home = new HomePage(page);
  const heading = page.getByRole('heading', { level: 1, name: 'Databasen er beskadiget' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Den seneste gode sikkerhedskopi er fra')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
  await saveScreenshot(page, 'damaged-database');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: /^Gendan sikkerhedskopien fra/ }).click();
  await expect(home.heading).toBeVisible();
  await expect(home.headerExtractDate).toContainText('01-10-2026');
  expect(await home.count('active')).toBeGreaterThan(0);
});
