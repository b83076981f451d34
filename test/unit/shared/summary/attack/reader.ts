import { breakdownIds, breakdownKeys } from '../../../../../shared/summary/breakdowns';
import { discloseComponent } from '../../../../../shared/summary/disclosure-control';
import type { Disclosure as ProductDisclosure } from '../../../../../shared/summary/disclosure-policy';
import { indicatorIds, type IndicatorId } from '../../../../../shared/summary/indicator-definitions';
import type { PracticeSummary, UnsignedSummary } from '../../../../../shared/summary/summary-schema';

/**
 * The reader of the published files, who knows the algorithm (README, source) and nothing else.
 * It writes down, from the file alone, each component: cells tied by a sum to N. For each
 * candidate N and each candidate table of a component, it runs the product's own
 * `discloseComponent` and keeps the candidates that reproduce the file exactly; what survives is
 * every value each cell can still have.
 */

/** The rule the reader believes the files were made by: the product's, unless a test mutates it. */
export type Rule = (values: readonly number[], disclosure: ProductDisclosure, populationShown?: boolean) => (number | null)[];

/** The file's policy and threshold, and the rule the reader runs on each candidate. */
export type Disclosure = ProductDisclosure & { rule?: Rule };

const ruleOf = (disclosure: Disclosure): Rule => disclosure.rule ?? discloseComponent;

/** A component as the file shows it: published values (null: hidden) and how many cells it has. */
export interface SeenComponent {
  id: string;
  /** One entry per cell; implied cells (an indicator's rest) are `undefined`: never printed. */
  published: (number | null | undefined)[];
}

export interface SeenRelease {
  disclosure: Disclosure;
  population: number | null;
  type1: number | null;
  components: SeenComponent[];
}

/** The HbA1c indicators print cells of the HbA1c breakdown: the reader knows, so they add nothing. */
const sharedIndicators: readonly IndicatorId[] = ['hba1c_below_59', 'hba1c_75_or_above'];

export function seenRelease(summary: UnsignedSummary<PracticeSummary>): SeenRelease {
  const components: SeenComponent[] = [];
  for (const breakdown of breakdownIds) {
    const rows = summary.breakdowns[breakdown];
    if (rows === null) continue;
    components.push({ id: breakdown, published: breakdownKeys[breakdown].map((key) => rows.find((row) => row.key === key)?.count.count ?? null) });
  }
  for (const id of indicatorIds) {
    const indicator = summary.indicators.find((entry) => entry.id === id);
    if (!indicator || indicator.numerator === null || sharedIndicators.includes(id)) continue;
    components.push({ id, published: [indicator.numerator.count, undefined] });
  }
  return { disclosure: summary.disclosure, population: summary.population.count, type1: summary.type1.count, components };
}

/** What the product publishes for one candidate; only printed cells are compared. */
function reproduces(values: readonly number[], seen: SeenComponent, disclosure: Disclosure, populationShown: boolean): boolean {
  const out = ruleOf(disclosure)(values, disclosure, populationShown);
  return seen.published.every((cell, index) => cell === undefined || cell === out[index]);
}

/** Every N from 0 to a bound the reader can set from the file (a shown N is off by at most a few). */
function candidateCounts(published: number | null, disclosure: Disclosure): number[] {
  const bound = (published ?? 0) + 4 * disclosure.threshold + 10;
  const out: number[] = [];
  for (let n = 0; n <= bound; n++) if (ruleOf(disclosure)([n], disclosure)[0] === published) out.push(n);
  return out;
}

/** Called with each table in turn; returning true stops the walk (and the walk returns true). */
type Visit = (values: number[]) => boolean;

/**
 * Every way to split n into `cells` counts (one of them fixed, if given), largest first cells
 * first: a table with empty groups, which the rule hides, comes early.
 */
