import { describe, expect, it } from 'vitest';
import { generateSigningKey, signSummaryWithKey } from '../../../../core/services/summary-signing';
import { buildPracticeSummary } from '../../../../shared/summary/build-summary';
import type { RawSummaryTable } from '../../../../shared/summary/compute-indicators';
import { hiddenUpTo, type Disclosure } from '../../../../shared/summary/disclosure-policy';
import { defaultIndicatorTargets, indicatorIds } from '../../../../shared/summary/indicator-definitions';
import { aggregateNetwork, benchmark, minimumContributingPractices, practiceLetter } from '../../../../shared/summary/network-aggregate';
import { readSummaryText } from '../../../../shared/summary/summary-file';
import type { NetworkCount, NetworkSummary, PracticeSummary, UnsignedSummary } from '../../../../shared/summary/summary-schema';
import { verifySummarySignature } from '../../../../core/services/summary-signing';
import { practice as patients, profile, seeded, tableOf } from './attack/practices';

const key = generateSigningKey();
const suppress: Disclosure = { policy: 'suppress', threshold: 5 };
const meta = { networkLabel: 'Netværket', generatedAt: '2026-06-02T08:00:00.000Z', appVersion: '0.1.0', targets: defaultIndicatorTargets, disclosure: suppress };

function summaryOf(label: string, table: RawSummaryTable, asOf = '2026-05-31', disclosure = suppress): PracticeSummary {
  const unsigned = buildPracticeSummary(table, { practiceLabel: label, asOf, generatedAt: '2026-06-01T08:00:00.000Z', appVersion: '0.1.0', disclosure, targets: defaultIndicatorTargets });
  return signSummaryWithKey<PracticeSummary>(unsigned, key);
}

/** A practice of `size` type 2 patients with every component comfortably shown. */
function roomy(size: number, statin: number): RawSummaryTable {
  const half = Math.floor(size / 2);
  const quarter = Math.floor(size / 4);
  return {
    population: size,
    type1: 20,
    indicators: Object.fromEntries(indicatorIds.map((id) => [id, id === 'statin' ? statin : half])) as RawSummaryTable['indicators'],
    breakdowns: {
      sex: { M: half, K: size - half },
      ageBand: { under_40: quarter, '40_59': quarter, '60_74': quarter, '75_or_over': size - 3 * quarter },
      hba1cBand: { below_59: half, '59_74': quarter, '75_or_above': quarter - 10, not_registered: size - half - 2 * quarter + 10 },
    },
  };
}

const shownCounts = (network: UnsignedSummary<NetworkSummary>): NetworkCount[] => [
  network.population,
  network.type1,
  ...network.indicators.map((indicator) => indicator.numerator),
  ...Object.values(network.breakdowns).flatMap((rows) => (rows ?? []).map((row) => row.count)),
];

