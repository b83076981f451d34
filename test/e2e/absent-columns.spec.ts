import type { ClinicalFlag } from '../../shared/clinical-attention';
import type { MissingField } from '../../shared/data-quality';
import type { CheckKind } from '../../shared/follow-up-states';
import type { IndicatorId } from '../../shared/summary/indicator-definitions';
import { expect, test } from './fixtures/browser-host';
import { syntheticPatients, writeExtract, type ExtractHeader } from './fixtures/synthetic-extract';
import { DataQualityPage } from './pages/data-quality-page';
import { HomePage } from './pages/home-page';
import { ImportReportPage } from './pages/import-report-page';
import { SummaryPage } from './pages/summary-page';
import { WorklistPage, type ListName } from './pages/worklist-page';

const patients = syntheticPatients();
// Behind in everything: on every list and under every rule while the extract has the column.
const behind = patients[1]!['CPR-nr.'].replace('-', '');
const unavailable = 'Kan ikke opgøres: ikke i udtrækket';

interface CheckColumn {
  kind: 'check';
  check: CheckKind;
  /** The check as the sentences name it. */
  checkName: string;
  list: ListName & ('annual_overdue' | 'eye_missing' | 'foot_missing');
}

interface ValueColumn {
  kind: 'value';
  field: 'hba1c_date' | 'ualb' | 'smoking' | 'statin';
  /** The clinical rule that needs the column. */
  rule: ClinicalFlag;
  ruleText: string;
}

type Absent = (CheckColumn | ValueColumn) & {
  header: ExtractHeader;
  /** The column as the app names it (the field's name under "Vælg kolonner"). */
  column: string;
  indicator: IndicatorId | null;
  /** The value as Datakvalitet names it; null when Datakvalitet does not count that value. */
  quality: { field: MissingField; label: string } | null;
};

const absentColumns: Absent[] = [
  {
    header: 'Øjenlægekontrol',
    column: 'Øjenlægekontrol',
    kind: 'check',
    check: 'eye',
    checkName: 'øjenundersøgelse',
    list: 'eye_missing',
    indicator: 'eye_exam',
    quality: { field: 'eyeExam', label: 'Øjenundersøgelse' },
  },
  {
    header: 'Fodterapeut',
    column: 'Fodterapeut',
    kind: 'check',
    check: 'foot',
    checkName: 'fodundersøgelse',
    list: 'foot_missing',
    indicator: 'foot_exam',
    quality: { field: 'footExam', label: 'Fodundersøgelse' },
  },
  {
    header: 'Årskontrol',
    column: 'Årskontrol/årsstatus',
    kind: 'check',
    check: 'annual',
    checkName: 'årskontrol',
    list: 'annual_overdue',
    indicator: 'annual_check',
    quality: { field: 'annualCheck', label: 'Årskontrol' },
  },
  {
    header: 'HbA1c dato',
    column: 'HbA1c dato',
    kind: 'value',
    field: 'hba1c_date',
    rule: 'no_recent_hba1c',
    ruleText: 'Ingen HbA1c i 12 måneder',
    // The HbA1c indicators count the value, which the extract has; Datakvalitet counts no date.
    indicator: null,
    quality: null,
  },
  {
    header: 'U-ALB',
    column: 'U-ALB',
    kind: 'value',
    field: 'ualb',
    rule: 'albuminuria',
    ruleText: 'U-ALB ≥ 30',
    indicator: 'ualb_registered',
    quality: { field: 'ualb', label: 'U-ALB' },
  },
  {
    header: 'Rygestatus',
    column: 'Rygestatus',
    kind: 'value',
    field: 'smoking',
    rule: 'smoking_unregistered',
    ruleText: 'Rygestatus ikke registreret',
    indicator: 'smoking_registered',
    quality: { field: 'smoking', label: 'Rygestatus' },
  },
  {
    header: 'Statiner',
    column: 'Statiner',
    kind: 'value',
    field: 'statin',
    rule: 'no_statin',
    ruleText: 'Ikke i statinbehandling',
    indicator: 'statin',
    quality: { field: 'statin', label: 'Statin' },
  },
];

const slug = (header: string) =>
  header
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-');