function compositions(n: number, cells: number, visit: Visit, fixed?: { index: number; value: number }): boolean {
  const values = new Array<number>(cells).fill(0);
  let total = n;
  if (fixed) {
    if (fixed.value > n) return false;
    values[fixed.index] = fixed.value;
    total -= fixed.value;
  }
  const free: number[] = [];
  for (let i = 0; i < cells; i++) if (i !== fixed?.index) free.push(i);
  if (free.length === 0) return total === 0 && visit(values);
  const last = free.length - 1;
  const fill = (position: number, left: number): boolean => {
    const index = free[position] as number;
    if (position === last) {
      values[index] = left;
      return visit(values);
    }
    for (let v = left; v >= 0; v--) {
      values[index] = v;
      if (fill(position + 1, left - v)) return true;
    }
    return false;
  };
  return fill(0, total);
}

/** The shown values a printed count can come from, found by running the product on each. */
function preimage(printed: number, n: number, disclosure: Disclosure): number[] {
  const out: number[] = [];
  for (let v = 0; v <= n; v++) if (ruleOf(disclosure)([v], disclosure)[0] === printed) out.push(v);
  return out;
}

const listed = new WeakMap<SeenComponent, Map<string, number[][]>>();

/** Candidate tables of a component with N = n, listed when the component is shown (few of them). */
function listShown(seen: SeenComponent, n: number, disclosure: Disclosure): number[][] {
  const cache = listed.get(seen) ?? new Map<string, number[][]>();
  listed.set(seen, cache);
  const key = `${n}:${disclosure.policy}:${disclosure.threshold}`;
  const known = cache.get(key);
  if (known) return known;
  const made = listShownUncached(seen, n, disclosure);
  cache.set(key, made);
  return made;
}

function listShownUncached(seen: SeenComponent, n: number, disclosure: Disclosure): number[][] {
  const cells = seen.published.length;
  const choices = seen.published.slice(0, -1).map((cell) => (cell === undefined || cell === null ? null : preimage(cell, n, disclosure)));
  const out: number[][] = [];
  const values = new Array<number>(cells).fill(0);
  const walk = (index: number, left: number) => {
    if (index === cells - 1) {
      values[index] = left;
      if (reproduces(values, seen, disclosure, true)) out.push([...values]);
      return;
    }
    // A hidden cell beside shown ones (only weaker rules make such files) can be anything.
    const options = choices[index] ?? Array.from({ length: left + 1 }, (_, v) => v);
    for (const v of options) {
      if (v > left) continue;
      values[index] = v;
      walk(index + 1, left - v);
    }
  };
  walk(0, n);
  return out;
}

const isShown = (seen: SeenComponent) => seen.published.some((cell) => cell !== undefined && cell !== null);

/** Every value each cell of a component can have when N = n (null: no candidate at all). */
export function componentValues(seen: SeenComponent, n: number, disclosure: Disclosure, populationShown: boolean): Set<number>[] | null {
  const cells = seen.published.length;
  const sets = Array.from({ length: cells }, () => new Set<number>());
  if (isShown(seen)) {
    if (!populationShown) return null;
    for (const table of listShown(seen, n, disclosure)) table.forEach((v, i) => sets[i]?.add(v));
  } else {
    for (let index = 0; index < cells; index++) {
      for (let v = 0; v <= n; v++) {
        if (compositions(n, cells, (table) => reproduces(table, seen, disclosure, populationShown), { index, value: v })) sets[index]?.add(v);
      }
    }
  }
  return sets.every((set) => set.size > 0) ? sets : null;
}

export interface CellValues {
  /** `population`, `type1`, or `<component>#<cell index>`. */
  cell: string;
  values: Set<number>;
}

