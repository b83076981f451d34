import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyField } from '../../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { buildPracticeSummary, summaryComponents } from '../../../../shared/summary/build-summary';
import { computeSummaryTable } from '../../../../shared/summary/compute-indicators';
import { discloseComponent, roundToBase } from '../../../../shared/summary/disclosure-control';
import { disclosurePolicies, hiddenUpTo, type Disclosure } from '../../../../shared/summary/disclosure-policy';
import { defaultIndicatorTargets, indicatorIds } from '../../../../shared/summary/indicator-definitions';
import { readSummaryText } from '../../../../shared/summary/summary-file';
import { productRelease, ruleRelease } from './attack/experiment';
import { practice, profile, seeded, tableOf } from './attack/practices';
import { summaryPatientArbitrary } from './summary-arbitraries';
import { generateSigningKey, signSummaryWithKey, verifySummarySignature } from '../../../../core/services/summary-signing';
import type { PracticeSummary } from '../../../../shared/summary/summary-schema';

const key = generateSigningKey();

const suppress: Disclosure = { policy: 'suppress', threshold: 5 };
const round: Disclosure = { policy: 'round', threshold: 5 };
const asOf = '2026-05-31';

describe('one component', () => {
  it('hides every count up to 2 × threshold − 3, zero included, and shows the next', () => {
    expect(hiddenUpTo(5)).toBe(7);
    expect(hiddenUpTo(3)).toBe(3);
    for (let v = 0; v <= 7; v++) expect(discloseComponent([v], suppress)).toEqual([null]);
    expect(discloseComponent([8], suppress)).toEqual([8]);
    expect(discloseComponent([3], { policy: 'suppress', threshold: 3 })).toEqual([null]);
    expect(discloseComponent([4], { policy: 'suppress', threshold: 3 })).toEqual([4]);
  });

  it('hides the whole component when one cell, the unprinted rest included, is hidden', () => {
    expect(discloseComponent([30, 20, 9, 8], suppress)).toEqual([30, 20, 9, 8]);
    expect(discloseComponent([30, 20, 9, 0], suppress)).toEqual([null, null, null, null]);
    expect(discloseComponent([40, 7], suppress)).toEqual([null, null]);
  });

  it('hides everything tied to N when N is hidden, whatever the cells', () => {
    expect(discloseComponent([30, 30], suppress, false)).toEqual([null, null]);
  });

  it('rounds shown counts to the nearest 5 under the round policy, and hides the same cells', () => {
    expect(discloseComponent([8, 12, 13, 17, 18], round)).toEqual([10, 10, 15, 15, 20]);
    expect(discloseComponent([30, 3], round)).toEqual([null, null]);
    expect([0, 1, 2, 3, 4, 5, 7, 8, 22, 23].map(roundToBase)).toEqual([0, 0, 0, 5, 5, 5, 5, 10, 20, 25]);
  });

  it('decides what to hide from "is any cell small" alone: shown cells are published one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(...disclosurePolicies), fc.integer({ min: 3, max: 20 }), (values, policy, threshold) => {
        const disclosure = { policy, threshold };
        const out = discloseComponent(values, disclosure);
        const anySmall = values.some((value) => value <= hiddenUpTo(threshold));
        expect(out.every((cell) => cell === null)).toBe(anySmall);
        if (!anySmall) values.forEach((value, i) => expect(out[i]).toBe(discloseComponent([value], disclosure)[0]));
      }),
    );
  });
});

describe('the practice summary', () => {
  it('is the components published one by one: what the attacker runs is what the file holds', () => {
    const random = seeded(5);
    for (let i = 0; i < 200; i++) {
      const table = tableOf(practice(5 + Math.floor(random() * 120), profile(i % 2 ? 'skewed' : 'realistic', random), random));
      for (const policy of disclosurePolicies) {
        const disclosure = { policy, threshold: 5 };
        const byRule = ruleRelease(table, { ...disclosure, rule: discloseComponent });
        expect(productRelease(table, disclosure)).toEqual({ ...byRule, disclosure });
      }
    }
  });

  it('ties each indicator to N by its unprinted rest, and the HbA1c indicators to the HbA1c breakdown', () => {
    const random = seeded(6);
    const table = tableOf(practice(60, profile('realistic', random), random));
    const components = summaryComponents(table);
    const annual = components.find((component) => component.id === 'indicator:annual_check');
    expect(annual?.cells.map((cell) => [cell.published, cell.value])).toEqual([
      [true, table.indicators.annual_check],
      [false, table.population - (table.indicators.annual_check as number)],
    ]);
    expect(components.some((component) => component.id.includes('hba1c_below_59'))).toBe(false);
    expect(components.find((component) => component.id === 'hba1cBand')?.cells.map((cell) => cell.id)).toContain('hba1cBand:below_59');
  });

  it('computes every share from the published counts, and the receiver accepts what it writes', () => {
    fc.assert(
      fc.property(fc.array(summaryPatientArbitrary, { maxLength: 120 }), fc.constantFrom(...disclosurePolicies), fc.integer({ min: 3, max: 10 }), (patients, policy, threshold) => {
        const table = computeSummaryTable(patients, asOf, defaultFollowUpWindows, everyField);
        const summary = buildPracticeSummary(table, { practiceLabel: 'P', asOf, generatedAt: '2026-06-01T08:00:00.000Z', appVersion: 't', disclosure: { policy, threshold }, targets: defaultIndicatorTargets });
        const population = summary.population.count;
        for (const indicator of summary.indicators) {
          const numerator = indicator.numerator?.count ?? null;
          if (numerator === null || population === null || population === 0) expect(indicator.share).toBeNull();
          // Rounded once from the exact ratio to a tenth of a percent (shared/shares.ts): within half of one.
          else expect(Math.abs((indicator.share as number) - numerator / population)).toBeLessThanOrEqual(0.0005 + 1e-12);
        }
        expect(summary.indicators.map((indicator) => indicator.id)).toEqual(indicatorIds);
        const read = readSummaryText(JSON.stringify(signSummaryWithKey<PracticeSummary>(summary, key)), verifySummarySignature);
        expect(read.ok ? 'ok' : read.message).toBe('ok');
      }),
      { numRuns: 150 },
    );
  });
});
