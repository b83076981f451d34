import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildPracticeSummary } from '../../../../shared/summary/build-summary';
import { everyField } from '../../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { computeSummaryTable, type SummaryPatient } from '../../../../shared/summary/compute-indicators';
import { defaultIndicatorTargets } from '../../../../shared/summary/indicator-definitions';
import type { PracticeSummary } from '../../../../shared/summary/summary-schema';
import { practiceSummaryWorkbook } from '../../../../shared/summary/summary-workbook';
import { generateSigningKey, signSummaryWithKey } from '../../../../core/services/summary-signing';

const key = generateSigningKey();

const patient: SummaryPatient = {
  sex: 'K', birthDate: '1950-01-01', diabetesType: 2, primarySite: 'general_practice', hba1c: 60, bpSystolic: 140,
  bpDiastolic: 85, ualb: '<30', smoking: false, statin: true, annualCheck: '2026-03-01', eyeExam: null, footExam: '2025-01-01', rehab: null,
};

function summary(label: string): PracticeSummary {
  // 20 women and 10 men, 22 of them on statin: sex and statin are shown; age (everyone is 76) and
  // the eye exam (no one has one) have a cell of 0, so they are hidden whole.
  const patients = [...Array.from({ length: 20 }, () => patient), ...Array.from({ length: 10 }, () => ({ ...patient, sex: 'M' as const }))].map((p, index) => ({ ...p, statin: index < 22 }));
  const table = computeSummaryTable(patients, '2026-05-31', defaultFollowUpWindows, everyField);
  const unsigned = buildPracticeSummary(table, { practiceLabel: label, asOf: '2026-05-31', generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure: { policy: 'suppress', threshold: 5 }, targets: defaultIndicatorTargets });
  return signSummaryWithKey<PracticeSummary>(unsigned, key);
}

describe('practice summary workbook', () => {
  it('holds the same figures as the file, hidden cells as x, and a label as plain text', () => {
    const book = XLSX.read(practiceSummaryWorkbook(summary('=HYPERLINK("http://x","klik")')), { type: 'array', cellFormula: true });
    const about = book.Sheets['Opgørelse']!;
    expect(about['B1']).toMatchObject({ t: 's', v: `'=HYPERLINK("http://x","klik")` });
    expect(about['B1'].f).toBeUndefined();
    // The key the file is signed with, so a coordinator can compare it with the practice by phone.
    expect(XLSX.utils.sheet_to_json<string[]>(about, { header: 1 })).toContainEqual(['Underskrevet med nøglen', `ed25519:${key.publicKey}`]);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Fordelinger']!, { header: 1 });
    expect(rows).toContainEqual(['Køn', 'Mænd', 10]);
    expect(rows).toContainEqual(['Køn', 'Kvinder', 20]);
    expect(rows).toContainEqual(['Alder', 'Under 40 år', 'x']);
    expect(rows).toContainEqual(['Alder', '75 år og derover', 'x']);
    const indicators = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['Indikatorer']!, { header: 1 });
    expect(indicators).toContainEqual(['I statinbehandling', 22, '73,3 %', '≥ 90 %', 'Nej']);
    expect(indicators).toContainEqual(['Øjenundersøgelse inden for 2 år', 'x', '', '≥ 90 %', '']);
  });
});