/** Everything the reader can say about one release on its own. */
export function attackRelease(release: SeenRelease): CellValues[] {
  const { disclosure } = release;
  const populations = new Set<number>();
  const perCell = new Map<string, Set<number>>();
  for (const n of candidateCounts(release.population, disclosure)) {
    const populationShown = release.population !== null;
    const found = release.components.map((seen) => componentValues(seen, n, disclosure, populationShown));
    if (found.some((sets) => sets === null)) continue;
    populations.add(n);
    found.forEach((sets, c) =>
      sets?.forEach((set, i) => {
        const key = `${release.components[c]?.id}#${i}`;
        const into = perCell.get(key) ?? new Set<number>();
        set.forEach((v) => into.add(v));
        perCell.set(key, into);
      }),
    );
  }
  return [
    { cell: 'population', values: populations },
    { cell: 'type1', values: new Set(candidateCounts(release.type1, disclosure)) },
    ...[...perCell].map(([cell, values]) => ({ cell, values })),
  ];
}

/** Patients that must be added, removed or changed to turn one component table into the other. */
export function distance(a: readonly number[], b: readonly number[]): number {
  let up = 0;
  let down = 0;
  a.forEach((value, i) => {
    const d = (b[i] as number) - value;
    if (d > 0) up += d;
    else down -= d;
  });
  return Math.max(up, down);
}

/**
 * Tables of a component with N = n that at most `k` patients turn `near` into, nearest first
 * (the walk stops as soon as the patients added or removed so far exceed `k`).
 */