describe('network totals', () => {
  it('sums the published counts of every practice counted in N', () => {
    const network = aggregateNetwork([summaryOf('Alfa', roomy(100, 80)), summaryOf('Beta', roomy(60, 40)), summaryOf('Gamma', roomy(80, 50), '2026-04-30')], meta);
    expect(network.population).toEqual({ count: 240, practicesIncluded: 3, withheld: null });
    expect(network.asOf).toBe('2026-05-31');
    expect(network.indicators.find((i) => i.id === 'statin')).toEqual({
      id: 'statin',
      numerator: { count: 170, practicesIncluded: 3, withheld: null },
      share: 0.708,
      target: defaultIndicatorTargets.statin,
    });
    expect(network.breakdowns.sex.find((row) => row.key === 'M')?.count.count).toBe(120);
    expect(network.disclosure).toEqual(suppress);
  });

  it('publishes nothing practice A could subtract itself from to read B, when the third practice is fully hidden', () => {
    const tiny = { ...roomy(100, 80), population: 6 };
    const network = aggregateNetwork([summaryOf('A', roomy(100, 80)), summaryOf('B', roomy(60, 40)), summaryOf('C', tiny)], meta);
    expect(network.practices).toBe(3);
    for (const cell of shownCounts(network).filter((cell) => cell !== network.type1)) {
      expect(cell.count).toBeNull();
      expect(cell.withheld).toBe('fewer_than_three_practices');
    }
    expect(network.indicators.every((indicator) => indicator.share === null)).toBe(true);
  });

  it('withholds an indicator that one practice hides or lacks, so no two totals differ by one practice', () => {
    const hidesStatin = roomy(70, 3);
    const noUalb = { ...roomy(90, 60), indicators: { ...roomy(90, 60).indicators, ualb_registered: null } };
    const network = aggregateNetwork([summaryOf('A', roomy(100, 80)), summaryOf('B', roomy(60, 40)), summaryOf('C', hidesStatin), summaryOf('D', noUalb)], meta);
    expect(network.population.count).toBe(320);
    expect(network.indicators.find((i) => i.id === 'statin')?.numerator).toEqual({ count: null, practicesIncluded: 3, withheld: 'not_every_practice' });
    expect(network.indicators.find((i) => i.id === 'ualb_registered')?.numerator).toEqual({ count: null, practicesIncluded: 3, withheld: 'not_every_practice' });
    expect(network.indicators.find((i) => i.id === 'annual_check')?.numerator.count).toBe(160);
  });

  it("applies the network's own threshold before anything is written", () => {
    const small = (size: number) => ({ ...roomy(size, 10), type1: 9 });
    const strict = { ...meta, disclosure: { policy: 'suppress' as const, threshold: 15 } };
    const network = aggregateNetwork([summaryOf('A', small(40)), summaryOf('B', small(40)), summaryOf('C', small(40))], strict);
    expect(hiddenUpTo(15)).toBe(27);
    expect(network.type1).toEqual({ count: null, practicesIncluded: 3, withheld: 'small' });
    expect(network.population.count).toBe(120);
    for (const cell of shownCounts(network)) if (cell.count !== null) expect(cell.count).toBeGreaterThan(27);
  });

  it('shows every total over at least three practices, all of them those counted in N, and reads back as its receiver reads it', () => {
    const random = seeded(9);
    for (let round = 0; round < 60; round++) {
      const practices = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) =>
        summaryOf(`P${i}`, tableOf(patients(5 + Math.floor(random() * 300), profile(random() < 0.5 ? 'realistic' : 'skewed', random), random))),
      );
      const network = aggregateNetwork(practices, meta);
      for (const cell of shownCounts(network)) {
        if (cell.count === null) continue;
        expect(cell.practicesIncluded).toBeGreaterThanOrEqual(minimumContributingPractices);
        if (cell !== network.type1) expect(cell.practicesIncluded).toBe(network.population.practicesIncluded);
      }
      const read = readSummaryText(JSON.stringify(signSummaryWithKey<NetworkSummary>(network, key)), verifySummarySignature);
      expect(read.ok ? 'ok' : read.message).toBe('ok');
    }
  });
});

describe('benchmark', () => {
  it('names practices A, B, C in order of import, keeps the letter across periods, and shows labels only when asked', () => {
    const rows = [
      { id: 1, summary: summaryOf('Zulu', roomy(100, 70), '2025-05-31') },
      { id: 2, summary: summaryOf('Alfa', roomy(60, 30), '2025-05-31') },
      { id: 3, summary: summaryOf('Alfa', roomy(60, 45)) },
      { id: 4, summary: summaryOf('Zulu', roomy(100, 90)) },
    ];
    const hidden = benchmark(rows, { showLabels: false, meta });
    expect(hidden.map((p) => p.period)).toEqual(['2025', '2026']);
    expect(hidden[1]!.practices.map((p) => [p.name, p.shares.statin])).toEqual([['A', 0.9], ['B', 0.75]]);
    const noUalb = { ...roomy(50, 40), indicators: { ...roomy(50, 40).indicators, ualb_registered: null } };
    const beta = benchmark([{ id: 5, summary: summaryOf('Beta', noUalb) }], { showLabels: true, meta });
    expect(beta[0]!.practices[0]).toMatchObject({ name: 'Beta', unavailable: ['ualb_registered'] });
    expect(JSON.stringify(hidden)).not.toContain('Zulu');
    expect(benchmark(rows, { showLabels: true, meta })[0]!.practices.map((p) => p.name)).toEqual(['Zulu', 'Alfa']);
    expect([0, 25, 26, 27, 701].map(practiceLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
