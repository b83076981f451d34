import type { IsoDate } from '../care-plan';
import { breakdownIds, breakdownKeys, type BreakdownId } from './breakdowns';
import type { RawSummaryTable } from './compute-indicators';
import { controlDisclosure, type DisclosureCell, type Relation, type Suppression } from './disclosure-control';
import type { Disclosure } from './disclosure-policy';
import { indicatorIds, type IndicatorId, type IndicatorTargets } from './indicator-definitions';
import {
  summaryFormat,
  summaryVersion,
  type PracticeSummary,
  type PublishedBreakdowns,
  type PublishedCount,
  type UnsignedSummary,
} from './summary-schema';

const populationCell = 'population';
const type1Cell = 'type1';

/** The HbA1c indicators count exactly the patients of one HbA1c band: one cell, printed twice. */
const sharedCells: Partial<Record<IndicatorId, string>> = {
  hba1c_below_59: bandCell('hba1cBand', 'below_59'),
  hba1c_75_or_above: bandCell('hba1cBand', '75_or_above'),
};

function bandCell(breakdown: BreakdownId, key: string): string {
  return `${breakdown}:${key}`;
}

function numeratorCell(id: IndicatorId): string {
  return sharedCells[id] ?? `indicator:${id}`;
}

/**
 * Every cell the summary prints and every sum that ties them together: each indicator splits
 * N into numerator and (unprinted) rest, and each breakdown splits N into its groups. An
 * indicator or breakdown that is not available has no cells. The type 1 count stands alone.
 */
export function summaryCellsAndRelations(table: RawSummaryTable): { cells: DisclosureCell[]; relations: Relation[] } {
  const cells: DisclosureCell[] = [
    { id: populationCell, value: table.population, published: true },
    { id: type1Cell, value: table.type1, published: true },
  ];
  const relations: Relation[] = [];
  for (const breakdown of breakdownIds) {
    const counts = table.breakdowns[breakdown] as Record<string, number> | null;
    if (counts === null) continue;
    const parts = breakdownKeys[breakdown].map((key) => bandCell(breakdown, key));
    breakdownKeys[breakdown].forEach((key, index) => cells.push({ id: parts[index] as string, value: counts[key] as number, published: true }));
    relations.push({ total: populationCell, parts });
  }
  for (const id of indicatorIds) {
    const count = table.indicators[id];
    if (count === null) continue;
    const numerator = numeratorCell(id);
    if (!sharedCells[id]) cells.push({ id: numerator, value: count, published: true });
    const rest = `rest:${id}`;
    cells.push({ id: rest, value: table.population - count, published: false });
    relations.push({ total: populationCell, parts: [numerator, rest] });
  }
  return { cells, relations };
}

function published(value: number, suppression: Suppression | undefined): PublishedCount {
  return suppression ? { count: null, suppressed: suppression } : { count: value, suppressed: null };
}

/** A share as printed: four decimals (a hundredth of a percent), enough to rank practices. */
export function roundShare(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

export interface SummaryMeta {
  practiceLabel: string;
  asOf: IsoDate;
  generatedAt: string;
  appVersion: string;
  disclosure: Disclosure;
  targets: IndicatorTargets;
}

/** The practice summary as it will be written, suppressed cells marked, before its checksum. */
export function buildPracticeSummary(table: RawSummaryTable, meta: SummaryMeta): UnsignedSummary<PracticeSummary> {
  const { cells, relations } = summaryCellsAndRelations(table);
  const suppressed = controlDisclosure(cells, relations, meta.disclosure.threshold);
  const population = published(table.population, suppressed.get(populationCell));
  const breakdowns = Object.fromEntries(
    breakdownIds.map((breakdown) => {
      const counts = table.breakdowns[breakdown] as Record<string, number> | null;
      if (counts === null) return [breakdown, null];
      return [
        breakdown,
        breakdownKeys[breakdown].map((key) => ({ key, count: published(counts[key] as number, suppressed.get(bandCell(breakdown, key))) })),
      ];
    }),
  ) as PublishedBreakdowns;
  return {
    format: summaryFormat,
    version: summaryVersion,
    kind: 'practice',
    practiceLabel: meta.practiceLabel.trim(),
    asOf: meta.asOf,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    threshold: meta.disclosure.threshold,
    population,
    type1: published(table.type1, suppressed.get(type1Cell)),
    indicators: indicatorIds.map((id) => {
      const count = table.indicators[id];
      if (count === null) return { id, numerator: null, share: null, target: meta.targets[id], unavailable: 'column_absent' as const };
      const numerator = published(count, suppressed.get(numeratorCell(id)));
      const share = numerator.count !== null && population.count !== null && population.count > 0 ? roundShare(numerator.count, population.count) : null;
      return { id, numerator, share, target: meta.targets[id], unavailable: null };
    }),
    breakdowns,
  };
}
