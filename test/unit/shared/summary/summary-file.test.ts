import { describe, expect, it } from 'vitest';
import { buildPracticeSummary } from '../../../../shared/summary/build-summary';
import { everyField } from '../../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { computeSummaryTable, type SummaryPatient } from '../../../../shared/summary/compute-indicators';
import { defaultIndicatorTargets } from '../../../../shared/summary/indicator-definitions';
import { readSummaryText, summaryFileText } from '../../../../shared/summary/summary-file';
import type { PracticeSummary } from '../../../../shared/summary/summary-schema';
import { generateSigningKey, signSummaryWithKey, verifySummarySignature } from '../../../../core/services/summary-signing';

const key = generateSigningKey();
const verify = verifySummarySignature;

const patient: SummaryPatient = {
  sex: 'K', birthDate: '1960-06-01', diabetesType: 2, primarySite: 'general_practice', hba1c: 50, bpSystolic: 125,
  bpDiastolic: 75, ualb: null, smoking: true, statin: true, annualCheck: '2026-01-10', eyeExam: '2025-03-01',
  footExam: '2025-03-01', rehab: true,
};

function signed(): PracticeSummary {
  const table = computeSummaryTable(Array.from({ length: 12 }, () => patient), '2026-05-31', defaultFollowUpWindows, everyField);
  const unsigned = buildPracticeSummary(table, {
    practiceLabel: 'Lægehuset', asOf: '2026-05-31', generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure: { policy: 'suppress', threshold: 5 }, targets: defaultIndicatorTargets,
  });
  return signSummaryWithKey<PracticeSummary>(unsigned, key);
}

function resign(summary: PracticeSummary): string {
  return JSON.stringify(signSummaryWithKey<PracticeSummary>(summary, key));
}

describe('reading a summary file', () => {
  it('reads back the file it wrote, indented or not', () => {
    const summary = signed();
    expect(readSummaryText(summaryFileText(summary), verify)).toEqual({ ok: true, summary });
    expect(readSummaryText(`\uFEFF${JSON.stringify(summary)}`, verify).ok).toBe(true);
  });

  it('refuses, in Danish, what is not a summary of this version', () => {
    expect(readSummaryText('Navn;CPR\n', verify)).toMatchObject({ ok: false, code: 'summary.notJson' });
    expect(readSummaryText('{"format":"noget andet"}', verify)).toMatchObject({ ok: false, code: 'summary.wrongFormat' });
    expect(readSummaryText(JSON.stringify({ ...signed(), version: 1 }), verify)).toMatchObject({
      ok: false,
      code: 'summary.wrongVersion',
      message: expect.stringContaining('version 1'),
    });
    expect(readSummaryText(JSON.stringify({ ...signed(), cpr: '0101011234' }), verify)).toMatchObject({ ok: false, code: 'summary.invalid' });
  });

  it('refuses a file changed after it was made', () => {
    const summary = signed();
    const text = summaryFileText(summary).replace('"count": 12', '"count": 13');
    expect(text).not.toBe(summaryFileText(summary));
    expect(readSummaryText(text, verify)).toMatchObject({ ok: false, code: 'summary.tampered', message: expect.stringContaining('ændret') });
  });

  it('refuses a re-signed file that shows a small count or a share that does not match', () => {
    const summary = signed();
    const small = { ...summary, indicators: summary.indicators.map((i) => (i.id === 'statin' ? { ...i, numerator: { count: 3 }, share: 0.25 } : i)) };
    expect(readSummaryText(resign(small), verify)).toMatchObject({ ok: false, code: 'summary.unsafe' });
    const wrongShare = { ...summary, indicators: summary.indicators.map((i) => (i.id === 'statin' ? { ...i, share: 0.5 } : i)) };
    expect(readSummaryText(resign(wrongShare), verify)).toMatchObject({ ok: false, code: 'summary.inconsistent' });
  });
});
