import type { IsoDate } from '../care-plan';
import { breakdownIds, breakdownKeys } from './breakdowns';
import { roundShare } from './build-summary';
import { indicatorIds, type IndicatorId, type IndicatorTargets } from './indicator-definitions';
import {
  summaryFormat,
  summaryVersion,
  type NetworkSummary,
  type PracticeSummary,
  type PublishedBreakdowns,
  type UnsignedSummary,
} from './summary-schema';

/** The period a summary belongs to: its as-of year, as the networks' yearly tables count. */
export function periodOf(asOf: IsoDate): string {
  return asOf.slice(0, 4);
}

/** A, B, …, Z, AA, AB, …: how practices are named when the coordinator hides their labels. */
export function practiceLetter(index: number): string {
  let name = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) name = String.fromCharCode(65 + (n % 26)) + name;
  return name;
}

export interface NetworkMeta {
  networkLabel: string;
  generatedAt: string;
  appVersion: string;
  targets: IndicatorTargets;
}

/**
 * The network's figures from its practices' summaries: each total sums the published counts, so
 * a practice whose count is suppressed, or whose extract has no column for the indicator, is left
 * out of that indicator (and of its denominator), never guessed. A breakdown cell that any
 * practice suppressed stays suppressed; a breakdown that any practice could not make is not made.
 */
export function aggregateNetwork(practices: readonly PracticeSummary[], meta: NetworkMeta): UnsignedSummary<NetworkSummary> {
  const counted = practices.filter((practice) => practice.population.count !== null);
  const asOf = practices.map((practice) => practice.asOf).sort().at(-1) as IsoDate;
  const breakdowns = Object.fromEntries(
    breakdownIds.map((breakdown) => {
      if (counted.some((practice) => practice.breakdowns[breakdown] === null)) return [breakdown, null];
      return [
        breakdown,
        breakdownKeys[breakdown].map((key) => {
          const cells = counted.map((practice) => practice.breakdowns[breakdown]?.find((row) => row.key === key)?.count);
          return cells.every((cell) => cell?.count !== null && cell !== undefined)
            ? { key, count: { count: cells.reduce((sum, cell) => sum + (cell?.count ?? 0), 0), suppressed: null } }
            : { key, count: { count: null, suppressed: 'secondary' as const } };
        }),
      ];
    }),
  ) as PublishedBreakdowns;
  return {
    format: summaryFormat,
    version: summaryVersion,
    kind: 'network',
    networkLabel: meta.networkLabel.trim(),
    asOf,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    threshold: Math.max(...practices.map((practice) => practice.threshold)),
    practices: practices.length,
    population: counted.reduce((sum, practice) => sum + (practice.population.count ?? 0), 0),
    type1: practices.reduce((sum, practice) => sum + (practice.type1.count ?? 0), 0),
    type1PracticesIncluded: practices.filter((practice) => practice.type1.count !== null).length,
    indicators: indicatorIds.map((id) => {
      let numerator = 0;
      let denominator = 0;
      let practicesIncluded = 0;
      for (const practice of counted) {
        const cell = indicatorOf(practice, id).numerator?.count ?? null;
        if (cell === null) continue;
        numerator += cell;
        denominator += practice.population.count ?? 0;
        practicesIncluded++;
      }
      return { id, numerator, denominator, share: denominator > 0 ? roundShare(numerator, denominator) : null, practicesIncluded, target: meta.targets[id] };
    }),
    breakdowns,
  };
}

/** How a practice's share reads in the coordinator's files: the share, "ikke i udtrækket" or "skjult". */
export function practiceShareText(practice: BenchmarkPractice, id: IndicatorId, shareText: (share: number | null) => string): string {
  if (practice.unavailable.includes(id)) return 'ikke i udtrækket';
  return shareText(practice.shares[id]) || 'skjult';
}

export function indicatorOf<T extends { indicators: readonly { id: IndicatorId }[] }>(summary: T, id: IndicatorId): T['indicators'][number] {
  return summary.indicators.find((indicator) => indicator.id === id) as T['indicators'][number];
}

/** A, B, …, Z, AA: shorter names first, so Z comes before AA. */
function byLetter(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export interface BenchmarkPractice {
  /** The practice's own label, or its letter when labels are hidden. */
  name: string;
  population: number | null;
  shares: Record<IndicatorId, number | null>;
  /** Indicators the practice's extract had no column for: not hidden, not available. */
  unavailable: IndicatorId[];
}

export interface BenchmarkPeriod {
  period: string;
  practices: BenchmarkPractice[];
  network: UnsignedSummary<NetworkSummary>;
}

/**
 * The coordinator's table, one block per period: each practice's shares beside the network's.
 * A practice keeps its letter across periods (letters follow the order of first import), so a
 * trend can be followed without a name.
 */
export function benchmark(
  summaries: readonly { id: number; summary: PracticeSummary }[],
  options: { showLabels: boolean; meta: NetworkMeta },
): BenchmarkPeriod[] {
  const letters = new Map<string, string>();
  for (const { summary } of [...summaries].sort((a, b) => a.id - b.id)) {
    if (!letters.has(summary.practiceLabel)) letters.set(summary.practiceLabel, practiceLetter(letters.size));
  }
  const periods = [...new Set(summaries.map(({ summary }) => periodOf(summary.asOf)))].sort();
  return periods.map((period) => {
    const inPeriod = summaries
      .filter(({ summary }) => periodOf(summary.asOf) === period)
      .map(({ summary }) => summary)
      .sort((a, b) => byLetter(letters.get(a.practiceLabel) as string, letters.get(b.practiceLabel) as string));
    return {
      period,
      practices: inPeriod.map((summary) => ({
        name: options.showLabels ? summary.practiceLabel : (letters.get(summary.practiceLabel) as string),
        population: summary.population.count,
        shares: Object.fromEntries(indicatorIds.map((id) => [id, indicatorOf(summary, id).share])) as Record<IndicatorId, number | null>,
        unavailable: indicatorIds.filter((id) => indicatorOf(summary, id).unavailable !== null),
      })),
      network: aggregateNetwork(inPeriod, options.meta),
    };
  });
}
