import { performance } from 'node:perf_hooks';
import { disclosurePolicies, type DisclosurePolicy } from '../shared/summary/disclosure-policy';
import { attackPairs, attackPractices, type AttackFigures } from '../test/unit/shared/summary/attack/experiment';
import { noMargin, smallestOtherPart, zeroShown } from '../test/unit/shared/summary/attack/mutants';
import type { Disclosure } from '../test/unit/shared/summary/attack/reader';

/**
 * `npm run bench:disclosure`: the attacker of the test suite over more practices (default 10,000
 * and 5,000 pairs of each kind per policy; BENCH_PRACTICES, BENCH_PAIRS, BENCH_THRESHOLD), with
 * the rule before version 3 and two weakened rules side by side. Prints figures; asserts nothing.
 */
const practices = Number(process.env.BENCH_PRACTICES ?? 10_000);
const pairs = Number(process.env.BENCH_PAIRS ?? 5_000);
const threshold = Number(process.env.BENCH_THRESHOLD ?? 5);

const rows: string[] = [];
function row(rule: string, releases: string, run: () => AttackFigures): void {
  const start = performance.now();
  const f = run();
  const share = (n: number) => `${((100 * n) / Math.max(1, f.protectedCells)).toFixed(2)} %`;
  rows.push(
    [rule.padEnd(20), releases.padEnd(22), String(f.protectedCells).padStart(9), String(f.exactRecoveries).padStart(7), share(f.exactRecoveries).padStart(8), String(f.narrowed).padStart(7), share(f.narrowed).padStart(8), String(f.minPossibleValues).padStart(4), `${((performance.now() - start) / 1000).toFixed(1)} s`.padStart(8)].join(' '),
  );
  console.log(rows.at(-1));
}

console.log(`Disclosure attack, threshold ${threshold}: "small" = cells holding 1-${threshold - 1} (rests, N and type 1 included)`);
console.log(['rule'.padEnd(20), 'releases'.padEnd(22), 'small'.padStart(9), 'exact'.padStart(7), ''.padStart(8), `<${threshold - 1} vals`.padStart(7), ''.padStart(8), 'min'.padStart(4), 'time'.padStart(8)].join(' '));
for (const policy of disclosurePolicies as readonly DisclosurePolicy[]) {
  const d: Disclosure = { policy, threshold };
  row(policy, `single ×${practices}`, () => attackPractices(practices, d, 101));
  row(policy, `1 patient apart ×${pairs}`, () => attackPairs(pairs, 'patient', d, 102));
  row(policy, `1 month apart ×${pairs}`, () => attackPairs(pairs, 'month', d, 103));
}
const weaker = Math.min(practices, 2000);
row('old: smallest part', `single ×${weaker}`, () => attackPractices(weaker, { policy: 'suppress', threshold, rule: smallestOtherPart }, 104));
row('old: smallest part', `1 patient apart ×${weaker}`, () => attackPairs(weaker, 'patient', { policy: 'suppress', threshold, rule: smallestOtherPart }, 105));
row('mutant: no margin', `1 patient apart ×${weaker}`, () => attackPairs(weaker, 'patient', { policy: 'suppress', threshold, rule: noMargin }, 106));
row('mutant: zero shown', `1 patient apart ×${weaker}`, () => attackPairs(weaker, 'patient', { policy: 'suppress', threshold, rule: zeroShown }, 107));
