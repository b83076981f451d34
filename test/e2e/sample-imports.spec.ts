import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { samplesDir } from './fixtures/paths';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { SettingsPage } from './pages/settings-page';
import { WorklistPage } from './pages/worklist-page';

interface Expected {
  files: { path: string; extract_date: string; rejected_rows: number }[];
  as_of: string;
  expected_flags: Record<string, string[]>;
  patients_active_not_hospital: number;
}


function danishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

for (const name of ['case-200', 'case-201', 'case-202']) {
  test(`${name}: both files imported through the file picker give the expected report and flags`, async ({ page }) => {
    const expected = JSON.parse(readFileSync(join(samplesDir, name, 'expected.json'), 'utf8')) as Expected;
    const home = new HomePage(page);
    const report = new ImportReportPage(page);
    const patients = new WorklistPage(page);
    const settings = new SettingsPage(page);

    for (const [index, file] of expected.files.entries()) {
      await home.open();
      await home.importFile(join(samplesDir, name, file.path));
      await report.waitFor(file.path);
      await expect(report.extractDate).toHaveText(danishDate(file.extract_date));
      expect(await report.figure('rowsRejected')).toBe(file.rejected_rows);
      await expect(report.rejectedRows).toHaveCount(file.rejected_rows);
      await expect(report.duplicateNote).toHaveCount(0);
      await expect(report.notCurrentNote).toHaveCount(0);
      await report.screenshot(`${name}-report-${index + 1}`);
    }

    // The expected flags are the rules' alone; the lists (and so the cards) leave new patients
    // alone for three months. Turned off in Indstillinger, the cards follow without a reload.
    await settings.open();
    const recallSettings = page.getByRole('region', { name: 'Opfølgning og indkaldelse' });
    await recallSettings.getByLabel('Nye patienter kaldes ikke ind de første (måneder)').fill('0');
    await recallSettings.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect(recallSettings.getByText('Indstillingerne er gemt.')).toBeVisible();

    // As of the second extract's date (the header's date), which the expected flags are counted on; the app opens as of today.
    const lastDate = danishDate(expected.as_of);
    await home.open();
    await expect(home.headerExtractDate).toContainText(lastDate);
    await home.asOf.switchBasis();
    await expect(home.asOf.text).toContainText(`Opgjort pr. udtrækkets dato, ${lastDate}.`);
    const flagsOf = (flag: string) => Object.values(expected.expected_flags).filter((flags) => flags.includes(flag)).length;
    await expect.poll(() => home.counts()).toEqual({
      annual_overdue: flagsOf('annual_overdue'),
      eye_missing: flagsOf('eye_missing'),
      foot_missing: flagsOf('foot_missing'),
      any: Object.keys(expected.expected_flags).length,
      active: expected.patients_active_not_hospital,
    });
    await home.screenshot(`${name}-home`);

    // "med flag" opens the list of exactly the patients it counts.
    await home.openCard('any');
    await patients.heading.waitFor();
    await expect(patients.listButton('flagged')).toHaveAttribute('aria-pressed', 'true');
    await expect(patients.rowCount).toHaveText(`${Object.keys(expected.expected_flags).length} patienter på listen`);
    await patients.showList('all');
    await expect(page.getByTestId('worklist-as-of')).toContainText(lastDate);
    // Alle holds every active patient; each row shows which checks raise a flag.
    const total = expected.patients_active_not_hospital;
    await expect(patients.rowCount).toHaveText(`${total} patienter på listen`);
    const rows = await patients.allRows();
    expect(rows).toHaveLength(total);
    const actual = Object.fromEntries(rows.filter((row) => row.flags.length > 0).map((row) => [row.cpr, [...row.flags].sort()]));
    const wanted = Object.fromEntries(Object.entries(expected.expected_flags).map(([cpr, flags]) => [cpr, [...flags].sort()]));
    expect(actual).toEqual(wanted);
    for (const row of rows) expect(row.cprShown).toBe(`${row.cpr.slice(0, 6)}-${row.cpr.slice(6)}`);
    await patients.screenshot(`${name}-patients`);
  });
}

test('re-importing the same file says nothing changed; an older file is kept as history', async ({ page }) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const first = join(samplesDir, 'case-200', 'udtraek_1_2025-11-30.txt');
  const second = join(samplesDir, 'case-200', 'udtraek_2.txt');

  await home.importFile(second);
  await report.waitFor('udtraek_2.txt');
  await home.open();
  await home.importFile(second);
  await expect(report.duplicateNote).toHaveText('Filen er allerede indlæst – intet er ændret.');

  await home.open();
  await home.importFile(first);
  await report.waitFor('udtraek_1_2025-11-30.txt');
  await expect(report.notCurrentNote).toContainText('ældre end det nyeste udtræk (31-05-2026)');
  await expect(home.headerExtractDate).toContainText('31-05-2026');
});
