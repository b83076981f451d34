import { hiddenUpTo, roundingBase, type Disclosure } from './disclosure-policy';

/**
 * Disclosure control, designed for a reader who knows it (it ships with the app and the README
 * describes it) and who compares releases.
 *
 * The summary is a set of components: N alone, the type 1 count alone, each breakdown (its
 * groups add up to N) and each indicator (its numerator and the unprinted rest, N − numerator,
 * add up to N). A component is published whole or hidden whole:
 *
 * - hidden when any of its cells, the unprinted rest included, is at most `hiddenUpTo(threshold)`
 *   (2 × threshold − 3: 7 for the default 5), zero included, or when N itself is hidden;
 * - otherwise every cell is shown: exactly (`suppress`) or rounded to the nearest 5 (`round`).
 *
 * Why this shape: which cells are hidden depends on nothing but "is any cell of this component
 * small", so the choice itself says no more than that (the old rule, "hide the smallest other
 * part", told the reader the hidden part was the smallest, and so often what it was). Hiding
 * zero and the margin above the threshold is what makes releases safe to compare: between two
 * releases a shown count is at least threshold − 1 above any small one, so however few patients
 * changed, a small count keeps at least threshold − 1 possible values (see the attacker tests in
 * test/unit/shared/summary/disclosure-attack.test.ts).
 */

export function isHidden(value: number, threshold: number): boolean {
  return value <= hiddenUpTo(threshold);
}

/** Nearest multiple of the base; counts here are integers, so there is no tie to break. */
export function roundToBase(value: number): number {
  return Math.round(value / roundingBase) * roundingBase;
}

/** How one shown count is printed under the policy. */
export function shownValue(value: number, disclosure: Disclosure): number {
  return disclosure.policy === 'round' ? roundToBase(value) : value;
}

/**
 * One component's cells as published: each number as printed, or null for hidden. `values`
 * holds every cell of the component, implied ones too (their printed value is never written).
 * `populationShown`: whether N is published; when it is not, nothing tied to it is.
 */
export function discloseComponent(values: readonly number[], disclosure: Disclosure, populationShown = true): (number | null)[] {
  if (!populationShown || values.some((value) => isHidden(value, disclosure.threshold))) return values.map(() => null);
  return values.map((value) => shownValue(value, disclosure));
}
