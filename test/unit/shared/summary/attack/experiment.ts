import { breakdownIds, breakdownKeys } from '../../../../../shared/summary/breakdowns';
import { buildPracticeSummary } from '../../../../../shared/summary/build-summary';
import type { RawSummaryTable } from '../../../../../shared/summary/compute-indicators';
import { defaultIndicatorTargets, indicatorIds } from '../../../../../shared/summary/indicator-definitions';
import { oneMonthApart, onePatientApart, practice, profile, seeded, tableOf, type Random } from './practices';
import { attackPair, attackRelease, seenRelease, type CellValues, type Disclosure, type SeenComponent, type SeenRelease } from './reader';

/**
 * Runs the reader over generated practices and pairs of releases and counts what it learns
 * about the counts that must stay unknown: every cell (the unprinted rests, N and the type 1
 * count included) whose true value is from 1 to threshold − 1.
 */

export interface AttackFigures {
  releases: number;
  protectedCells: number;
  exactRecoveries: number;
  /** Protected cells left with fewer than threshold − 1 possible values. */
  narrowed: number;
  minPossibleValues: number;
  /** Every cell the file hides, whatever it holds: how many, and the fewest values one keeps. */
  hiddenCells: number;
  minHiddenValues: number;
}

const emptyFigures = (): AttackFigures => ({
  releases: 0,
  protectedCells: 0,
  exactRecoveries: 0,
  narrowed: 0,
  minPossibleValues: Number.POSITIVE_INFINITY,
  hiddenCells: 0,
  minHiddenValues: Number.POSITIVE_INFINITY,
});

/** The cells a release prints as hidden (`null`): N, the type 1 count, and every cell of a hidden component. */
function hiddenIn(release: SeenRelease): Set<string> {
  const hidden = new Set<string>();
  if (release.population === null) hidden.add('population');
  if (release.type1 === null) hidden.add('type1');
  for (const component of release.components) {
    if (component.published.every((cell) => cell === null || cell === undefined)) component.published.forEach((_, i) => hidden.add(`${component.id}#${i}`));
  }
  return hidden;
}

/** Each cell's true value, under the names the reader gives the cells. */
export function trueCells(table: RawSummaryTable): Map<string, number> {
  const cells = new Map<string, number>([
    ['population', table.population],
    ['type1', table.type1],
  ]);
  for (const breakdown of breakdownIds) {
    const counts = table.breakdowns[breakdown] as Record<string, number> | null;
    if (counts) breakdownKeys[breakdown].forEach((key, i) => cells.set(`${breakdown}#${i}`, counts[key] as number));
  }
  for (const id of indicatorIds) {
    const count = table.indicators[id];
    if (count === null || id === 'hba1c_below_59' || id === 'hba1c_75_or_above') continue;
    cells.set(`${id}#0`, count);
    cells.set(`${id}#1`, table.population - count);
  }
  return cells;
}

/** The file the product writes for this table, as the reader sees it. */
export function productRelease(table: RawSummaryTable, disclosure: Disclosure): SeenRelease {
  const summary = buildPracticeSummary(table, {
    practiceLabel: 'Praksis',
    asOf: '2026-11-30',
    generatedAt: '2026-12-01T08:00:00.000Z',
    appVersion: 'attack',
    disclosure: { policy: disclosure.policy, threshold: disclosure.threshold },
    targets: defaultIndicatorTargets,
  });
  return seenRelease(summary);
}

/** The file a mutated rule would write: the same components, each published by `disclosure.rule`. */
export function ruleRelease(table: RawSummaryTable, disclosure: Disclosure): SeenRelease {
  const rule = disclosure.rule;
  if (!rule) return productRelease(table, disclosure);
  const cells = trueCells(table);
  const population = rule([table.population], disclosure)[0] ?? null;
  const seen = productRelease(table, { policy: disclosure.policy, threshold: disclosure.threshold });
  const components: SeenComponent[] = seen.components.map((component) => {
    const values = component.published.map((_, i) => cells.get(`${component.id}#${i}`) as number);
    const out = rule(values, disclosure, population !== null);
    return { id: component.id, published: component.published.map((cell, i) => (cell === undefined ? undefined : (out[i] ?? null))) };
  });
  return { disclosure, population, type1: rule([table.type1], disclosure)[0] ?? null, components };
}

function score(figures: AttackFigures, found: readonly CellValues[], truth: Map<string, number>, release: SeenRelease): void {
  const threshold = release.disclosure.threshold;
  const hidden = hiddenIn(release);
  figures.releases++;
  for (const { cell, values } of found) {
    const value = truth.get(cell);
    if (value === undefined) continue;
    if (!values.has(value)) throw new Error(`The reader ruled out the true value of ${cell} (${value}): the reader is wrong, not the product.`);
    if (hidden.has(cell)) {
      figures.hiddenCells++;
      figures.minHiddenValues = Math.min(figures.minHiddenValues, values.size);
    }
    if (value < 1 || value >= threshold) continue;
    figures.protectedCells++;
    figures.minPossibleValues = Math.min(figures.minPossibleValues, values.size);
    if (values.size === 1) figures.exactRecoveries++;
    if (values.size < threshold - 1) figures.narrowed++;
  }
}

function generated(index: number, random: Random) {
  const kind = index % 2 === 0 ? 'realistic' : 'skewed';
  const p = profile(kind, random);
  const size = 5 + Math.floor(random() * 76);
  return { p, patients: practice(size, p, random) };
}

/** Single releases of `count` practices of 5-80 type 2 patients, half realistic, half skewed. */
export function attackPractices(count: number, disclosure: Disclosure, seed = 1): AttackFigures {
  const random = seeded(seed);
  const figures = emptyFigures();
  for (let i = 0; i < count; i++) {
    const table = tableOf(generated(i, random).patients);
    const release = ruleRelease(table, disclosure);
    score(figures, attackRelease(release), trueCells(table), release);
  }
  return figures;
}

/** Pairs of releases one patient or one month apart; the reader knows how many patients changed. */
export function attackPairs(count: number, apart: 'patient' | 'month', disclosure: Disclosure, seed = 2): AttackFigures {
  const random = seeded(seed);
  const figures = emptyFigures();
  for (let i = 0; i < count; i++) {
    const { p, patients } = generated(i, random);
    const { next, changed } = apart === 'patient' ? onePatientApart(patients, p, random) : oneMonthApart(patients, p, random);
    const before = tableOf(patients);
    const after = tableOf(next);
    const releases = [ruleRelease(before, disclosure), ruleRelease(after, disclosure)] as const;
    const [first, second] = attackPair(releases[0], releases[1], changed);
    score(figures, first, trueCells(before), releases[0]);
    score(figures, second, trueCells(after), releases[1]);
  }
  return figures;
}
