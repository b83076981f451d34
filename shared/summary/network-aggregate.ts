import type { IsoDate } from '../care-plan';
import { breakdownIds, breakdownKeys } from './breakdowns';
import { roundShare } from './build-summary';
import { indicatorIds, type IndicatorId, type IndicatorTargets } from './indicator-definitions';
import { isHidden } from './disclosure-control';
import type { Disclosure } from './disclosure-policy';
import {
  summaryFormat,
  summaryVersion,
  type NetworkBreakdowns,
  type NetworkCount,
  type NetworkSummary,
  type PracticeSummary,
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
  /** The network's own policy and threshold, applied to its totals before anything is written. */
  disclosure: Disclosure;
}

/**
 * A network total goes back to every practice, each of which knows its own figures. With fewer
 * than three practices behind a total, one could subtract itself and read another's.
 */
export const minimumContributingPractices = 3;

function total(counts: readonly (number | null)[], required: number): NetworkCount {
  const shown = counts.filter((count): count is number => count !== null);
  if (shown.length < minimumContributingPractices) return { count: null, practicesIncluded: shown.length, withheld: 'fewer_than_three_practices' };
  if (shown.length < required) return { count: null, practicesIncluded: shown.length, withheld: 'not_every_practice' };
  return { count: shown.reduce((sum, count) => sum + count, 0), practicesIncluded: shown.length, withheld: null };
}

/** A network component is withheld whole when a total, or the rest it implies, is small under the network's threshold. */
function withSmallWithheld(cells: NetworkCount[], implied: readonly number[], threshold: number): NetworkCount[] {
  const counts = [...cells.map((cell) => cell.count), ...implied];
  if (!counts.some((count) => count !== null && isHidden(count, threshold))) return cells;
  return cells.map((cell) => (cell.count === null ? cell : { count: null, practicesIncluded: cell.practicesIncluded, withheld: 'small' as const }));
}

function withheldLike(cell: NetworkCount, population: NetworkCount): NetworkCount {
  return population.withheld === null ? cell : { count: null, practicesIncluded: cell.practicesIncluded, withheld: population.withheld };
}

/**
 * The network's figures from its practices' summaries. N sums the practices whose N is shown;
 * every other total is published only when every one of those practices shows it (so its
 * denominator is the network's N, and no two totals differ by one practice's figure), at least
 * three practices are behind it, and it is not small under the network's own threshold. A
 * breakdown that any counted practice could not make is not made.
 */
export function aggregateNetwork(practices: readonly PracticeSummary[], meta: NetworkMeta): UnsignedSummary<NetworkSummary> {
  const threshold = meta.disclosure.threshold;
  const counted = practices.filter((practice) => practice.population.count !== null);
  const asOf = practices.map((practice) => practice.asOf).sort().at(-1) as IsoDate;
  const [population] = withSmallWithheld([total(counted.map((practice) => practice.population.count), 0)], [], threshold) as [NetworkCount];
  const type1 = withSmallWithheld([total(practices.map((practice) => practice.type1.count), 0)], [], threshold)[0] as NetworkCount;
  const breakdowns = Object.fromEntries(
    breakdownIds.map((breakdown) => {
      if (counted.length === 0 || counted.some((practice) => practice.breakdowns[breakdown] === null)) return [breakdown, null];
      const cells = breakdownKeys[breakdown].map((key) =>
        withheldLike(total(counted.map((practice) => practice.breakdowns[breakdown]?.find((row) => row.key === key)?.count.count ?? null), counted.length), population),
      );
      const checked = withSmallWithheld(cells, [], threshold);
      return [breakdown, breakdownKeys[breakdown].map((key, index) => ({ key, count: checked[index] as NetworkCount }))];
    }),
  ) as NetworkBreakdowns;
  return {
    format: summaryFormat,
    version: summaryVersion,
    kind: 'network',
    networkLabel: meta.networkLabel.trim(),
    asOf,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    disclosure: { policy: meta.disclosure.policy, threshold },
    practices: practices.length,
    population,
    type1,
    indicators: indicatorIds.map((id) => {
      const cell = withheldLike(total(counted.map((practice) => indicatorOf(practice, id).numerator?.count ?? null), counted.length), population);
      const rest = cell.count !== null && population.count !== null ? [population.count - cell.count] : [];
      const [numerator] = withSmallWithheld([cell], rest, threshold) as [NetworkCount];
      const share = numerator.count !== null && population.count !== null && population.count > 0 ? roundShare(numerator.count, population.count) : null;
      return { id, numerator, share, target: meta.targets[id] };
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
