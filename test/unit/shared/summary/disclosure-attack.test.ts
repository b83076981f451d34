import { describe, expect, it } from 'vitest';
import { disclosurePolicies, type DisclosurePolicy } from '../../../../shared/summary/disclosure-policy';
import { attackPairs, attackPractices, type AttackFigures } from './attack/experiment';
import { noMargin, smallestOtherPart, zeroShown } from './attack/mutants';

/**
 * The reader of issue 13 against the product: 2,000 generated practices and 1,000 pairs of
 * releases (500 one patient apart, 500 one month apart) under each policy. It prints its
 * figures like a benchmark; the bar is no exact recovery and, for every hidden cell holding a
 * count from 1 to threshold − 1, at least threshold − 1 possible values left; in a single
 * release every hidden cell, whatever it holds, keeps that many.
 */

const threshold = 5;
const rows: string[] = [];

function report(policy: string, scenario: string, figures: AttackFigures): void {
  rows.push(
    [policy.padEnd(22), scenario.padEnd(24), String(figures.releases).padStart(6), String(figures.protectedCells).padStart(8), String(figures.exactRecoveries).padStart(6), String(figures.narrowed).padStart(9), String(figures.minPossibleValues).padStart(5), String(figures.hiddenCells).padStart(8), String(figures.minHiddenValues).padStart(5)].join(' '),
  );
}

function printReport(): void {
  const head = ['rule'.padEnd(22), 'releases'.padEnd(24), 'files'.padStart(6), 'small'.padStart(8), 'exact'.padStart(6), `<${threshold - 1} vals`.padStart(9), 'min'.padStart(5), 'hidden'.padStart(8), 'min'.padStart(5)].join(' ');
  console.info(
    `\nDisclosure attack (threshold ${threshold}; "small": cells holding 1-${threshold - 1}, rests, N and type 1 included; "hidden": every cell printed as x, and the fewest values one keeps)\n${head}\n${rows.join('\n')}\n`,
  );
}

describe.each(disclosurePolicies.map((policy) => ({ policy })))('the $policy policy, read by someone who knows it', ({ policy }: { policy: DisclosurePolicy }) => {
  const disclosure = { policy, threshold };

  it('gives no small count away in 2,000 single summaries of practices of 5 to 80 patients', () => {
    const figures = attackPractices(2000, disclosure, 11);
    report(policy, 'single (2,000)', figures);
    expect(figures.protectedCells).toBeGreaterThan(2000);
    expect(figures.exactRecoveries).toBe(0);
    expect(figures.minPossibleValues).toBeGreaterThanOrEqual(threshold - 1);
    expect(figures.minHiddenValues).toBeGreaterThanOrEqual(threshold - 1);
  }, 120_000);

  it('gives none away in 500 pairs of releases one patient apart', () => {
    const figures = attackPairs(500, 'patient', disclosure, 12);
    report(policy, 'one patient apart (500)', figures);
    expect(figures.exactRecoveries).toBe(0);
    expect(figures.minPossibleValues).toBeGreaterThanOrEqual(threshold - 1);
    // A hidden cell holding a larger count can be narrowed once the next release shows its component
    // (the 7 that hid it is an 8 now): no count below the threshold is among them (the line above).
  }, 120_000);

  it('gives none away in 500 pairs of releases one month apart', () => {
    const figures = attackPairs(500, 'month', disclosure, 13);
    report(policy, 'one month apart (500)', figures);
    expect(figures.exactRecoveries).toBe(0);
    expect(figures.minPossibleValues).toBeGreaterThanOrEqual(threshold - 1);
    // A hidden cell holding a larger count can be narrowed once the next release shows its component
    // (the 7 that hid it is an 8 now): no count below the threshold is among them (the line above).
  }, 120_000);
});

describe.each([3, 4, 7, 10].flatMap((t) => disclosurePolicies.map((policy) => ({ policy, t }))))(
  'the $policy policy at threshold $t',
  ({ policy, t }: { policy: DisclosurePolicy; t: number }) => {
    it('gives no count below the threshold away in 300 summaries and 300 pairs of releases', () => {
      const disclosure = { policy, threshold: t };
      for (const figures of [attackPractices(300, disclosure, 30 + t), attackPairs(150, 'patient', disclosure, 40 + t), attackPairs(150, 'month', disclosure, 50 + t)]) {
        expect(figures.exactRecoveries).toBe(0);
        expect(figures.minPossibleValues).toBeGreaterThanOrEqual(t - 1);
      }
    }, 120_000);
  },
);

describe('the reader, against weaker rules', () => {
  it('recovers small counts from single summaries under the rule before version 3 (smallest other part)', () => {
    const figures = attackPractices(300, { policy: 'suppress', threshold, rule: smallestOtherPart }, 21);
    report('old: smallest part', 'single (300)', figures);
    expect(figures.exactRecoveries).toBeGreaterThan(0);
  }, 60_000);

  it('recovers small counts from releases one patient apart without the margin above the threshold', () => {
    const figures = attackPairs(300, 'patient', { policy: 'suppress', threshold, rule: noMargin }, 22);
    report('mutant: no margin', 'one patient apart (300)', figures);
    expect(figures.exactRecoveries).toBeGreaterThan(0);
  }, 60_000);

  it('recovers small counts from releases one patient apart when zero is shown', () => {
    const figures = attackPairs(300, 'patient', { policy: 'suppress', threshold, rule: zeroShown }, 23);
    report('mutant: zero shown', 'one patient apart (300)', figures);
    printReport();
    expect(figures.exactRecoveries).toBeGreaterThan(0);
  }, 60_000);
});
