/**
 * Disclosure control for a table of counts that share one total (primary and secondary
 * suppression). A count from 1 to threshold − 1 is suppressed ("small"); then, as long as some
 * relation `total = part + part + …` would still let a small count be worked out, the smallest
 * other positive part of that relation is suppressed too ("secondary").
 *
 * "Worked out" is judged the way an attacker would: knowing the total and the published parts,
 * and the bounds each mark gives away (a small cell lies in 1..threshold − 1, a secondary one is
 * at least the threshold), every small cell must keep at least two possible values. Implied cells
 * (an indicator's complement, N − numerator) are never published but are protected the same way.
 */

export type Suppression = 'small' | 'secondary';

export interface DisclosureCell {
  id: string;
  value: number;
  /** False for a cell the table implies but does not print, such as N − numerator. */
  published: boolean;
}

export interface Relation {
  total: string;
  parts: readonly string[];
}

type Hidden = Suppression | 'implied';

interface Bounds {
  low: number;
  high: number;
}

export function isSmall(value: number, threshold: number): boolean {
  return value >= 1 && value < threshold;
}

/** What a reader can tell about a hidden cell from how it is marked. */
function boundsOf(kind: Hidden, value: number, threshold: number): Bounds {
  if (kind === 'small' || (kind === 'implied' && isSmall(value, threshold))) return { low: 1, high: threshold - 1 };
  if (kind === 'secondary') return { low: threshold, high: Number.POSITIVE_INFINITY };
  return { low: 0, high: Number.POSITIVE_INFINITY };
}

/**
 * The possible values of each hidden part of a relation whose total is published: the narrowest
 * interval the total, the published parts and the marks allow. Exported for the tests, which
 * check the published tables with it.
 */
export function feasibleRanges(
  unknowns: readonly { value: number; bounds: Bounds }[],
): Bounds[] {
  const sum = unknowns.reduce((total, cell) => total + cell.value, 0);
  const lowSum = unknowns.reduce((total, cell) => total + cell.bounds.low, 0);
  const highSum = unknowns.reduce((total, cell) => total + cell.bounds.high, 0);
  return unknowns.map(({ bounds }) => ({
    low: Math.max(bounds.low, sum - (highSum - bounds.high)),
    high: Math.min(bounds.high, sum - (lowSum - bounds.low)),
  }));
}

function relationIsSafe(relation: Relation, values: Map<string, number>, hidden: Map<string, Hidden>, threshold: number): boolean {
  const unknowns = relation.parts
    .filter((id) => hidden.has(id))
    .map((id) => {
      const value = values.get(id) as number;
      return { value, sensitive: isSmall(value, threshold), bounds: boundsOf(hidden.get(id) as Hidden, value, threshold) };
    });
  if (!unknowns.some((cell) => cell.sensitive)) return true;
  const ranges = feasibleRanges(unknowns);
  return unknowns.every((cell, index) => !cell.sensitive || (ranges[index] as Bounds).high - (ranges[index] as Bounds).low >= 1);
}

/**
 * Which published cells to suppress, and why. When the table cannot be protected by suppressing
 * parts alone (a population just above the threshold), every cell is suppressed.
 */
export function controlDisclosure(
  cells: readonly DisclosureCell[],
  relations: readonly Relation[],
  threshold: number,
): Map<string, Suppression> {
  const values = new Map(cells.map((cell) => [cell.id, cell.value]));
  const published = new Set(cells.filter((cell) => cell.published).map((cell) => cell.id));
  const hidden = new Map<string, Hidden>();
  for (const cell of cells) {
    if (!cell.published) hidden.set(cell.id, 'implied');
    else if (isSmall(cell.value, threshold)) hidden.set(cell.id, 'small');
  }
  const suppressAll = () =>
    new Map(
      cells
        .filter((cell) => cell.published)
        .map((cell) => [cell.id, isSmall(cell.value, threshold) ? 'small' : 'secondary'] as const),
    );
  if (relations.some((relation) => hidden.has(relation.total))) return suppressAll();

  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      if (relationIsSafe(relation, values, hidden, threshold)) continue;
      const candidates = relation.parts
        .filter((id) => published.has(id) && !hidden.has(id) && (values.get(id) as number) > 0)
        .sort((a, b) => (values.get(a) as number) - (values.get(b) as number) || a.localeCompare(b));
      const next = candidates[0];
      if (next === undefined) return suppressAll();
      hidden.set(next, 'secondary');
      changed = true;
    }
  }
  return new Map([...hidden].filter((entry): entry is [string, Suppression] => entry[1] !== 'implied'));
}