function box(near: readonly number[], n: number, k: number, visit: Visit, fixed?: { index: number; value: number }): boolean {
  const cells = near.length;
  const values = new Array<number>(cells).fill(0);
  const fill = (index: number, left: number, up: number, down: number): boolean => {
    const centre = near[index] as number;
    if (index === cells - 1) {
      const d = left - centre;
      if ((fixed?.index === index && fixed.value !== left) || up + Math.max(d, 0) > k || down + Math.max(-d, 0) > k) return false;
      values[index] = left;
      return visit(values);
    }
    const tryValue = (v: number): boolean => {
      if (v < 0 || v > left) return false;
      const d = v - centre;
      const nextUp = up + Math.max(d, 0);
      const nextDown = down + Math.max(-d, 0);
      if (nextUp > k || nextDown > k) return false;
      values[index] = v;
      return fill(index + 1, left - v, nextUp, nextDown);
    };
    if (fixed?.index === index) return tryValue(fixed.value);
    if (tryValue(centre)) return true;
    for (let step = 1; step <= k; step++) if (tryValue(centre + step) || tryValue(centre - step)) return true;
    return false;
  };
  return fill(0, n, 0, 0);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The fewest patients that move one cell by `moved` and N by `total`: the rest of N's change goes to one other cell. */
function fewestChanges(moved: number, total: number): number {
  const rest = total - moved;
  return Math.max(Math.max(moved, 0) + Math.max(rest, 0), Math.max(-moved, 0) + Math.max(-rest, 0));
}

interface Side {
  seen: SeenComponent;
  n: number;
  populationShown: boolean;
}

/**
 * Every value each cell can have in each release of a pair, knowing that at most `k` patients
 * changed between them: a table of one release counts only if a table of the other, within `k`,
 * reproduces that file too.
 */
export function componentPairValues(first: Side, second: Side, k: number, disclosure: [Disclosure, Disclosure]): [Set<number>[], Set<number>[]] | null {
  const cells = first.seen.published.length;
  const sets: [Set<number>[], Set<number>[]] = [Array.from({ length: cells }, () => new Set<number>()), Array.from({ length: cells }, () => new Set<number>())];
  const member = (side: Side, d: Disclosure, table: readonly number[]) => reproduces(table, side.seen, d, side.populationShown);
  const listOf = (side: Side, d: Disclosure) => (isShown(side.seen) ? (side.populationShown ? listShown(side.seen, side.n, d) : []) : null);
  const a = listOf(first, disclosure[0]);
  const b = listOf(second, disclosure[1]);
  const add = (t1: readonly number[], t2: readonly number[]) => {
    t1.forEach((v, i) => sets[0][i]?.add(v));
    t2.forEach((v, i) => sets[1][i]?.add(v));
  };
  if (a && b) {
    for (const t1 of a) for (const t2 of b) if (distance(t1, t2) <= k) add(t1, t2);
  } else if (a || b) {
    const [list, other, otherDisclosure, listFirst] = a ? [a, second, disclosure[1], true] : [b as number[][], first, disclosure[0], false];
    const [listSets, otherSets] = listFirst ? sets : [sets[1], sets[0]];
    for (const shown of list) {
      let partnered = false;
      for (let index = 0; index < cells; index++) {
        const centre = shown[index] as number;
        for (let v = Math.max(0, centre - k); v <= centre + k; v++) {
          if (partnered && otherSets[index]?.has(v)) continue;
          if (fewestChanges(v - centre, other.n - sum(shown)) > k) continue;
          const found = box(shown, other.n, k, (u) => distance(shown, u) <= k && member(other, otherDisclosure, u), { index, value: v });
          if (found) {
            otherSets[index]?.add(v);
            partnered = true;
          }
        }
      }
      if (partnered) shown.forEach((v, i) => listSets[i]?.add(v));
    }
  } else {
    // Both hidden: for each cell and value, look for one pair of tables that reproduces both files.
    for (const [which, from, to, dFrom, dTo] of [
      [0, first, second, disclosure[0], disclosure[1]],
      [1, second, first, disclosure[1], disclosure[0]],
    ] as const) {
      for (let index = 0; index < cells; index++) {
        for (let v = 0; v <= from.n; v++) {
          const found = compositions(
            from.n,
            cells,
            (t) => member(from, dFrom, t) && box(t, to.n, k, (u) => distance(t, u) <= k && member(to, dTo, u)),
            { index, value: v },
          );
          if (found) sets[which][index]?.add(v);
        }
      }
    }
  }
  return sets[0].every((set) => set.size > 0) && sets[1].every((set) => set.size > 0) ? sets : null;
}

/** Everything the reader can say about each release of a pair, knowing at most `k` patients changed. */
export function attackPair(first: SeenRelease, second: SeenRelease, k: number): [CellValues[], CellValues[]] {
  const d: [Disclosure, Disclosure] = [first.disclosure, second.disclosure];
  const perCell: [Map<string, Set<number>>, Map<string, Set<number>>] = [new Map(), new Map()];
  const populations: [Set<number>, Set<number>] = [new Set(), new Set()];
  const firstNs = candidateCounts(first.population, d[0]);
  const secondNs = candidateCounts(second.population, d[1]);
  for (const n1 of firstNs) {
    for (const n2 of secondNs) {
      if (Math.abs(n1 - n2) > k) continue;
      const found = first.components.map((seen, c) =>
        componentPairValues(
          { seen, n: n1, populationShown: first.population !== null },
          { seen: second.components[c] as SeenComponent, n: n2, populationShown: second.population !== null },
          k,
          d,
        ),
      );
      if (found.some((pair) => pair === null)) continue;
      populations[0].add(n1);
      populations[1].add(n2);
      found.forEach((pair, c) =>
        pair?.forEach((sets, which) =>
          sets.forEach((set, i) => {
            const key = `${first.components[c]?.id}#${i}`;
            const cells = perCell[which as 0 | 1];
            const into = cells.get(key) ?? new Set<number>();
            set.forEach((v) => into.add(v));
            cells.set(key, into);
          }),
        ),
      );
    }
  }
  const type1 = (which: 0 | 1) => {
    const own = candidateCounts([first, second][which]?.type1 ?? null, d[which]);
    const other = candidateCounts([second, first][which]?.type1 ?? null, d[1 - which] as Disclosure);
    return new Set(own.filter((v) => other.some((u) => Math.abs(u - v) <= k)));
  };
  return [0, 1].map((which) => [
    { cell: 'population', values: populations[which as 0 | 1] },
    { cell: 'type1', values: type1(which as 0 | 1) },
    ...[...perCell[which as 0 | 1]].map(([cell, values]) => ({ cell, values })),
  ]) as [CellValues[], CellValues[]];
}