test('with every column, the same extract fills every list, fires every rule and makes every indicator', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  const report = new ImportReportPage(page);
  const worklist = new WorklistPage(page);
  const summary = new SummaryPage(page);
  const quality = new DataQualityPage(page);
  await home.importFile(writeExtract(testInfo.outputDir, { extractDate: '2026-11-20', rows: patients, fileName: 'alle_kolonner_2026-11-20.csv' }));
  await report.waitFor('alle_kolonner_2026-11-20.csv');
  expect(await report.figure('patientsImported')).toBe(12);
  await expect(report.absentColumns).toHaveCount(0);

  await worklist.open();
  for (const list of ['annual_overdue', 'eye_missing', 'foot_missing'] as const) expect(await worklist.countText(list)).toBe('6');
  await worklist.showList('clinical');
  const rows = await worklist.allRows();
  for (const absent of absentColumns) {
    if (absent.kind === 'value') expect(rows.filter((row) => row.clinical.includes(absent.rule)), absent.header).toHaveLength(6);
  }
  await worklist.showList('all');
  await worklist.openPatient(behind);
  for (const check of ['annual', 'eye', 'foot'] as const) await expect(worklist.panelCheck(check)).toHaveAttribute('data-state', /^overdue/);
  for (const field of ['hba1c_date', 'ualb', 'smoking', 'statin'] as const) await expect(worklist.panelValue(field)).not.toHaveText('Ikke i udtrækket');

  await summary.open();
  await summary.showPreview('Lægerne i Testby');
  await expect(summary.preview.getByText(unavailable)).toHaveCount(0);

  await quality.open();
  await expect(quality.absentColumns).toHaveCount(0);
  await expect(quality.missingRow('smoking')).toContainText('6');
});

for (const absent of absentColumns) {
  test(`an extract without »${absent.header}«: unknown for everyone, named in the report, the list, the panel, the summary and Datakvalitet`, async ({ page }, testInfo) => {
    const home = new HomePage(page);
    const report = new ImportReportPage(page);
    const worklist = new WorklistPage(page);
    const summary = new SummaryPage(page);
    const quality = new DataQualityPage(page);
    const name = slug(absent.header);
    const fileName = `uden_${name}_2026-11-20.csv`;
    await home.importFile(writeExtract(testInfo.outputDir, { extractDate: '2026-11-20', rows: patients, without: absent.header, fileName }));
    await report.waitFor(fileName);
    expect(await report.figure('patientsImported')).toBe(12);
    await expect(report.absentColumns).toHaveText(
      absent.kind === 'check'
        ? `Udtrækket har ingen kolonne for ${absent.checkName} (»${absent.column}«). Ingen får det flag, og listen er tom, indtil et udtræk med kolonnen indlæses.`
        : `Ikke i udtrækket: »${absent.column}«. Det er ukendt for alle patienter (ikke manglende), så ingen regel eller indikator bruger det.`,
    );
    await report.screenshot(`absent-${name}-report`);

    await worklist.open();
    if (absent.kind === 'check') {
      expect(await worklist.countText(absent.list)).toBe('–');
      await worklist.showList(absent.list);
      await expect(worklist.emptyState).toHaveText(
        `Udtrækket har ingen kolonne for ${absent.checkName} (»${absent.column}«), så listen kan ikke laves ud fra det. Tag et udtræk fra XMO med kolonnen, eller vælg den under »Vælg kolonner«.`,
      );
    } else {
      await worklist.showList('clinical');
      const rows = await worklist.allRows();
      // The other rules still fire for the patients behind; this one fires for no one.
      expect(rows.length).toBeGreaterThanOrEqual(6);
      expect(rows.filter((row) => row.clinical.includes(absent.rule))).toEqual([]);
    }
    await worklist.screenshot(`absent-${name}-list`);

    await worklist.showList('all');
    await worklist.openPatient(behind);
    if (absent.kind === 'check') {
      await expect(worklist.panelCheck(absent.check)).toHaveAttribute('data-state', 'not_in_extract');
      await expect(worklist.panelCheck(absent.check)).toContainText(`Ikke i udtrækket Udtrækket har ingen kolonne for »${absent.column}«.`);
    } else {
      await expect(worklist.panelValue(absent.field)).toHaveText('Ikke i udtrækket');
      await expect(worklist.panelClinical).not.toContainText(absent.ruleText);
      await worklist.panelValue(absent.field).scrollIntoViewIfNeeded();
    }
    await worklist.screenshot(`absent-${name}-panel`);

    if (absent.kind === 'check') {
      await home.open();
      expect(await home.countText(absent.list)).toBe('–');
      await expect(home.card(absent.list)).toContainText('Ikke i udtrækket');
    }

    await summary.open();
    await summary.showPreview('Lægerne i Testby');
    if (absent.indicator) {
      const [, count, share, , met] = await summary.indicatorRow(absent.indicator);
      expect({ count, share, met }).toEqual({ count: unavailable, share: '', met: '' });
    } else {
      await expect(summary.preview.getByText(unavailable)).toHaveCount(0);
    }

    await quality.open();
    if (absent.quality) {
      await expect(quality.absentColumns).toHaveText(
        `Udtrækket har ingen oplysninger om: ${absent.quality.label}. De tælles ikke som manglende for den enkelte patient.`,
      );
      await expect(quality.missingRow(absent.quality.field)).toHaveCount(0);
      expect(await quality.patientFilter.locator('option').allInnerTexts()).not.toContain(absent.quality.label);
    } else {
      await expect(quality.absentColumns).toHaveCount(0);
    }
  });
}
