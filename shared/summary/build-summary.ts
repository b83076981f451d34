import type { IsoDate } from '../care-plan';
import { roundShare } from '../shares';
import { breakdownIds, breakdownKeys, type BreakdownId } from './breakdowns';
import type { RawSummaryTable } from './compute-indicators';
import { discloseComponent } from './disclosure-control';
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

export interface ComponentCell {
  id: string;
  value: number;
  /** False for a cell the table implies but does not print: an indicator's rest, N − numerator. */
  published: boolean;
}

/** Cells published whole or hidden whole (see disclosure-control.ts). */
export interface DisclosureComponent {
  id: string;
  cells: ComponentCell[];
}

/**
 * Every component of the summary: N and the type 1 count alone, each breakdown (its groups add
 * up to N), each indicator (numerator and rest add up to N). The two HbA1c indicators print
 * cells of the HbA1c breakdown, so they belong to that component. An indicator or breakdown
 * that is not available has none.
 */
export function summaryComponents(table: RawSummaryTable): DisclosureComponent[] {
  const components: DisclosureComponent[] = [
    { id: populationCell, cells: [{ id: populationCell, value: table.population, published: true }] },
    { id: type1Cell, cells: [{ id: type1Cell, value: table.type1, published: true }] },
  ];
  for (const breakdown of breakdownIds) {
    const counts = table.breakdowns[breakdown] as Record<string, number> | null;
    if (counts === null) continue;
    const cells = breakdownKeys[breakdown].map((key) => ({ id: bandCell(breakdown, key), value: counts[key] as number, published: true }));
    components.push({ id: breakdown, cells });
  }
  for (const id of indicatorIds) {
    const count = table.indicators[id];
    if (count === null || sharedCells[id]) continue;
    components.push({
      id: numeratorCell(id),
      cells: [
        { id: numeratorCell(id), value: count, published: true },
        { id: `rest:${id}`, value: table.population - count, published: false },
      ],
    });
  }
  return components;
}

/** Each printed cell's published value (null: hidden), component by component. */
export function disclosedCells(table: RawSummaryTable, disclosure: Disclosure): Map<string, number | null> {
  const published = new Map<string, number | null>();
  const components = summaryComponents(table);
  const population = discloseComponent([table.population], disclosure)[0] ?? null;
  for (const component of components) {
    const values = component.cells.map((cell) => cell.value);
    // The type 1 count stands alone: it is not part of N.
    const shown = component.id === populationCell ? [population] : discloseComponent(values, disclosure, component.id === type1Cell || population !== null);
    component.cells.forEach((cell, index) => {
      if (cell.published) published.set(cell.id, shown[index] ?? null);
    });
  }
  return published;
}

function publishedCount(cells: Map<string, number | null>, id: string): PublishedCount {
  return { count: cells.get(id) ?? null };
}

/** A share as printed: a tenth of a percent, as every screen and file shows it (shared/shares.ts). */
export { roundShare };

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
  const cells = disclosedCells(table, meta.disclosure);
  const population = publishedCount(cells, populationCell);
  const breakdowns = Object.fromEntries(
    breakdownIds.map((breakdown) => {
      if (table.breakdowns[breakdown] === null) return [breakdown, null];
      return [breakdown, breakdownKeys[breakdown].map((key) => ({ key, count: publishedCount(cells, bandCell(breakdown, key)) }))];
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
    disclosure: { policy: meta.disclosure.policy, threshold: meta.disclosure.threshold },
    population,
    type1: publishedCount(cells, type1Cell),
    indicators: indicatorIds.map((id) => {
      if (table.indicators[id] === null) return { id, numerator: null, share: null, target: meta.targets[id], unavailable: 'column_absent' as const };
      const numerator = publishedCount(cells, numeratorCell(id));
      // Every share is computed from what is published, so a reader gets nothing more from it.
      const share = numerator.count !== null && population.count !== null && population.count > 0 ? roundShare(numerator.count, population.count) : null;
      return { id, numerator, share, target: meta.targets[id], unavailable: null };
    }),
    breakdowns,
  };
}
