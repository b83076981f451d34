import { describe, expect, it } from 'vitest';
import { aggregateNetwork, benchmark, practiceLetter } from '../../../../shared/summary/network-aggregate';
import { defaultIndicatorTargets, indicatorIds } from '../../../../shared/summary/indicator-definitions';
import { breakdownKeys } from '../../../../shared/summary/breakdowns';
import type { PracticeSummary, PublishedCount } from '../../../../shared/summary/summary-schema';
import { generateSigningKey, signSummaryWithKey } from '../../../../core/services/summary-signing';

const key = generateSigningKey();

const shown = (count: number): PublishedCount => ({ count, suppressed: null });

function practice(label: string, asOf: string, population: number, statin: PublishedCount): PracticeSummary {
  return signSummaryWithKey<PracticeSummary>({
    format: 'tovholder-summary', version: 2, kind: 'practice', practiceLabel: label, asOf, generatedAt: '2026-06-01T08:00:00.000Z',
    appVersion: '0.1.0', threshold: 5, population: shown(population), type1: shown(0),
    indicators: indicatorIds.map((id) => {
      if (id === 'ualb_registered' && label === 'Beta') return { id, numerator: null, share: null, target: null, unavailable: 'column_absent' as const };
      const numerator = id === 'statin' ? statin : shown(0);
      return { id, numerator, share: numerator.count === null ? null : numerator.count / population, target: null, unavailable: null };
    }),
    breakdowns: {
      sex: breakdownKeys.sex.map((key) => ({ key, count: key === 'M' ? shown(population) : shown(0) })),
      ageBand: breakdownKeys.ageBand.map((key) => ({ key, count: key === '60_74' ? shown(population) : shown(0) })),
      hba1cBand: breakdownKeys.hba1cBand.map((key) => ({ key, count: key === 'below_59' ? { count: null, suppressed: 'secondary' as const } : shown(0) })),
    },
  }, key);
}

const meta = { networkLabel: 'Netværket', generatedAt: '2026-06-02T08:00:00.000Z', appVersion: '0.1.0', targets: defaultIndicatorTargets };

describe('network aggregate', () => {
  it('sums published counts and leaves a practice with a suppressed count out of that indicator', () => {
    const network = aggregateNetwork(
      [practice('Alfa', '2026-05-31', 100, shown(80)), practice('Beta', '2026-05-20', 50, shown(40)), practice('Gamma', '2026-04-30', 20, { count: null, suppressed: 'small' })],
      meta,
    );
    expect(network.population).toBe(170);
    expect(network.practices).toBe(3);
    expect(network.asOf).toBe('2026-05-31');
    expect(network.indicators.find((i) => i.id === 'statin')).toEqual({
      id: 'statin', numerator: 120, denominator: 150, share: 0.8, practicesIncluded: 2, target: defaultIndicatorTargets.statin,
    });
    expect(network.breakdowns.sex.find((row) => row.key === 'M')?.count).toEqual(shown(170));
    expect(network.breakdowns.hba1cBand?.find((row) => row.key === 'below_59')?.count).toEqual({ count: null, suppressed: 'secondary' });
    // Beta's extract has no U-ALB column: Beta (50) is left out of that indicator, not counted as 0 %.
    expect(network.indicators.find((i) => i.id === 'ualb_registered')).toMatchObject({ numerator: 0, denominator: 120, practicesIncluded: 2 });
  });

  it('names practices A, B, C in order of import, keeps the letter across periods, and shows labels only when asked', () => {
    const rows = [
      { id: 1, summary: practice('Zulu', '2025-05-31', 100, shown(70)) },
      { id: 2, summary: practice('Alfa', '2025-05-31', 60, shown(30)) },
      { id: 3, summary: practice('Alfa', '2026-05-31', 60, shown(45)) },
      { id: 4, summary: practice('Zulu', '2026-05-31', 100, shown(90)) },
    ];
    const hidden = benchmark(rows, { showLabels: false, meta });
    expect(hidden.map((p) => p.period)).toEqual(['2025', '2026']);
    expect(hidden[1]!.practices.map((p) => [p.name, p.shares.statin])).toEqual([['A', 0.9], ['B', 0.75]]);
    expect(hidden[1]!.practices.map((p) => p.unavailable)).toEqual([[], []]);
    // Beta's extract has no U-ALB column: marked not available, not hidden.
    const beta = benchmark([{ id: 5, summary: practice('Beta', '2026-05-31', 50, shown(40)) }], { showLabels: true, meta });
    expect(beta[0]!.practices[0]).toMatchObject({ name: 'Beta', unavailable: ['ualb_registered'] });
    expect(beta[0]!.practices[0]!.shares.ualb_registered).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('Zulu');
    const shownLabels = benchmark(rows, { showLabels: true, meta });
    expect(shownLabels[0]!.practices.map((p) => p.name)).toEqual(['Zulu', 'Alfa']);
    expect([0, 25, 26, 27, 701].map(practiceLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
