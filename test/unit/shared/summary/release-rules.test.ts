import { describe, expect, it } from 'vitest';
import { everyField } from '../../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { buildPracticeSummary } from '../../../../shared/summary/build-summary';
import { computeSummaryTable, type SummaryPatient } from '../../../../shared/summary/compute-indicators';
import type { Disclosure } from '../../../../shared/summary/disclosure-policy';
import { defaultIndicatorTargets } from '../../../../shared/summary/indicator-definitions';
import { checkAsOf, checkRelease, releasedCells, type Release } from '../../../../shared/summary/release-rules';

const patient: SummaryPatient = {
  sex: 'K', birthDate: '1960-06-01', diabetesType: 2, primarySite: 'general_practice', hba1c: 50, bpSystolic: 125,
  bpDiastolic: 75, ualb: null, smoking: true, statin: true, annualCheck: '2026-01-10', eyeExam: '2025-03-01',
  footExam: '2025-03-01', rehab: true,
};

/** A release as the service makes it: the real builder over `size` patients, `statins` of them on a statin. */
function release(asOf: string, disclosure: Disclosure, size = 30, statins = size, targets = defaultIndicatorTargets): Release {
  const patients = Array.from({ length: size }, (_, index) => ({ ...patient, statin: index < statins }));
  const table = computeSummaryTable(patients, asOf, defaultFollowUpWindows, everyField);
  const summary = buildPracticeSummary(table, { practiceLabel: 'P', asOf, generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure, targets });
  return { asOf, ...disclosure, cells: releasedCells(summary) };
}

const suppress5: Disclosure = { policy: 'suppress', threshold: 5 };

describe('the as-of date of a summary', () => {
  it('is accepted when it is the date of an imported extract', () => {
    expect(checkAsOf(['2025-12-31', '2025-11-30'], '2025-11-30')).toEqual({ ok: true });
  });

  it('is refused otherwise, in Danish, with the extract dates listed oldest first and once each', () => {
    const verdict = checkAsOf(['2025-12-31', '2025-11-30', '2025-12-31'], '2025-12-01');
    expect(verdict).toEqual({
      ok: false,
      code: 'summary.asOfNotExtract',
      message: 'Opgørelsen kan kun laves pr. datoen for et indlæst udtræk: 30-11-2025, 31-12-2025. 01-12-2025 er ikke en af dem.',
    });
  });
});

describe('a release checked against the earlier ones', () => {
  it('is allowed as the first release, and again for a date already released when it publishes the same cells', () => {
    const first = release('2026-05-31', suppress5);
    expect(checkRelease([], first)).toEqual({ ok: true });
    expect(checkRelease([first], release('2026-05-31', suppress5))).toEqual({ ok: true });
  });

  it('is refused for a date already released when the counts differ', () => {
    const verdict = checkRelease([release('2026-05-31', suppress5, 30, 30)], release('2026-05-31', suppress5, 30, 20));
    expect(verdict).toMatchObject({ ok: false, code: 'summary.releaseDiffers', message: expect.stringContaining('31-05-2026 er allerede sendt') });
    expect(verdict.ok ? '' : verdict.message).toContain('præcis de samme tal');
  });

  it('is not refused over a changed target alone: a target is no count of patients', () => {
    const targets = { ...defaultIndicatorTargets, statin: { comparator: '>=' as const, percent: 50 } };
    expect(checkRelease([release('2026-05-31', suppress5)], release('2026-05-31', suppress5, 30, 30, targets))).toEqual({ ok: true });
  });

  it('is refused for a date already released under another policy or threshold, naming what was used', () => {
    const first = release('2026-05-31', suppress5);
    const otherPolicy = checkRelease([first], release('2026-05-31', { policy: 'round', threshold: 5 }));
    expect(otherPolicy).toMatchObject({ ok: false, code: 'summary.releaseDiffers' });
    expect(otherPolicy.ok ? '' : otherPolicy.message).toContain('allerede sendt med grænsen 5 og metoden »Skjul små antal, vis resten præcist«');
    const higher = checkRelease([first], release('2026-05-31', { policy: 'suppress', threshold: 6 }));
    expect(higher).toMatchObject({ ok: false, code: 'summary.releaseDiffers' });
  });

  it('is refused with a lower threshold than any earlier release, on any date', () => {
    const earlier = [release('2025-11-30', { policy: 'suppress', threshold: 7 }), release('2025-12-31', { policy: 'suppress', threshold: 6 })];
    const verdict = checkRelease(earlier, release('2026-05-31', { policy: 'suppress', threshold: 5 }));
    expect(verdict).toEqual({
      ok: false,
      code: 'summary.thresholdLowered',
      message:
        'Praksis har tidligere sendt opgørelser med grænsen 7 for små tal; denne har grænsen 5. ' +
        'Netværket kan hæve grænsen, men ikke sænke den: sæt grænsen til mindst 7.',
    });
  });

  it('is allowed with a raised threshold or another policy on a new date', () => {
    const earlier = [release('2025-11-30', suppress5)];
    expect(checkRelease(earlier, release('2026-05-31', { policy: 'suppress', threshold: 8 }))).toEqual({ ok: true });
    expect(checkRelease(earlier, release('2026-05-31', { policy: 'round', threshold: 5 }))).toEqual({ ok: true });
  });
});
