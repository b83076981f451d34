import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdownIds } from '../../../../shared/summary/breakdowns';
import { buildPracticeSummary } from '../../../../shared/summary/build-summary';
import { everyField } from '../../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { computeSummaryTable } from '../../../../shared/summary/compute-indicators';
import { controlDisclosure } from '../../../../shared/summary/disclosure-control';
import { defaultIndicatorTargets, indicatorIds } from '../../../../shared/summary/indicator-definitions';
import type { PracticeSummary, PublishedCount } from '../../../../shared/summary/summary-schema';
import { summaryPatientArbitrary } from './summary-arbitraries';

const asOf = '2026-05-31';

function publish(patients: Parameters<typeof computeSummaryTable>[0], threshold: number) {
  const table = computeSummaryTable(patients, asOf, defaultFollowUpWindows, everyField);
  const summary = buildPracticeSummary(table, {
    practiceLabel: 'P',
    asOf,
    generatedAt: '2026-06-01T08:00:00.000Z',
    appVersion: 'test',
    disclosure: { policy: 'suppress', threshold },
    targets: defaultIndicatorTargets,
  }) as Omit<PracticeSummary, 'checksum'>;
  return { table, summary };
}

/**
 * What a reader of the file can write down: one unknown per suppressed cell and per indicator's
 * unprinted rest (N − numerator), with the bounds the marks give away, and every sum the table
 * states. The HbA1c indicators print the same number as their HbA1c band, so they share its unknown.
 */
interface Unknown {
  name: string;
  value: number;
  low: number;
  high: number;
}
interface Equation {
  known: number;
  unknowns: string[];
}

function readersView(summary: Omit<PracticeSummary, 'checksum'>, table: ReturnType<typeof computeSummaryTable>, threshold: number) {
  const unknowns = new Map<string, Unknown>();
  const equations: Equation[] = [];
  const N = summary.population.count as number;
  const addUnknown = (name: string, value: number, cell: PublishedCount | null) => {
    const bounds =
      cell?.suppressed === 'small' ? { low: 1, high: threshold - 1 } : cell?.suppressed === 'secondary' ? { low: threshold, high: Infinity } : { low: 0, high: Infinity };
    unknowns.set(name, { name, value, ...bounds });
  };
  for (const breakdown of breakdownIds) {
    const counts = table.breakdowns[breakdown] as Record<string, number>;
    let known = N;
    const names: string[] = [];
    for (const row of summary.breakdowns[breakdown] ?? []) {
      if (row.count.count !== null) known -= row.count.count;
      else {
        const name = `${breakdown}:${row.key}`;
        addUnknown(name, counts[row.key] as number, row.count);
        names.push(name);
      }
    }
    equations.push({ known, unknowns: names });
  }
  const sameAs: Record<string, string> = { hba1c_below_59: 'hba1cBand:below_59', hba1c_75_or_above: 'hba1cBand:75_or_above' };
  for (const indicator of summary.indicators) {
    const rest = `rest:${indicator.id}`;
    addUnknown(rest, N - (table.indicators[indicator.id] as number), null);
    const names = [rest];
    let known = N;
    if (indicator.numerator?.count != null) known -= indicator.numerator.count;
    else {
      const name = sameAs[indicator.id] ?? `indicator:${indicator.id}`;
      if (!unknowns.has(name)) addUnknown(name, (table.indicators[indicator.id] as number), indicator.numerator);
      names.push(name);
    }
    equations.push({ known, unknowns: names });
  }
  return { unknowns, equations };
}

/** Whether the equations pin one unknown to a single value (exact rational elimination). */
function linearlyDetermined(target: string, unknowns: string[], equations: Equation[]): boolean {
  const index = new Map(unknowns.map((name, i) => [name, i]));
  const rows = equations.map((eq) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const name of eq.unknowns) row[index.get(name) as number] = 1;
    return row;
  });
  // e_target is in the row space iff adding it does not raise the rank.
  const rank = (matrix: number[][]) => {
    const m = matrix.map((row) => [...row]);
    let r = 0;
    for (let c = 0; c < unknowns.length && r < m.length; c++) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const factor = (m[i]![c] as number) / (m[r]![c] as number);
        if (factor !== 0) m[i] = m[i]!.map((v, j) => v - factor * (m[r]![j] as number));
      }
      r++;
    }
    return r;
  };
  const unit = unknowns.map((name) => (name === target ? 1 : 0));
  return rank([...rows, unit]) === rank(rows);
}

/** How many values one unknown can take given one equation and the others' bounds. */
function possibleValues(target: Unknown, others: Unknown[], known: number): number {
  const low = others.reduce((sum, u) => sum + u.low, 0);
  const high = others.reduce((sum, u) => sum + u.high, 0);
  let count = 0;
  for (let v = target.low; v <= Math.min(target.high, known); v++) if (known - v >= low && known - v <= high) count++;
  return count;
}

const settings = fc.integer({ min: 3, max: 8 });
const population = fc.array(summaryPatientArbitrary, { maxLength: 70 });

describe('disclosure control (properties)', () => {
  it('publishes no count from 1 to threshold − 1', () => {
    fc.assert(
      fc.property(population, settings, (patients, threshold) => {
        const { summary } = publish(patients, threshold);
        const counts = [
          summary.population.count,
          summary.type1.count,
          ...summary.indicators.map((i) => i.numerator?.count ?? null),
          ...breakdownIds.flatMap((b) => (summary.breakdowns[b] ?? []).map((row) => row.count.count)),
        ];
        for (const count of counts) expect(count === null || count === 0 || count >= threshold).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no small cell (printed or implied) recoverable from the published totals', () => {
    fc.assert(
      fc.property(population, settings, (patients, threshold) => {
        const { summary, table } = publish(patients, threshold);
        if (summary.population.count === null) return;
        const { unknowns, equations } = readersView(summary, table, threshold);
        const names = [...unknowns.keys()];
        for (const unknown of unknowns.values()) {
          if (!(unknown.value >= 1 && unknown.value < threshold)) continue;
          expect(linearlyDetermined(unknown.name, names, equations), `${unknown.name} = ${unknown.value} is determined`).toBe(false);
          for (const equation of equations.filter((eq) => eq.unknowns.includes(unknown.name))) {
            const others = equation.unknowns.filter((name) => name !== unknown.name).map((name) => unknowns.get(name) as Unknown);
            // The reader may know a small implied rest is small: take its tightest bounds.
            const tight = others.map((u) => (u.name.startsWith('rest:') && u.value >= 1 && u.value < threshold ? { ...u, low: 1, high: threshold - 1 } : u));
            const self = unknown.name.startsWith('rest:') ? { ...unknown, low: 1, high: threshold - 1 } : unknown;
            expect(possibleValues(self, tight, equation.known), `${unknown.name} = ${unknown.value} pinned by bounds`).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('prints a share exactly when its numerator and N are shown, and it matches them', () => {
    fc.assert(
      fc.property(population, settings, (patients, threshold) => {
        const { summary, table } = publish(patients, threshold);
        const N = summary.population.count;
        for (const indicator of summary.indicators) {
          const numerator = indicator.numerator?.count ?? null;
          if (numerator === null || N === null || N === 0) {
            expect(indicator.share).toBeNull();
            continue;
          }
          expect(numerator).toBe((table.indicators[indicator.id] as number));
          expect(Math.abs((indicator.share as number) - numerator / N)).toBeLessThanOrEqual(0.00005);
          const rest = N - numerator;
          expect(rest === 0 || rest >= threshold).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('disclosure control (examples)', () => {
  it('hides a small cell and the smallest other cell of its sum', () => {
    const hidden = controlDisclosure(
      [
        { id: 'N', value: 27, published: true },
        { id: 'a', value: 4, published: true },
        { id: 'b', value: 6, published: true },
        { id: 'c', value: 17, published: true },
      ],
      [{ total: 'N', parts: ['a', 'b', 'c'] }],
      5,
    );
    expect(Object.fromEntries(hidden)).toEqual({ a: 'small', b: 'secondary' });
  });

  it('hides a numerator whose complement is small, and shows a zero', () => {
    const hidden = controlDisclosure(
      [
        { id: 'N', value: 30, published: true },
        { id: 'eye', value: 27, published: true },
        { id: 'rest', value: 3, published: false },
        { id: 'zero', value: 0, published: true },
        { id: 'all', value: 30, published: false },
      ],
      [
        { total: 'N', parts: ['eye', 'rest'] },
        { total: 'N', parts: ['zero', 'all'] },
      ],
      5,
    );
    expect(Object.fromEntries(hidden)).toEqual({ eye: 'secondary' });
  });

  it('suppresses the whole table when N itself is small', () => {
    const hidden = controlDisclosure(
      [
        { id: 'N', value: 3, published: true },
        { id: 'a', value: 0, published: true },
        { id: 'b', value: 3, published: true },
      ],
      [{ total: 'N', parts: ['a', 'b'] }],
      5,
    );
    expect(Object.fromEntries(hidden)).toEqual({ N: 'small', a: 'secondary', b: 'small' });
  });

  it('suppresses everything when two small cells would pin each other (4 + 4 = 8)', () => {
    const hidden = controlDisclosure(
      [
        { id: 'N', value: 8, published: true },
        { id: 'a', value: 4, published: true },
        { id: 'b', value: 4, published: true },
      ],
      [{ total: 'N', parts: ['a', 'b'] }],
      5,
    );
    expect(hidden.get('N')).toBe('secondary');
    expect(hidden.get('a')).toBe('small');
  });

  it('keeps all indicator ids and every breakdown in the published table', () => {
    const { summary } = publish([], 5);
    expect(summary.indicators.map((i) => i.id)).toEqual([...indicatorIds]);
    expect(summary.population).toEqual({ count: 0, suppressed: null });
  });
});
